// The national demographic figures the cohort projection starts from and is shaped by, each with
// its source: the 2020 census age-sex structure (the shape within each broad band), the age
// schedule of fertility, the sex ratio at birth, the Gompertz slope of adult mortality, the age
// schedule of migration, the published total fertility and life expectancy by year, and the
// relative hospital use of older residents. The parameter table (parameters.ts) reads the
// defaults here; the engine (cohort.ts, lifeTable.ts) reads the shapes.
import type { Bilingual, Provenance } from './seedSchema.ts';

const sourced = (note: Bilingual, source: { title: string; titleEn: string; where: string; quote?: string }, status: 'sourced' | 'sourced_unverified' | 'reasoned'): Provenance => ({ kind: 'assumption', note, source, status });

/** single years 0–84 and an open 85+ */
export const ages = 86;
export const openAge = ages - 1;

// ------------------------------------------------------------------------------ 2020 census

/** The nation at the census (1 Nov 2020), bulletin No. 5: the broad bands every county's shares are in. */
export const nationalBands2020 = { total: 1_411_778_724, under15: 253_383_938, age15to59: 894_376_020, age60plus: 264_018_766, age65plus: 190_635_280 } as const;
export const nationalBandsSource = sourced(
  { zh: '第七次全国人口普查公报（第五号）：0—14岁25338万人、15—59岁89438万人、60岁及以上26402万人（其中65岁及以上19064万人）。', en: 'Census bulletin No. 5: 0–14 253.4 M, 15–59 894.4 M, 60+ 264.0 M (65+ 190.6 M).' },
  { title: '第七次全国人口普查公报（第五号）——人口年龄构成情况', titleEn: '7th census bulletin No. 5: age composition', where: 'zyrm.com/xingming/news/3968.html', quote: '0—14岁人口为253383938人' },
  'sourced_unverified',
);

/** Census 2020 by five-year group (0–4 … 80–84, 85+), men and women, millions: only the shape within
 * each broad band is used (each band is scaled to the bulletin's or the county's share). */
export const census2020FiveYear = {
  male: [40.97, 48.03, 45.62, 38.98, 39.88, 47.79, 63.98, 51.02, 47.99, 58.02, 61.3, 50.85, 36.67, 36.39, 24.12, 14.68, 8.99, 6.2],
  female: [36.91, 42.22, 39.64, 33.7, 35.06, 44.06, 60.16, 47.99, 45.3, 56.21, 59.86, 50.55, 36.71, 37.62, 25.47, 16.56, 11.4, 9.2],
} as const;
export const census2020FiveYearSource = sourced(
  { zh: '《中国人口普查年鉴—2020》全国分年龄、性别人口（五岁组，百万人）；只取各大年龄段内部的形状，各段总量按公报或本县比重校准。未找到可引用的网页副本。', en: 'China Population Census Yearbook 2020, population by five-year age group and sex (millions); only the shape within each broad band is used, each band scaled to the bulletin or the county. No citable web copy was found.' },
  { title: '中国人口普查年鉴—2020（国务院第七次全国人口普查领导小组办公室编，中国统计出版社）', titleEn: 'China Population Census Yearbook 2020 (Census Office of the State Council; China Statistics Press)', where: '—' },
  'sourced_unverified',
);

/** births in the calendar years that are ages 0–4 at the end of 2020 (2020, 2019, 2018, 2017, 2016), millions */
export const birthsBy2020Age = [12.0, 14.65, 15.23, 17.23, 17.86] as const;
export const birthsBy2020AgeSource = sourced(
  { zh: '0—4岁按其出生年份的出生人口分配：2020年1200万、2019年1465万、2018年1523万、2017年1723万、2016年1786万（国家统计局）。', en: 'Ages 0–4 are split by the births of their years: 12.00 M (2020), 14.65 M (2019), 15.23 M (2018), 17.23 M (2017), 17.86 M (2016), NBS.' },
  { title: '国家统计局 各年统计公报（转述）', titleEn: 'NBS communiqués, as reported', where: 'zcaijing.com/renzheping/196916.html', quote: '2016年“全面二孩”放开后,出生人口攀至1786万、创2000年以来新高,但2017年就降至1723万' },
  'sourced_unverified',
);

