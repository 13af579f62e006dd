// Defaults the plans do not give, from national statistics and the literature (see
// ../shared/design/FACTS.md). Each carries its source and a range for Monte Carlo and the tornado.
// County-level series were not found: national values stand in, marked as assumptions.

export interface SourcedDefault {
  value: number;
  /** plausible range for uncertainty and sensitivity runs */
  low: number;
  high: number;
  source: { title: string; where: string; quote?: string };
  status: 'sourced' | 'sourced_unverified' | 'reasoned';
  /** why the value (and its range) is reasonable */
  note: { zh: string; en: string };
}

/** National crude birth rate, ‰, by year (NBS communiqués via news copies). */
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

export const birthRateDefault: SourcedDefault = {
  value: 6.77,
  low: 5.5,
  high: 8.5,
  source: { title: '国家统计局 统计公报 2024 (news copy)', where: 'm.bbnews.cn/p/89164.html', quote: '全年出生人口954万人,人口出生率为6.77‰' },
  status: 'sourced_unverified',
  note: {
    zh: '县级出生率未见公开数据，采用全国2024年出生率；区间覆盖2023年全国最低值(6.39‰)下方到2020年(8.52‰)。',
    en: 'No county birth rates were found; the national 2024 rate stands in. The range spans below the 2023 national low (6.39‰) up to 2020 (8.52‰).',
  },
};

export const deathRateDefault: SourcedDefault = {
  value: 7.87,
  low: 6.5,
  high: 9.5,
  source: { title: '国家统计局 人口数据 (news copy)', where: 'kjkxun.com/biz/67746.html', quote: '2023年我国人口出生率6.39%,人口死亡率7.87%' },
  status: 'sourced_unverified',
  note: {
    zh: '采用全国2023年死亡率；老龄化程度高的县（如山海关区65岁以上占17.8%）可能更高，故区间偏上。',
    en: 'National 2023 death rate; older counties (Shanhaiguan: 17.8 % aged 65+) may be higher, hence a range skewed upwards.',
  },
};

export const netMigrationDefault: SourcedDefault = {
  value: 0,
  low: -8,
  high: 4,
  source: { title: 'assumption', where: 'FACTS.md §1: 山海关区 16.5万 (2020) → 16.2万 (2022)' },
  status: 'reasoned',
  note: {
    zh: '规划未给出迁移数据，默认无净迁移。山海关区2020—2022年常住人口减少约1.8%，显示县域可能净流出，故区间以流出为主。',
    en: 'The plans give no migration; the default is none. Shanhaiguan lost about 1.8 % of residents 2020–2022, so the range leans towards out-migration.',
  },
};

/** National infant and under-5 mortality, ‰ (2023), for counties whose plan states neither. */
export const infantMortalityDefault: SourcedDefault = {
  value: 4.5,
  low: 2,
  high: 7,
  source: { title: '2023 卫生健康事业发展统计公报 (reported)', where: 'FACTS.md has no row: national figure as commonly reported for 2023' },
  status: 'reasoned',
  note: { zh: '全国婴儿死亡率约4.5‰(2023)；各县以规划所列本县数字优先。', en: 'National infant mortality about 4.5‰ (2023); a county’s own figure from its plan is used first.' },
};
export const under5MortalityDefault: SourcedDefault = {
  value: 6.2,
  low: 3,
  high: 9,
  source: { title: '2023 卫生健康事业发展统计公报 (reported)', where: 'FACTS.md has no row: national figure as commonly reported for 2023' },
  status: 'reasoned',
  note: { zh: '全国5岁以下儿童死亡率约6.2‰(2023)。', en: 'National under-5 mortality about 6.2‰ (2023).' },
};

export const nurseAttritionDefault: SourcedDefault = {
  value: 0.0215,
  low: 0.015,
  high: 0.05,
  source: { title: '中华护理杂志 2020;55(2)', where: 'zh.zhhlzzs.com/CN/Y2020/V55/I2/198', quote: '2017年中国护士离职率为2.15%' },
  status: 'sourced',
  note: {
    zh: '2017年全国护士离职率2.15%；部分民营医院超过10%，上限取5%。',
    en: 'National nurse turnover 2.15 % (2017); some private hospitals exceed 10 %, so the high end is 5 %.',
  },
};

