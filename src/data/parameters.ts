// The parameter table: every assumption the model makes that a plan does not fix, declared once —
// where it lives in a scenario, its unit, its default for each county with that default's source,
// the values the model accepts, how a control shows it, and how uncertain it is around the value in
// force. The scenario schema, the assumptions panel, the link, Monte Carlo, the tornado, the CLI and
// the README's list of assumptions all read this table. Adding an assumption is one row here plus
// its two labels (src/i18n: param.<id>).
import type { Bilingual, County, Provenance } from './seedSchema.ts';
import { resources, staffResources, type Resource } from './catalogue.ts';

/** where a control sits: resource rows sit with their resource (beds, staff, childcare) */
export type ParameterGroup = 'population' | 'resources' | 'need' | 'costs';
/** how a value is shown: ‰, % (a share × 100), a yearly count, days, 万元 */
export type DisplayUnit = 'perMille' | 'percent' | 'perYear' | 'days' | 'tenThousandYuan' | 'people';

/** A default and where it comes from: the plan's words, our arithmetic on them, or an outside source. */
export interface Sourced {
  value: number;
  /** a value for each year from the baseline year on (national rates by year), when it varies */
  series?: number[];
  provenance: Provenance;
}

/** Symmetric around the value in force, so an edit moves the whole distribution and the
 * deterministic path is the median of its band. `why` says where the width comes from. */
export type Uncertainty = ({ relative: number; absolute?: never } | { absolute: number; relative?: never }) & { why: { zh: string; en: string } };

interface Common {
  group: ParameterGroup;
  display: { unit: DisplayUnit; /** shown = value × scale */ scale: 1 | 100; digits: number };
  /** what the model accepts (the scenario schema's bounds), in model units */
  bounds: { min: number; max: number };
  /** the slider, in display units; a value in force outside it widens it */
  slider: { min: number; max: number; step: number };
  /** a slider that depends on the reference value (hiring: up to four times the plan's pace) */
  sliderFor?(reference: number): { min: number; max: number; step: number };
  /** a control also taking the value as ± % of its default ("−20 % births") */
  relative?: boolean;
  uncertainty?: Uncertainty;
  /** false: a model assumption with its source and range, not a control on the page */
  control: boolean;
}

/** per-year rates (‰): a series in the model, one number when the user sets it */
export type RateField = 'birthRatePerMille' | 'deathRatePerMille' | 'netMigrationPerMille';
export type ScalarField = 'basePopulation' | 'infantMortalityPerMille' | 'under5MortalityPerMille' | 'admissionRate' | 'averageStayDays' | 'targetOccupancy' | 'childcareDemandShare';
export type CountyField = RateField | ScalarField;
export type ResourceField = 'additionsPerYear' | 'attrition' | 'gainPer1000PerYear';
export type CostField = 'bedCapital' | 'childcarePlaceCapital' | 'staffYearly';

export interface CountyParameter extends Common {
  scope: 'county';
  id: CountyField;
  series: boolean;
  default(county: County, years: readonly number[]): Sourced;
}
export interface ResourceParameter extends Common {
  scope: 'resource';
  id: ResourceField;
  /** the resources it can be set for */
  resources: readonly Resource[];
  /** null: the reference scenario works it out (hiring under "plan as written") */
  default(county: County, resource: Resource): Sourced | null;
}
export interface CostParameter extends Common {
  scope: 'scenario';
  id: CostField;
  default(): Sourced;
}
export type Parameter = CountyParameter | ResourceParameter | CostParameter;
export type ParameterId = Parameter['id'];

const assumption = (note: Bilingual, source: { title: string; titleEn?: string; where: string; quote?: string }, status: 'sourced' | 'sourced_unverified' | 'reasoned'): Provenance => ({ kind: 'assumption', note, source, status });

// ------------------------------------------------------------------------------ national figures

