// National figures a county is set beside after 2025: what the country reached each year (a
// comparison line on the charts) and the national goals for 2030 (a benchmark where the county has
// entered no 2030 target of its own — shown as the nation's, never as the county's). Every figure
// carries the line it was read from; all are copies of official releases on third-party pages,
// so each is "sourced, not verified against the official page".

export interface FigureSource {
  title: string;
  titleEn: string;
  where: string;
  quote: string;
}

export interface NationalBenchmark {
  /** the indicator ids it is a benchmark for (the same measure, in the indicator's own unit) */
  indicator: string;
  year: 2030;
  value: number;
  /** as the text prints it, for its precision */
  text: string;
  comparator: '>=';
  source: FigureSource;
}

const gpOpinion: FigureSource = {
  title: '国务院办公厅关于改革完善全科医生培养与使用激励机制的意见（国办发〔2018〕3号）',
  titleEn: 'General Office of the State Council: opinions on training and incentives for general practitioners (2018, No. 3)',
  where: 'qiyanwang.com/?p=30101',
  quote: '到2030年……城乡每万名居民拥有5名合格的全科医生',
};

const fifteenthPlan: FigureSource = {
  title: '健康报 2026年3月：“十五五”卫生健康主要目标',
  titleEn: 'Health News, March 2026: main health targets of the 15th Five-Year Plan',
  where: 'jkbayu.com/a/gundongtu/2026/0317/18250.html',
  quote: '每千人口拥有执业医师数3.7人、注册护士数5.1人',
};

/** National 2030 goals that measure what a plan's indicator measures. The 15th plan's 3.7 doctors
 * per 1000 counts 执业医师 only, while every plan here counts 执业(助理)医师 (assistants included):
 * not the same measure, so it is listed in `notComparable` and never judged against. Its
 * 入托率 (+6 points of children in care) is a share of children, not places per 1000: likewise.
 * No national 2030 figure for beds per 1000 was found. */
export const nationalBenchmarks2030: readonly NationalBenchmark[] = [
  { indicator: 'nurses_per_1000', year: 2030, value: 5.1, text: '5.1', comparator: '>=', source: fifteenthPlan },
  { indicator: 'gps_per_10k', year: 2030, value: 5, text: '5', comparator: '>=', source: gpOpinion },
  { indicator: 'gps_per_1000', year: 2030, value: 0.5, text: '0.5', comparator: '>=', source: gpOpinion },
];

export interface NotComparable {
  indicator: string;
  value: number;
  /** why it is not judged against */
  reason: 'licensed_doctors_only' | 'share_of_children';
  source: FigureSource;
}

export const notComparable2030: readonly NotComparable[] = [
  { indicator: 'doctors_per_1000', value: 3.7, reason: 'licensed_doctors_only', source: fifteenthPlan },
  { indicator: 'childcare_slots_per_1000', value: 6, reason: 'share_of_children', source: { ...fifteenthPlan, quote: '3岁以下婴幼儿入托率提高6个百分点' } },
];

export const benchmarkFor = (indicator: string): NationalBenchmark | undefined => nationalBenchmarks2030.find((b) => b.indicator === indicator);

const bulletin2023: FigureSource = {
  title: '2023年我国卫生健康事业发展统计公报',
  titleEn: '2023 Statistical Bulletin on Health Development',
  where: 'm.mucunshu.com/?p=26401',
  quote: '2023年每千人口医疗卫生机构床位达7.23张……每千人口执业(助理)医师3.40人，每千人口注册护士4.00人，每万人口全科医生3.99人',
};
const bulletin2021: FigureSource = {
  title: '2021年我国卫生健康事业发展统计公报',
  titleEn: '2021 Statistical Bulletin on Health Development',
  where: 'm.odtusol.cn/guonei/20220713/1341453.html',
  quote: '每千人口执业(助理)医师3.04人，每千人口注册护士3.56人；每万人口全科医生数为3.08人，每万人口专业公共卫生机构人员6.79人',
};
const bulletin2022: FigureSource = {
  title: '2022年我国卫生健康事业发展统计公报',
  titleEn: '2022 Statistical Bulletin on Health Development',
  where: 'm.itfastcode.com/cn/Instant/culture/202310/t20231012_7500082.html',
  quote: '每千人口执业(助理)医师3.15人 每千人口注册护士3.71人',
};
const bulletin2020: FigureSource = {
  title: '2020年我国卫生健康事业发展统计公报',
  titleEn: '2020 Statistical Bulletin on Health Development',
  where: 'www.sqzimxl.cn/p/282341.html',
  quote: '每千人口医疗卫生机构床位数由2019年6.30张增加到2020年6.46张……每千人口执业(助理)医师2.90',
};
const nbsReport: FigureSource = {
  title: '国家统计局《“十四五”以来社会民生统计报告》（2025年9月28日）',
  titleEn: 'NBS, statistical report on society and livelihoods since the 14th Five-Year Plan (28 September 2025)',
  where: 'gilin.com.cn/news/12397395',
  quote: '每千人口医疗卫生机构床位数从2020年的6.46张增加到2023年的7.23张……每万人口专业公共卫生机构人员从6.56人提高到7.15人',
};
const childcareDaily: FigureSource = {
  title: '中国日报 2025-08-22',
  titleEn: 'China Daily, 22 August 2025',
  where: 'm.512aiai.com/a/202508/22/WS68a7c03ea310851ffdb4f742.html',
  quote: 'the number of nursery care places per 1,000 people had reached 4.08, compared with 2.5 by the end of 2022 and 3.38 by 2023',
};

export interface NationalActual {
  year: number;
  value: number;
  source: FigureSource;
}

/** What the country reached, by indicator (in the indicator's own unit) and year. */
export const nationalActuals: Readonly<Record<string, readonly NationalActual[]>> = {
  beds_per_1000: [
    { year: 2020, value: 6.46, source: bulletin2020 },
    { year: 2023, value: 7.23, source: bulletin2023 },
  ],
  doctors_per_1000: [
    { year: 2020, value: 2.9, source: bulletin2020 },
    { year: 2021, value: 3.04, source: bulletin2021 },
    { year: 2022, value: 3.15, source: bulletin2022 },
    { year: 2023, value: 3.4, source: bulletin2023 },
  ],
  nurses_per_1000: [
    { year: 2021, value: 3.56, source: bulletin2021 },
    { year: 2022, value: 3.71, source: bulletin2022 },
    { year: 2023, value: 4.0, source: bulletin2023 },
  ],
  gps_per_10k: [
    { year: 2021, value: 3.08, source: bulletin2021 },
    { year: 2023, value: 3.99, source: bulletin2023 },
  ],
  public_health_staff_per_10k: [
    { year: 2020, value: 6.56, source: nbsReport },
    { year: 2021, value: 6.79, source: bulletin2021 },
    { year: 2023, value: 7.15, source: nbsReport },
  ],
  childcare_slots_per_1000: [
    { year: 2022, value: 2.5, source: childcareDaily },
    { year: 2023, value: 3.38, source: childcareDaily },
    { year: 2024, value: 4.08, source: childcareDaily },
  ],
};
