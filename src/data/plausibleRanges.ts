// The national ranges a county's figures are checked against, each declared once with its source:
// the audit (src/engine/audit/plausible.ts) calls a plan's value implausible outside them, and
// the population check (src/engine/audit/population.ts) lets a population change at most so fast.
// Figures are national and mostly from third-party copies of official texts (see FACTS.md).
import type { Bilingual } from './seedSchema.ts';

export interface RangeSource {
  title: string;
  titleEn?: string;
  where: string;
  quote: string;
  status: 'sourced' | 'sourced_unverified' | 'reasoned';
}

/** A national figure: what the range is built around. */
export interface NationalFigure {
  value: number;
  year: number;
  source: RangeSource;
}

export interface PlausibleRange {
  /** the indicator ids (src/data/catalogue.ts and the seeds) the range applies to */
  ids: readonly string[];
  /** residents per unit the range is written in (1000 or 10,000; a row per 10,000 is compared after
   * converting); null for a rate per births, compared in the row's own unit */
  per: 1000 | 10000 | null;
  lo: number;
  hi: number;
  national: NationalFigure;
  why: Bilingual;
}

/** A county's health workforce and beds per resident stay within a factor of this of the nation's:
 * the five plans' own 2020 figures lie between 0.45 and 2.4 times the national ones. */
const factor = 4;
const around = (national: NationalFigure): Pick<PlausibleRange, 'lo' | 'hi' | 'national'> => ({
  lo: national.value / factor, hi: national.value * factor, national,
});
const aroundWhy: Bilingual = {
  zh: '县域每千人口卫生人员与床位一般在全国水平的四分之一至四倍之间（五县2020年数值为全国的0.45至2.4倍）。',
  en: 'A county’s staff and beds per resident lie within a quarter and four times the national figure (the five plans’ 2020 values are 0.45 to 2.4 times it).',
};

const tibetCn: RangeSource = {
  title: '中国西藏网 2023-11-02（国家卫生健康委数据）', titleEn: 'tibet.cn, 2 November 2023 (National Health Commission figures)',
  where: 'tibet.cn/cn/Instant/news/202311/t20231102_7513415.html',
  quote: '每千人口执业(助理)医师数、注册护士数分别从2020年的2.90人和3.34人提升至2022年的3.15人和3.71人', status: 'sourced_unverified',
};

/** the national child and maternal mortality of 2019, from the briefing that closed the 13th plan */
const briefing2019: RangeSource = {
  title: '国新办“十三五”卫生健康发布会', titleEn: 'State Council Information Office briefing on the 13th Five-Year period',
  where: '007007.info/news/4749.html',
  quote: '全国孕产妇死亡率、婴儿死亡率、5岁以下儿童死亡率分别由2015年的20.1/10万、8.1‰、10.7‰下降到2019年的17.8/10万、5.6‰、7.8‰', status: 'sourced_unverified',
};