/** National crude birth rate, ‰, by year (NBS communiqués via news copies; FACTS.md §1). */
export const nationalBirthRatePerMille: Readonly<Record<number, number>> = {
  2018: 10.94, // mnw.cn: "2018年我国出生人口1523万人,人口出生率为10.94‰"
  2019: 10.48, // 199it.com/archives/999247.html: "全年出生人口1465万人,人口出生率为10.48‰"
  2020: 8.52, // kjkxun.com: "2020年我国人口出生率8.52%" (‰ misprinted as %)
  2021: 7.52, // siyezi.com: "全年出生人口1062万人,出生率为7.52‰"
  2022: 6.77, // bk.haodianxin.cn: "全年出生人口956万人,出生率为6.77‰"
  2023: 6.39, // fsnews.com.cn (FACTS.md)
  2024: 6.77, // m.bbnews.cn: "全年出生人口954万人,人口出生率为6.77‰"
};

/** National crude death rate, ‰, by year. */
export const nationalDeathRatePerMille: Readonly<Record<number, number>> = {
  2018: 7.13, // mnw.cn: "死亡人口993万人,人口死亡率为7.13‰"
  2019: 7.14, // 199it.com/archives/999247.html: "死亡人口998万人,人口死亡率为7.14‰"
  2020: 7.07, // kjkxun.com: "2020年…人口死亡率7.07%" (‰ misprinted as %)
  2021: 7.18, // siyezi.com: "死亡人口1014万人,死亡率为7.18‰"
  2022: 7.37, // kjkxun.com: "2022年…人口死亡率7.37%"
  2023: 7.87, // kjkxun.com: "2023年…人口死亡率7.87%"
};

/** A national series over the given years, the nearest known year standing in outside it. */
export function nationalSeries(series: Readonly<Record<number, number>>, years: readonly number[]): number[] {
  const known = Object.keys(series).map(Number);
  const first = Math.min(...known);
  const last = Math.max(...known);
  return years.map((y) => series[Math.min(Math.max(y, first), last)]!);
}

/** no outside source: our own reasoning, said in the note */
const reasoning = { title: '推理假设', titleEn: 'reasoned assumption', where: '—' };

const birthSource = assumption(
  {
    zh: '县级出生率未见公开数据，采用全国各年出生率（2020年8.52‰、2021年7.52‰、2022年6.77‰、2023年6.39‰，2024年起6.77‰）。',
    en: 'No county birth rates were found; national rates by year stand in (8.52‰ in 2020, 7.52‰ 2021, 6.77‰ 2022, 6.39‰ 2023, 6.77‰ from 2024).',
  },
  { title: '国家统计局 统计公报 2024', titleEn: 'National Bureau of Statistics, 2024 communiqué', where: 'm.bbnews.cn/p/89164.html', quote: '全年出生人口954万人,人口出生率为6.77‰' },
  'sourced_unverified',
);
const deathSource = assumption(
  {
    zh: '县级死亡率未见公开数据，采用全国各年死亡率（2020年7.07‰ 至 2023年起7.87‰）。',
    en: 'No county death rates were found; national rates by year stand in (7.07‰ in 2020 up to 7.87‰ from 2023).',
  },
  { title: '国家统计局 人口数据', titleEn: 'National Bureau of Statistics, population figures', where: 'kjkxun.com/biz/67746.html', quote: '2023年我国人口出生率6.39%,人口死亡率7.87%' },
  'sourced_unverified',
);
const doctorTurnover = assumption(
  {
    zh: '全国医师年流动率由1.6%（2011年）升至4.4%（2021年），其中含系统内调动，取中值3%。',
    en: 'National physician turnover rose from 1.6 % (2011) to 4.4 % (2021), including moves within the system; 3 % is the middle.',
  },
  { title: '《中国医师流动，2011—2021》（《卫生人力资源》期刊）', titleEn: 'Physician turnover in China, 2011–2021 (Human Resources for Health)', where: 'afnnews.qaasid.com/103947', quote: 'the national annual physician turnover rate increased from 1.6 to 4.4%' },
  'sourced_unverified',
);
const nurseTurnover = assumption(
  {
    zh: '2017年全国940家医院护士离职率为2.15%（东部2.35%、西部2.02%、中部1.92%）。',
    en: 'Nurse turnover in 940 hospitals was 2.15 % in 2017 (east 2.35 %, west 2.02 %, centre 1.92 %).',
  },
  { title: '中华护理杂志 2020;55(2)', titleEn: 'Chinese Journal of Nursing 2020;55(2)', where: 'zh.zhhlzzs.com/CN/Y2020/V55/I2/198', quote: '2017年中国护士离职率为2.15%' },
  'sourced',
);
const noClosures = assumption(
  { zh: '床位与托位假定不减少（规划未写关停）。', en: 'Beds and childcare places are assumed not to close (the plans name no closures).' },
  reasoning,
  'reasoned',
);
const replacementHiring = assumption(
  { zh: '由参考情景算出：按规划推进时为恰好达到目标所需的年均增量；按趋势时不用。', en: 'Worked out by the reference scenario: under the plan as written, the yearly addition that just meets the target; under the trend it is not used.' },
  { title: '参考情景', titleEn: 'the reference scenario', where: '—' },
  'reasoned',
);