/** year-end 2020 residents (141212万 = 2021's 141260万 less its increase of 48万) */
export const nationalYearEnd2020 = 1_412_120_000;
export const nationalYearEndSource = sourced(
  { zh: '2021年末全国人口141260万人，比上年末增加48万人：2020年末为141212万人。', en: 'End-2021 population 1,412.60 M, 0.48 M more than a year before: end-2020 1,412.12 M.' },
  { title: '国家统计局 2021年国民经济和社会发展统计公报', titleEn: 'NBS, 2021 Statistical Communiqué', where: 'siyezi.com/zhishi/Kn62.htm', quote: '年末全国人口141260万人,比上年末增加48万人' },
  'sourced_unverified',
);

// ------------------------------------------------------------------------------ fertility

/** Age-specific fertility by five-year group 15–19 … 45–49 (‰), the 2020 census of Fuzhou: the
 * shape of the schedule (normalised to sum to one), its level set by the total fertility rate. */
export const fertilityFiveYearPerMille = [3.04, 40.54, 98.71, 65.8, 26.95, 6.41, 1.35] as const;
export const fertilityScheduleSource = sourced(
  { zh: '生育年龄模式取福州市2020年人口普查分年龄生育率（15—19岁3.04‰ … 25—29岁98.71‰ … 45—49岁1.35‰）的形状，水平由总和生育率决定；未找到全国分年龄表的网页副本。', en: 'The age pattern of fertility is the shape of Fuzhou’s 2020 census rates (15–19 3.04‰ … 25–29 98.71‰ … 45–49 1.35‰), its level set by the total fertility rate; no web copy of the national table was found.' },
  { title: '福州市2020年人口普查年鉴 表6-3 全市育龄妇女分年龄、孩次的生育状况', titleEn: 'Fuzhou 2020 Census Yearbook, table 6-3: births by age of mother', where: 'fuzhou.gov.cn/book/fztjnj/2020rkpcnj/fzrp2020/htms/288.htm', quote: '25-29岁 26735 2639 98.71' },
  'sourced',
);
export const firstFertileAge = 15;
export const lastFertileAge = 49;

/** boys per 100 girls at birth, 2020 census */
export const sexRatioAtBirth2020 = 111.3;
export const sexRatioAtBirthSource = sourced(
  { zh: '第七次人口普查出生人口性别比111.3。', en: 'Sex ratio at birth in the 2020 census: 111.3 boys per 100 girls.' },
  { title: '2020年第七次全国人口普查主要数据（国务院第七次全国人口普查领导小组办公室）', titleEn: 'Major figures of the 2020 census (Census Office of the State Council)', where: 'huaxiaolu.com/book/1112.html', quote: '出生人口性别比 111.3' },
  'sourced_unverified',
);

/** National total fertility rate by year (in a module of its own: see there) */
export { nationalTotalFertility } from './totalFertility.ts';
export const totalFertilitySource = sourced(
  {
    zh: '全国总和生育率：2020年普查1.3；2022年约1.05；2023年约1.0。国家统计局未公布2021、2024年数值：2021年取两者之间1.15，2024年沿用1.0。',
    en: 'National total fertility: 1.3 in the 2020 census, about 1.05 in 2022 and 1.0 in 2023. NBS publishes none for 2021 or 2024: 2021 is taken between (1.15), 2024 held at 1.0.',
  },
  { title: '国家统计局 第七次全国人口普查；2022、2023年估计', titleEn: 'NBS 2020 census; estimates for 2022 and 2023', where: 'washparkprophet.blogspot.com/2023/01/chinas-population-is-shrinking.html; vct.news/keyword/chu-sheng-shu', quote: 'The 2010 and 2020 censuses yielded TFRs of 1.18 and 1.30' },
  'sourced_unverified',
);

// ------------------------------------------------------------------------------ mortality