export const doctorAttritionDefault: SourcedDefault = {
  value: 0.03,
  low: 0.016,
  high: 0.044,
  source: { title: 'Physician turnover in China, 2011–2021 (Human Resources for Health, mirror)', where: 'afnnews.qaasid.com/103947', quote: 'the national annual physician turnover rate increased from 1.6 to 4.4%' },
  status: 'sourced_unverified',
  note: {
    zh: '医师流动率由1.6%(2011)升至4.4%(2021)，其中含系统内调动，取中值3%作默认。',
    en: 'Physician turnover rose from 1.6 % (2011) to 4.4 % (2021), including moves within the system; 3 % is the default.',
  },
};

export const admissionRateDefault: SourcedDefault = {
  value: 0.2,
  low: 0.176,
  high: 0.214,
  source: { title: '2023 卫生健康事业发展统计公报 (mirror) + NBS population', where: 'FACTS.md §3', quote: '年住院率由2017年的17.6%增加到18.2%' },
  status: 'sourced_unverified',
  note: {
    zh: '全国年住院率2017年17.6%、2018年18.2%，2023年约21.4%（3.02亿出院人次÷14.1亿人）。',
    en: 'National admissions per resident: 17.6 % (2017), 18.2 % (2018), about 21.4 % in 2023 (302 M discharges ÷ 1.41 bn).',
  },
};

export const averageStayDefault: SourcedDefault = {
  value: 8.8,
  low: 8.0,
  high: 9.5,
  source: { title: '2023 卫生健康事业发展统计公报 (mirror)', where: '125.65.46.38/down/363453869.phtml', quote: '医院出院患者平均住院日为8.8日' },
  status: 'sourced_unverified',
  note: { zh: '全国医院2023年平均住院日8.8日；2021年9.2日。', en: 'National hospital average stay 8.8 days (2023); 9.2 in 2021.' },
};

export const targetOccupancyDefault: SourcedDefault = {
  value: 0.85,
  low: 0.75,
  high: 0.9,
  source: { title: 'Hill–Burton planning norm', where: 'woyaojiankangwang.com/Medicalequipment/vxkksshgnb.html', quote: 'Hill--Burton program…has long used an 85 percent bed occupancy rate' },
  status: 'sourced',
  note: {
    zh: '规划常用85%目标使用率；全国医院2023年实际79.4%、公立医院86.0%。',
    en: 'The planning norm is 85 % occupancy; Chinese hospitals ran at 79.4 % in 2023 (public hospitals 86.0 %).',
  },
};

export const childcareDemandShareDefault: SourcedDefault = {
  value: 1 / 3,
  low: 0.12,
  high: 0.35,
  source: { title: 'People’s Daily (English), 2021-07-22', where: 'en.people.cn/n3/2021/0722/c90000-9875444.html', quote: 'one-third of them have strong demand' },
  status: 'sourced',
  note: {
    zh: '约三分之一的3岁以下婴幼儿家庭有较强入托需求；2025年实际入托率约12%，意愿35%。',
    en: 'About a third of under-3 families want a place; actual enrolment was about 12 % in 2025 against 35 % wanting it.',
  },
};

/** Recent national gain of each measure per 1000 residents, a year (FACTS.md §2): the "trend" path.
 * Linear, not compound: a county starting high should not be assumed to grow at the rate of a low national base. */