/** Recent national gain of each measure per 1000 residents a year (FACTS.md §2): the trend path.
 * Linear, not compound: a county starting high should not be assumed to grow at a low national base's rate. */
const nationalGainPer1000PerYear: Readonly<Partial<Record<Resource, Sourced>>> = {
  beds: {
    value: (7.23 - 6.46) / 3,
    provenance: assumption(
      { zh: '全国每千人口床位2020—2023年每年约增加0.26张。', en: 'National beds per 1000 rose by about 0.26 a year, 2020–2023.' },
      { title: '国家卫生健康统计', titleEn: 'National health statistics', where: 'gilin.com.cn/news/12397395', quote: '每千人口医疗卫生机构床位数从2020年的6.46张增加到2023年的7.23张' },
      'sourced_unverified',
    ),
  },
  doctors: {
    value: (3.4 - 2.9) / 3,
    provenance: assumption(
      { zh: '全国每千人口执业（助理）医师由2.90（2020年）增至3.40（2023年），每年约增加0.17人。', en: 'National doctors per 1000 rose from 2.90 (2020) to 3.40 (2023), about 0.17 a year.' },
      { title: '2023年我国卫生健康事业发展统计公报', titleEn: '2023 Statistical Bulletin on Health Development', where: '125.65.46.38/down/363453869.phtml', quote: '执业(助理)医师3.40人' },
      'sourced_unverified',
    ),
  },
  nurses: {
    value: (4.0 - 3.34) / 3,
    provenance: assumption(
      { zh: '全国每千人口注册护士由3.34（2020年）增至4.00（2023年），每年约增加0.22人。', en: 'National nurses per 1000 rose from 3.34 (2020) to 4.00 (2023), about 0.22 a year.' },
      { title: '2023年我国卫生健康事业发展统计公报', titleEn: '2023 Statistical Bulletin on Health Development', where: '125.65.46.38/down/363453869.phtml', quote: '注册护士4.00人' },
      'sourced_unverified',
    ),
  },
  gps: {
    value: (3.99 - 2.9) / 10 / 3,
    provenance: assumption(
      { zh: '全国每万人口全科医生由2.9（2020年）增至3.99（2023年），每年约增加0.36人（每千人0.036人）。', en: 'National GPs per 10,000 rose from 2.9 (2020) to 3.99 (2023), about 0.36 a year (0.036 per 1000).' },
      { title: '2023年我国卫生健康事业发展统计公报', titleEn: '2023 Statistical Bulletin on Health Development', where: '125.65.46.38/down/363453869.phtml', quote: '全科医生3.99人' },
      'sourced_unverified',
    ),
  },
  public_health_staff: {
    value: (7.15 - 6.56) / 10 / 3,
    provenance: assumption(
      { zh: '全国每万人口专业公共卫生机构人员由6.56（2020年）增至7.15（2023年），每年约增加0.20人（每千人0.020人）。', en: 'National public-health staff per 10,000 rose from 6.56 (2020) to 7.15 (2023), about 0.20 a year (0.020 per 1000).' },
      { title: '国家统计局《“十四五”以来社会民生统计报告》', titleEn: 'NBS, statistical report on society and livelihoods since the 14th Five-Year Plan', where: 'gilin.com.cn/news/12397395', quote: '每万人口专业公共卫生机构人员从6.56人提高到7.15人' },
      'sourced_unverified',
    ),
  },
  childcare_slots: {
    value: (4.08 - 2.03) / 3,
    provenance: assumption(
      { zh: '全国每千人口托位由2.03（2021年）增至4.08（2024年），每年约增加0.68个。', en: 'National childcare places per 1000 rose from 2.03 (2021) to 4.08 (2024), about 0.68 a year.' },
      { title: '中国日报 2025-08-22', titleEn: 'China Daily, 22 August 2025', where: 'm.512aiai.com/a/202508/22/WS68a7c03ea310851ffdb4f742.html', quote: 'the number of nursery care places per 1,000 people had reached 4.08' },
      'sourced_unverified',
    ),
  },
};