/** National life expectancy at birth by year (2022 has no figure found: between 2021 and 2023). */
export const nationalLifeExpectancy: Readonly<Record<number, number>> = { 2020: 77.93, 2021: 78.2, 2022: 78.4, 2023: 78.6, 2024: 79.0, 2025: 79.25 };
export const lifeExpectancySource = sourced(
  {
    zh: '全国人均预期寿命：2020年77.93岁、2021年78.2岁、2023年78.6岁、2024年79岁、2025年79.25岁（国家卫生健康委）；2022年取78.4岁（前后两年之间）。',
    en: 'National life expectancy: 77.93 (2020), 78.2 (2021), 78.6 (2023), 79 (2024), 79.25 (2025), National Health Commission; 2022 taken as 78.4, between its neighbours.',
  },
  { title: '国家卫生健康委员会：人均预期寿命', titleEn: 'National Health Commission: life expectancy', where: 'app.myzaker.com/news/article.php?pk=67cd4c178e9f093e951a5988', quote: '到 2021 年人均预期寿命超过 78 岁,达到 78.2 岁,2023 年进一步提高到 78.6 岁' },
  'sourced_unverified',
);

/** women outlive men by this many years (2020 census life table: 80.88 against 75.37) */
export const lifeExpectancySexGap = 80.88 - 75.37;
/** Gompertz slope of adult mortality: the risk of dying doubles about every eight years */
export const gompertzSlope = Math.LN2 / 8;
/** age-independent (Makeham) hazard of adults, a year */
export const makehamHazard = 0.0003;
export const mortalityShapeSource = sourced(
  {
    zh: '5岁以上死亡率按冈珀茨—梅卡姆律：死亡风险约每8年翻一番，水平由预期寿命决定；女性比男性长寿5.5岁（2020年普查生命表80.88岁对75.37岁）；0—4岁由本县婴儿与5岁以下儿童死亡率决定。',
    en: 'Mortality above age 5 follows the Gompertz–Makeham law: the risk of dying doubles about every 8 years, its level set by life expectancy; women outlive men by 5.5 years (2020 census life table, 80.88 against 75.37); ages 0–4 follow the county’s infant and under-5 mortality.',
  },
  { title: 'Gompertz law of mortality', titleEn: 'Gompertz law of mortality', where: 'eugenewei.com/blog/2014/1/9/gompertz-law-of-mortality', quote: 'Roughly every eight years, the odds that a human will die doubles' },
  'sourced_unverified',
);

// ------------------------------------------------------------------------------ migration

/** Rogers–Castro model migration schedule (childhood, labour-force peak near 20, constant): the age
 * pattern net migration is spread over, the same for men and women. */
export function migrationShape(age: number): number {
  const childhood = 0.02 * Math.exp(-0.1 * age);
  const labour = 0.06 * Math.exp(-0.1 * (age - 20) - Math.exp(-0.4 * (age - 20)));
  return childhood + labour + 0.003;
}
export const migrationShapeSource = sourced(
  { zh: '净迁移按罗杰斯—卡斯特罗模型迁移年龄模式分配到各年龄（儿童随迁、20岁前后的劳动力高峰、常数项）。', en: 'Net migration is spread over ages by the Rogers–Castro model schedule (children moving with parents, a labour-force peak near 20, a constant).' },
  { title: 'Rogers & Castro, Model Migration Schedules (IIASA RR-81-30, 1981)', titleEn: 'Rogers & Castro, Model Migration Schedules (IIASA RR-81-30, 1981)', where: 'pure.iiasa.ac.at/id/eprint/1543' },
  'reasoned',
);

// ------------------------------------------------------------------------------ hospital use by age

/** Admissions per resident aged 60+ against those under 60: 24.9 % against about 11.3 % (the 13.7 %
 * of all ages less the 60+, who were about 18 % of residents), National Health Services Survey 2018. */
export const olderHospitalUseRatio = 2.2;
export const olderHospitalUseSource = sourced(
  {
    zh: '2018年第六次国家卫生服务调查：老年人住院率24.9%，全人群约13.7%；60岁以下约11.3%，老年人约为其2.2倍。床位需求随60岁及以上人口比重变动。',
    en: 'National Health Services Survey 2018: 24.9 % of older adults were admitted in a year against about 13.7 % of all ages, about 11.3 % under 60 — 2.2 times. Bed need moves with the share aged 60+.',
  },
  { title: 'Trends in health service needs … of older adults in China: 1993 to 2018 National Health Service Survey (Int J Equity Health 2023;22:169)', titleEn: 'Trends in health service needs … of older adults in China: 1993 to 2018 National Health Service Survey (Int J Equity Health 2023;22:169)', where: 'equityhealthj.biomedcentral.com/articles/10.1186/s12939-023-01983-7', quote: 'the hospitalization rate rose from 6.1% to 24.9%' },
  'sourced_unverified',
);