export const nationalGainPer1000PerYear: Readonly<Record<string, SourcedDefault>> = {
  beds: {
    value: (7.23 - 6.46) / 3,
    low: 0.1,
    high: 0.4,
    source: { title: '国家卫生健康统计 (news copy)', where: 'gilin.com.cn/news/12397395', quote: '每千人口医疗卫生机构床位数从2020年的6.46张增加到2023年的7.23张' },
    status: 'sourced_unverified',
    note: { zh: '全国每千人口床位2020—2023年每年约增加0.26张。', en: 'National beds per 1000 rose by about 0.26 a year, 2020–2023.' },
  },
  doctors: {
    value: (3.4 - 2.9) / 3,
    low: 0.08,
    high: 0.25,
    source: { title: '2023 卫生健康事业发展统计公报 (mirror); tibet.cn 2023-11-02', where: '125.65.46.38/down/363453869.phtml', quote: '执业(助理)医师3.40人' },
    status: 'sourced_unverified',
    note: { zh: '全国每千人口执业（助理）医师由2.90(2020)增至3.40(2023)，每年约增加0.17人。', en: 'National doctors per 1000 rose from 2.90 (2020) to 3.40 (2023), about 0.17 a year.' },
  },
  nurses: {
    value: (4.0 - 3.34) / 3,
    low: 0.1,
    high: 0.33,
    source: { title: '2023 卫生健康事业发展统计公报 (mirror)', where: '125.65.46.38/down/363453869.phtml', quote: '注册护士4.00人' },
    status: 'sourced_unverified',
    note: { zh: '全国每千人口注册护士由3.34(2020)增至4.00(2023)，每年约增加0.22人。', en: 'National nurses per 1000 rose from 3.34 (2020) to 4.00 (2023), about 0.22 a year.' },
  },
  gps: {
    value: (3.99 - 2.9) / 10 / 3,
    low: 0.018,
    high: 0.055,
    source: { title: '2023 卫生健康事业发展统计公报 (mirror)', where: '125.65.46.38/down/363453869.phtml', quote: '全科医生3.99人' },
    status: 'sourced_unverified',
    note: { zh: '全国每万人口全科医生由2.9(2020)增至3.99(2023)，每年约增加0.36人（每千人0.036人）。', en: 'National GPs per 10,000 rose from 2.9 (2020) to 3.99 (2023), about 0.36 a year (0.036 per 1000).' },
  },
  childcare_slots: {
    value: (4.08 - 2.03) / 3,
    low: 0.3,
    high: 1.0,
    source: { title: 'China Daily 2025-08-22 (mirror); 澎湃 (mirror)', where: 'm.512aiai.com/a/202508/22/WS68a7c03ea310851ffdb4f742.html', quote: 'the number of nursery care places per 1,000 people had reached 4.08' },
    status: 'sourced_unverified',
    note: { zh: '全国每千人口托位由2.03(2021)增至4.08(2024)，每年约增加0.68个。', en: 'National childcare places per 1000 rose from 2.03 (2021) to 4.08 (2024), about 0.68 a year.' },
  },
};

/** Capital cost of one new bed, 万元: Pingshan's own project, 10,000万元 for 450 new beds. */
export const bedCapitalCost10kYuanDefault: SourcedDefault = {
  value: 10000 / 450,
  low: 15,
  high: 40,
  source: { title: '平山县“十四五”医疗卫生服务体系规划 专栏4', where: 'seeds/plans/001_eeeb595e0e53ade5.txt', quote: '规划总投资10000万元，建筑面积21000平方米，新增床位450张' },
  status: 'sourced',
  note: {
    zh: '平山县医院提标扩能项目每张新增床位约22.2万元（含建筑与设备）；中山医院二期6亿元未写明床位数，不计。',
    en: 'Pingshan County Hospital’s expansion costs about 222,000 yuan per new bed (building and equipment); Zhongshan Hospital phase II (600 M yuan) gives no bed count and is not used.',
  },
};

/** Yearly cost of one health worker, 万元: the 2022 average wage in health and social work. */
export const staffYearlyCost10kYuanDefault: SourcedDefault = {
  value: 13.5222,
  low: 9,
  high: 20,
  source: { title: '国家统计局 2022年城镇非私营单位就业人员年平均工资 (copy)', where: 'shanshicn.com/zhiku/info.aspx?itemid=7951', quote: '卫生和社会工作 | 135222' },
  status: 'sourced_unverified',
  note: {
    zh: '2022年卫生和社会工作行业城镇非私营单位年平均工资135,222元；未含单位社保缴费，县级水平可能较低，故区间较宽。',
    en: 'Average 2022 wage in health and social work (non-private units): 135,222 yuan; employer contributions excluded and county pay may be lower, hence a wide range.',
  },
};

/** Capital cost of one new childcare place, 万元. */
export const childcareSlotCost10kYuanDefault: SourcedDefault = {
  value: 2,
  low: 1,
  high: 5,
  source: { title: 'assumption', where: 'no published unit cost found' },
  status: 'reasoned',
  note: {
    zh: '未找到托位建设单价的公开来源；按约2万元/托位估计（场地改造与设施），区间1—5万元，可修改。',
    en: 'No published unit cost was found; about 20,000 yuan a place (fit-out and equipment) is assumed, range 10,000–50,000, changeable.',
  },
};