// ------------------------------------------------------------------------------ plan figures

/** A figure the county's plan states for its baseline year (whole county), with its quote. */
function planFigure(county: County, metric: string): { value: number; provenance: Provenance } | null {
  const f = county.figures.find((x) => x.metric === metric && x.year === county.plan.baselineYear && !x.scope);
  return f ? { value: f.value, provenance: f.provenance } : null;
}

/** A rate per 1000 the plan states for its baseline year, as a table row or a figure. */
function planRatePerMille(county: County, id: string): { value: number; provenance: Provenance } | null {
  const row = county.indicators.find((i) => i.id === id);
  if (row?.baseline?.value !== null && row?.baseline?.value !== undefined) return { value: row.baseline.value, provenance: { kind: 'stated', seed: row.source.seed, quote: row.source.quote } };
  return planFigure(county, id);
}

/** a national child mortality rate (2023) standing in where the plan states the county's none */
const nationalMortality = (value: number, what: Bilingual): Sourced => ({
  value,
  provenance: assumption(
    { zh: `规划未写本县${what.zh}，采用全国约${value}‰（2023年）。`, en: `The plan gives no ${what.en}; the national figure, about ${value}‰ (2023), stands in.` },
    { title: '2023年我国卫生健康事业发展统计公报', titleEn: '2023 Statistical Bulletin on Health Development', where: '国家卫生健康委员会' },
    'reasoned',
  ),
});

// ------------------------------------------------------------------------------ the table

// (identity functions: each row keeps its literal types and gets its defaults' parameter types)
const countyRow = <const T extends CountyParameter>(row: T): T => row;
const resourceRow = <const T extends ResourceParameter>(row: T): T => row;
const costRow = <const T extends CostParameter>(row: T): T => row;

const perMille = { unit: 'perMille', scale: 1 } as const;
const percent = { unit: 'percent', scale: 100 } as const;