export const plausibleRanges: readonly PlausibleRange[] = [
  {
    ids: ['doctors_per_1000'], per: 1000, why: aroundWhy,
    ...around({ value: 2.9, year: 2020, source: tibetCn }),
  },
  {
    ids: ['nurses_per_1000'], per: 1000, why: aroundWhy,
    ...around({ value: 3.34, year: 2020, source: tibetCn }),
  },
  {
    ids: ['gps_per_10k', 'gps_per_1000'], per: 10000, why: aroundWhy,
    ...around({ value: 2.9, year: 2020, source: { ...tibetCn, quote: '由2020年的2.9人提高至2022年的3.28人' } }),
  },
  {
    ids: ['beds_per_1000'], per: 1000, why: aroundWhy,
    ...around({
      value: 6.46, year: 2020,
      source: { title: '吉林网（国家卫生健康委数据）', titleEn: 'gilin.com.cn (National Health Commission figures)', where: 'gilin.com.cn/news/12397395', quote: '每千人口医疗卫生机构床位数从2020年的6.46张增加到2023年的7.23张', status: 'sourced_unverified' },
    }),
  },
  {
    ids: ['public_health_staff_per_1000', 'public_health_staff_per_10k'], per: 10000, why: aroundWhy,
    ...around({
      value: 6.39, year: 2015,
      source: { title: '2015年中国卫生和计划生育事业发展统计公报', titleEn: '2015 Statistical Bulletin on Health and Family Planning', where: '668528.com/news/20160722/598284.html', quote: '每萬人口專業公共衛生機構人員6.39人', status: 'sourced_unverified' },
    }),
  },
  {
    // the lowest rates on record in China are about 2‰; a county rate under half of that is not believable
    ids: ['infant_mortality_per_1000'], per: null, lo: 1, hi: 5.6 * factor,
    national: { value: 5.6, year: 2019, source: briefing2019 },
    why: {
      zh: '中国有记录的最低婴儿死亡率约为2‰（香港2020年2.0‰，卫生署；北京2018年户籍人口2.01‰）：县域低于其一半（1‰）不可信。',
      en: 'The lowest infant mortality on record in China is about 2‰ (Hong Kong 2.0‰ in 2020, Department of Health, chp.gov.hk/sc/statistics/data/10/27/113.html; Beijing 2.01‰ in 2018): a county below half of that (1‰) is not believable.',
    },
  },
  {
    ids: ['under5_mortality_per_1000'], per: null, lo: 1.3, hi: 7.8 * factor,
    national: { value: 7.8, year: 2019, source: briefing2019 },
    why: {
      zh: '北京2018年户籍人口5岁以下儿童死亡率为2.69‰（中新社），为国内最低之列：县域低于其一半（约1.3‰）不可信。',
      en: 'Beijing’s under-5 mortality was 2.69‰ in 2018 (China News Service, afpbb.com/articles/amp/3235922), among the lowest in China: a county below half of that (about 1.3‰) is not believable.',
    },
  },
];

/** Rates per live births: a non-zero rate cannot be below one death among all the births there can be. */
export const ratesPerBirths: Readonly<Record<string, number>> = {
  maternal_mortality_per_100k: 100000,
  infant_mortality_per_1000: 1000,
  under5_mortality_per_1000: 1000,
};

/** The most births a county can have: its population at this crude birth rate, over this many years
 * (a plan's baseline rate may pool the previous plan's five years). */
export const mostBirths = {
  perMille: 30,
  years: 5,
  why: {
    zh: '全国出生率2021年为7.52‰（国家统计局）；按其四倍（30‰）计、合计五年，已远超任何省份。',
    en: 'China’s birth rate was 7.52‰ in 2021 (NBS); four times that (30‰), over five years, is far above any province.',
  } satisfies Bilingual,
  source: { title: '国家统计局2021年人口数据', titleEn: 'NBS population figures for 2021', where: 'sjyl.com/xwsd/GHR1J1.html', quote: '全年出生人口1062万人,人口出生率为7.52‰', status: 'sourced_unverified' } satisfies RangeSource,
} as const;

/** The fastest a county's resident population is taken to change in a year, either way, when a
 * year's figures are compared with the population of another year. */
export const populationChangePerYear = {
  share: 0.05,
  why: {
    zh: '相山区常住人口2010至2020年由442854增至579101（年均约2.7%），山丹县十年减少1.13万人，山海关区2020至2022年由16.5万降至16.2万：取约两倍于其中最快者，每年±5%。',
    en: 'Xiangshan grew from 442,854 (2010) to 579,101 (2020), about 2.7 % a year; Shandan lost 11,300 in ten years; Shanhaiguan went from 165,000 to 162,000 in 2020–2022: ±5 % a year is about twice the fastest of them.',
  } satisfies Bilingual,
  source: { title: 'FACTS.md §1（各县人口）', titleEn: 'FACTS.md §1 (county populations)', where: 'tjgb.hongheiku.com/15266.html; benweitang.com/shehui/5922.html; psic.org.cn', quote: '全区常住人口[2]为579101人,与2010年第六次全国人口普查的442854人相比', status: 'reasoned' } satisfies RangeSource,
} as const;