export const parameters = {
  basePopulation: countyRow({
    scope: 'county', id: 'basePopulation', group: 'population', series: false, control: true,
    display: { unit: 'people', scale: 1, digits: 0 }, bounds: { min: 1, max: 1e9 }, slider: { min: 1, max: 1e6, step: 100 },
    sliderFor: (reference: number) => ({ min: Math.round((reference * 0.7) / 1000) * 1000, max: Math.round((reference * 1.3) / 1000) * 1000, step: 100 }),
    // the plan's own figure (stated, or derived from its counts and ratios), else the census
    default: (county: County): Sourced => ({ value: county.population.value, provenance: county.population.provenance }),
  }),
  birthRatePerMille: countyRow({
    scope: 'county', id: 'birthRatePerMille', group: 'population', series: true, control: true, relative: true,
    display: { ...perMille, digits: 2 }, bounds: { min: 0, max: 50 }, slider: { min: 0, max: 20, step: 0.1 },
    uncertainty: { relative: 0.2, why: { zh: '全国出生率2020—2024年在6.39‰至8.52‰之间变动，县域与全国也有差别：取现值的±20%。', en: 'National births moved between 6.39‰ and 8.52‰ over 2020–2024, and counties differ from the nation: ±20 % of the value in force.' } },
    default: (_county: County, years: readonly number[]): Sourced => ({ value: nationalBirthRatePerMille[2024]!, series: nationalSeries(nationalBirthRatePerMille, years), provenance: birthSource }),
  }),
  deathRatePerMille: countyRow({
    scope: 'county', id: 'deathRatePerMille', group: 'population', series: true, control: true, relative: true,
    display: { ...perMille, digits: 2 }, bounds: { min: 0, max: 50 }, slider: { min: 0, max: 20, step: 0.1 },
    uncertainty: { relative: 0.18, why: { zh: '老龄化程度高的县死亡率可能高于全国，低的县则低于全国：取现值的±18%（约6.5‰至9.3‰）。', en: 'Older counties may die faster than the nation, younger ones slower: ±18 % of the value in force (about 6.5‰ to 9.3‰).' } },
    default: (_county: County, years: readonly number[]): Sourced => ({ value: nationalDeathRatePerMille[2023]!, series: nationalSeries(nationalDeathRatePerMille, years), provenance: deathSource }),
  }),
  netMigrationPerMille: countyRow({
    scope: 'county', id: 'netMigrationPerMille', group: 'population', series: true, control: true,
    display: { ...perMille, digits: 1 }, bounds: { min: -200, max: 200 }, slider: { min: -30, max: 30, step: 0.5 },
    uncertainty: { absolute: 6, why: { zh: '县域常住人口每年因迁移变动数个千分点并不少见：取现值±6‰。', en: 'County populations commonly move by several per mille a year through migration: ±6‰ around the value in force.' } },
    default: (): Sourced => ({
      value: 0,
      provenance: assumption(
        { zh: '规划未给出迁移数据，默认无净迁移。', en: 'The plans give no migration figures; the default is none.' },
        reasoning,
        'reasoned',
      ),
    }),
  }),
  infantMortalityPerMille: countyRow({
    scope: 'county', id: 'infantMortalityPerMille', group: 'need', series: false, control: true,
    display: { ...perMille, digits: 2 }, bounds: { min: 0, max: 200 }, slider: { min: 0, max: 20, step: 0.1 },
    default: (county: County): Sourced => planRatePerMille(county, 'infant_mortality_per_1000') ?? nationalMortality(4.5, { zh: '婴儿死亡率', en: 'infant mortality' }),
  }),
  under5MortalityPerMille: countyRow({
    scope: 'county', id: 'under5MortalityPerMille', group: 'need', series: false, control: true,
    display: { ...perMille, digits: 2 }, bounds: { min: 0, max: 300 }, slider: { min: 0, max: 20, step: 0.1 },
    default: (county: County): Sourced => planRatePerMille(county, 'under5_mortality_per_1000') ?? nationalMortality(6.2, { zh: '5岁以下儿童死亡率', en: 'under-5 mortality' }),
  }),
  admissionRate: countyRow({
    scope: 'county', id: 'admissionRate', group: 'need', series: false, control: true,
    display: { ...percent, digits: 1 }, bounds: { min: 0, max: 1 }, slider: { min: 0, max: 40, step: 0.5 },
    default: (county: County): Sourced => {
      const discharges = planFigure(county, 'discharges');
      if (discharges && discharges.provenance.kind !== 'assumption') {
        const quotes = discharges.provenance.kind === 'stated' ? [{ seed: discharges.provenance.seed, quote: discharges.provenance.quote }] : discharges.provenance.quotes;
        const value = discharges.value / county.population.value;
        return { value, provenance: { kind: 'derived', formula: `admissions per resident = ${discharges.value} discharges ÷ ${county.population.value} residents = ${value.toFixed(4)}`, quotes } };
      }
      return {
        value: 0.2,
        provenance: assumption(
          { zh: '全国年住院率2017年17.6%、2018年18.2%，2023年约21.4%（3.02亿出院人次÷14.1亿人）：取20%。', en: 'National admissions per resident: 17.6 % (2017), 18.2 % (2018), about 21.4 % in 2023 (302 M discharges ÷ 1.41 bn): 20 %.' },
          { title: '2023年我国卫生健康事业发展统计公报与国家统计局人口数', titleEn: '2023 Statistical Bulletin on Health Development and NBS population', where: 'sipix.com.cn/xinwen/201905/1618609.html', quote: '年住院率由2017年的17.6%增加到18.2%' },
          'sourced_unverified',
        ),
      };
    },
  }),
  averageStayDays: countyRow({
    scope: 'county', id: 'averageStayDays', group: 'need', series: false, control: true,
    display: { unit: 'days', scale: 1, digits: 1 }, bounds: { min: 0.5, max: 60 }, slider: { min: 3, max: 20, step: 0.1 },
    default: (county: County): Sourced =>
      planFigure(county, 'average_stay_days') ?? {
        value: 8.8,
        provenance: assumption(
          { zh: '全国医院2023年出院患者平均住院日8.8日（2021年9.2日）。', en: 'National hospital average stay was 8.8 days in 2023 (9.2 in 2021).' },
          { title: '2023年我国卫生健康事业发展统计公报', titleEn: '2023 Statistical Bulletin on Health Development', where: '125.65.46.38/down/363453869.phtml', quote: '医院出院患者平均住院日为8.8日' },
          'sourced_unverified',
        ),
      },
  }),
  targetOccupancy: countyRow({
    scope: 'county', id: 'targetOccupancy', group: 'need', series: false, control: true,
    display: { ...percent, digits: 0 }, bounds: { min: 0.3, max: 1 }, slider: { min: 50, max: 100, step: 1 },
    default: (): Sourced => ({
      value: 0.85,
      provenance: assumption(
        { zh: '床位规划常用85%的目标使用率；全国医院2023年实际79.4%，公立医院86.0%。', en: 'Bed planning commonly aims at 85 % occupancy; Chinese hospitals ran at 79.4 % in 2023 (public hospitals 86.0 %).' },
        { title: 'Hill–Burton 床位规划标准', titleEn: 'Hill–Burton bed planning norm', where: 'woyaojiankangwang.com/Medicalequipment/vxkksshgnb.html', quote: 'Hill--Burton program…has long used an 85 percent bed occupancy rate' },
        'sourced',
      ),
    }),
  }),
  childcareDemandShare: countyRow({
    scope: 'county', id: 'childcareDemandShare', group: 'need', series: false, control: true,
    display: { ...percent, digits: 0 }, bounds: { min: 0, max: 1 }, slider: { min: 0, max: 100, step: 1 },
    default: (): Sourced => ({
      value: 1 / 3,
      provenance: assumption(
        { zh: '约三分之一的3岁以下婴幼儿家庭有较强入托需求；2025年实际入托率约12%，意愿35%。', en: 'About a third of under-3 families want a place; actual enrolment was about 12 % in 2025 against 35 % wanting it.' },
        { title: '人民日报英文版 2021-07-22', titleEn: 'People’s Daily (English), 22 July 2021', where: 'en.people.cn/n3/2021/0722/c90000-9875444.html', quote: 'one-third of them have strong demand' },
        'sourced',
      ),
    }),
  }),
  additionsPerYear: resourceRow({
    scope: 'resource', id: 'additionsPerYear', group: 'resources', resources, control: true,
    display: { unit: 'perYear', scale: 1, digits: 1 }, bounds: { min: -1e6, max: 1e6 }, slider: { min: 0, max: 50, step: 1 },
    sliderFor: (reference: number) => ({ min: 0, max: Math.max(50, Math.ceil((reference * 4) / 10) * 10), step: 1 }),
    default: (): Sourced | null => null,
  }),
  attrition: resourceRow({
    scope: 'resource', id: 'attrition', group: 'resources', resources: staffResources, control: true,
    display: { ...percent, digits: 2 }, bounds: { min: 0, max: 1 }, slider: { min: 0, max: 20, step: 0.1 },
    uncertainty: { relative: 0.5, why: { zh: '全国医师流动率十年间在1.6%至4.4%之间，护士离职率各地1.9%至2.4%、部分民营医院超过10%：取现值的±50%。', en: 'National physician turnover moved between 1.6 % and 4.4 % in a decade, and nurse turnover from 1.9 % to 2.4 % by region, over 10 % in some private hospitals: ±50 % of the value in force.' } },
    default: (_county: County, resource: Resource): Sourced => {
      if (!staffResources.includes(resource)) return { value: 0, provenance: noClosures };
      const nurseLike = resource === 'nurses' || resource === 'pharmacists';
      return { value: nurseLike ? 0.0215 : 0.03, provenance: nurseLike ? nurseTurnover : doctorTurnover };
    },
  }),
  gainPer1000PerYear: resourceRow({
    scope: 'resource', id: 'gainPer1000PerYear', group: 'resources', resources: ['beds', 'doctors', 'nurses', 'gps', 'tcm_doctors', 'pharmacists', 'public_health_staff', 'childcare_slots'], control: false,
    display: { unit: 'perYear', scale: 1, digits: 3 }, bounds: { min: -10, max: 10 }, slider: { min: 0, max: 1, step: 0.01 },
    uncertainty: { relative: 0.5, why: { zh: '全国年均增量逐年有快有慢，县域未必跟上全国：取现值的±50%。按本县（区）实际年份拟合的趋势，则在其自身标准误范围内抽取（均匀分布，标准差等于标准误）。', en: 'The national yearly gain varies from year to year and a county need not keep pace: ±50 % of the value in force. A trend fitted to the county’s observed years is drawn within its own standard error instead (uniform, with that standard deviation).' } },
    default: (_county: County, resource: Resource): Sourced | null => nationalGainPer1000PerYear[resource] ?? null,
  }),
  bedCapital: costRow({
    scope: 'scenario', id: 'bedCapital', group: 'costs', control: true,
    display: { unit: 'tenThousandYuan', scale: 1, digits: 1 }, bounds: { min: 0, max: 10_000 }, slider: { min: 0, max: 200, step: 0.5 },
    default: (): Sourced => ({
      value: 10000 / 450,
      provenance: {
        kind: 'derived',
        formula: 'capital per new bed = 10,000 (10,000 yuan) ÷ 450 new beds ≈ 22.2 (Pingshan County Hospital’s expansion, building and equipment)',
        quotes: [{ seed: '001_eeeb595e0e53ade5.txt', quote: '规划总投资10000万元，建筑面积21000平方米，新增床位450张' }],
      },
    }),
  }),
  childcarePlaceCapital: costRow({
    scope: 'scenario', id: 'childcarePlaceCapital', group: 'costs', control: true,
    display: { unit: 'tenThousandYuan', scale: 1, digits: 1 }, bounds: { min: 0, max: 1_000 }, slider: { min: 0, max: 50, step: 0.1 },
    default: (): Sourced => ({
      value: 2,
      provenance: assumption(
        { zh: '未找到托位建设单价的公开来源；按约2万元/托位估计（场地改造与设施），可修改。', en: 'No published unit cost was found; about 20,000 yuan a place (fit-out and equipment) is assumed, and can be changed.' },
        reasoning,
        'reasoned',
      ),
    }),
  }),
  staffYearly: costRow({
    scope: 'scenario', id: 'staffYearly', group: 'costs', control: true,
    display: { unit: 'tenThousandYuan', scale: 1, digits: 1 }, bounds: { min: 0, max: 1_000 }, slider: { min: 0, max: 60, step: 0.1 },
    default: (): Sourced => ({
      value: 13.5222,
      provenance: assumption(
        { zh: '2022年卫生和社会工作行业城镇非私营单位年平均工资135,222元；未含单位社保缴费，县级水平可能较低。', en: 'Average 2022 wage in health and social work (non-private units): 135,222 yuan; employer contributions excluded, and county pay may be lower.' },
        { title: '国家统计局 2022年城镇非私营单位就业人员年平均工资', titleEn: 'NBS, 2022 average wage in urban non-private units', where: 'shanshicn.com/zhiku/info.aspx?itemid=7951', quote: '卫生和社会工作 | 135222' },
        'sourced_unverified',
      ),
    }),
  }),
} satisfies { [K in ParameterId]: Parameter };

export type Parameters = typeof parameters;
export const parameterList: readonly Parameter[] = Object.values(parameters);
export const countyParameters = parameterList.filter((p): p is CountyParameter => p.scope === 'county');
export const resourceParameters = parameterList.filter((p): p is ResourceParameter => p.scope === 'resource');
export const costParameters = parameterList.filter((p): p is CostParameter => p.scope === 'scenario');

/** A value in model units as a control shows it (a share as a percentage). */
export const toDisplay = (p: Parameter, value: number) => value * p.display.scale;
export const fromDisplay = (p: Parameter, shown: number) => shown / p.display.scale;
