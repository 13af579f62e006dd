// Each county's residents by age in 2020: the shares of the broad bands (0–14, 15–59, 60+, 65+)
// from its own 7th census bulletin where one was found, else its city's or province's (marked as an
// assumption), and within each band the single-year, by-sex shape of the national census.
import type { Bilingual, Provenance } from './seedSchema.ts';
import { ages, birthsBy2020Age, census2020FiveYear, nationalBands2020, nationalBandsSource, openAge } from './demography.ts';

/** shares of all residents, 0–1 */
export interface BandShares {
  under15: number;
  age15to59: number;
  age60plus: number;
  age65plus: number;
}

const sourced = (note: Bilingual, title: string, titleEn: string, where: string, quote: string, status: 'sourced_unverified' | 'reasoned'): Provenance => ({ kind: 'assumption', note, source: { title, titleEn, where, quote }, status });

const pct = (under15: number, age15to59: number, age60plus: number, age65plus: number): BandShares => ({ under15: under15 / 100, age15to59: age15to59 / 100, age60plus: age60plus / 100, age65plus: age65plus / 100 });

/** Provinces in table 5-2 of census bulletin No. 5 */
const province = {
  hebei: pct(20.22, 59.92, 19.85, 13.92),
  anhui: pct(19.24, 61.96, 18.79, 15.01),
  gansu: pct(19.4, 63.57, 17.03, 12.58),
  shandong: pct(18.78, 60.32, 20.9, 15.13),
};
const provinceNames = { hebei: { zh: '河北省', en: 'Hebei' }, anhui: { zh: '安徽省', en: 'Anhui' }, gansu: { zh: '甘肃省', en: 'Gansu' }, shandong: { zh: '山东省', en: 'Shandong' } } as const;
const provinceRows = { hebei: '河 北 20.22 59.92 19.85 13.92', anhui: '安 徽 19.24 61.96 18.79 15.01', gansu: '甘 肃 19.40 63.57 17.03 12.58', shandong: '山 东 18.78 60.32 20.90 15.13' } as const;
const provinceTable = (name: Bilingual, row: string) =>
  sourced(
    { zh: `未找到本县（区）普查公报的年龄构成，采用${name.zh}的比重。`, en: `No age composition was found in the county’s own bulletin; ${name.en}’s shares stand in.` },
    '第七次全国人口普查公报（第五号）表5-2 各地区人口年龄构成',
    '7th census bulletin No. 5, table 5-2: age composition by province',
    'zyrm.com/xingming/news/3968.html',
    row,
    'sourced_unverified',
  );

/** a county that gives 0–14 and 65+ only: 15–64 split between 15–59 and 60–64 as its province splits it */
function withProvinceSplit(under15: number, age65plus: number, p: BandShares): BandShares {
  const working = 1 - under15 - age65plus;
  const provinceWorking = p.age15to59 + (p.age60plus - p.age65plus);
  const age60to64 = (working * (p.age60plus - p.age65plus)) / provinceWorking;
  return { under15, age15to59: working - age60to64, age60plus: age60to64 + age65plus, age65plus };
}

export interface CountyAgeStructure {
  shares: BandShares;
  provenance: Provenance;
}

export const countyAgeStructures: Readonly<Record<string, CountyAgeStructure>> = {
  shanhaiguan: {
    shares: withProvinceSplit(0.1217, 0.178, province.hebei),
    provenance: sourced(
      { zh: '秦皇岛市普查公报所列山海关区：0—14岁占12.17%，65岁及以上占17.8%；15—64岁中60—64岁的比例按河北省。', en: 'Shanhaiguan in the Qinhuangdao census bulletin: 0–14 12.17 %, 65+ 17.8 %; within 15–64, the share aged 60–64 as in Hebei.' },
      '秦皇岛市第七次全国人口普查公报（山海关区）',
      'Qinhuangdao 7th census bulletin (Shanhaiguan District)',
      'psic.org.cn/%20%20%20%20minzu/9333.html',
      '0-14歲占比12.17%…65歲以上占比17.8%',
      'sourced_unverified',
    ),
  },
  pingshan: { shares: province.hebei, provenance: provinceTable(provinceNames.hebei, provinceRows.hebei) },
  xiangshan: {
    shares: withProvinceSplit(0.2036, 0.0922, province.anhui),
    provenance: sourced(
      { zh: '相山区普查公报：0—14岁占20.36%，65岁及以上占9.22%；15—64岁中60—64岁的比例按安徽省。', en: 'Xiangshan’s census bulletin: 0–14 20.36 %, 65+ 9.22 %; within 15–64, the share aged 60–64 as in Anhui.' },
      '相山区第七次全国人口普查公报',
      'Xiangshan District 7th census bulletin',
      'tjgb.hongheiku.com/15266.html',
      '0-14岁人口为117917人,占20.36%…65岁及以上人口为53403人,占9.22%',
      'sourced_unverified',
    ),
  },
  fushan: {
    shares: pct(12.1, 62.22, 25.68, 18.12),
    provenance: sourced(
      { zh: '未找到福山区的年龄构成，采用烟台市普查公报的比重（0—14岁12.10%，15—59岁62.22%，60岁及以上25.68%，65岁及以上18.12%）。', en: 'No age composition was found for Fushan; Yantai’s census shares stand in (0–14 12.10 %, 15–59 62.22 %, 60+ 25.68 %, 65+ 18.12 %).' },
      '烟台市第七次全国人口普查公报',
      'Yantai 7th census bulletin',
      'gkmao.com/news/shuju/1030547.html',
      '0-14岁人口为859498人,占12.10%',
      'sourced_unverified',
    ),
  },
  shandan: { shares: province.gansu, provenance: provinceTable(provinceNames.gansu, provinceRows.gansu) },
};

export const nationalShares: BandShares = {
  under15: nationalBands2020.under15 / nationalBands2020.total,
  age15to59: nationalBands2020.age15to59 / nationalBands2020.total,
  age60plus: nationalBands2020.age60plus / nationalBands2020.total,
  age65plus: nationalBands2020.age65plus / nationalBands2020.total,
};

/** a county the simulator has no census figures for (an imported plan): the nation's shares */
export const nationalAgeStructure: CountyAgeStructure = {
  shares: nationalShares,
  provenance: { ...nationalBandsSource, note: { zh: '没有本县（区）的普查年龄构成，采用全国比重。', en: 'No census age composition for this county; the nation’s shares stand in.' } } as Provenance,
};

/** The county's own structure; else, for an imported plan, its province's by the name it gives
 * (甘肃省张掖市 → Gansu); else the nation's. */
export function ageStructureOf(county: { id: string; province: Bilingual }): CountyAgeStructure {
  const own = countyAgeStructures[county.id];
  if (own) return own;
  for (const key of Object.keys(provinceNames) as (keyof typeof provinceNames)[]) {
    if (county.province.zh.startsWith(provinceNames[key].zh.slice(0, 2))) return { shares: province[key], provenance: provinceTable(provinceNames[key], provinceRows[key]) };
  }
  return nationalAgeStructure;
}

/** The national census shape by single year and sex: index sex·ages + age (0 men, 1 women). Five-year
 * groups are spread evenly within the group, except 0–4, spread by the births of each year. */
function nationalShape(): Float64Array {
  const shape = new Float64Array(2 * ages);
  const births = birthsBy2020Age.reduce((a, b) => a + b, 0);
  [census2020FiveYear.male, census2020FiveYear.female].forEach((groups, sex) => {
    groups.forEach((count, g) => {
      if (g === groups.length - 1) shape[sex * ages + openAge] = count;
      else for (let i = 0; i < 5; i++) shape[sex * ages + g * 5 + i] = g === 0 ? (count * birthsBy2020Age[i]!) / births : count / 5;
    });
  });
  return shape;
}
const shape = nationalShape();

/** which broad band an age is in: 0 under 15, 1 15–59, 2 60–64, 3 65+ */
const bandOf = (age: number) => (age < 15 ? 0 : age < 60 ? 1 : age < 65 ? 2 : 3);

/** Residents by single year and sex (index sex·ages + age) adding up to `population`, each band
 * holding its share and shaped within as the nation. */
export function residentsByAge(population: number, shares: BandShares): Float64Array {
  const target = [shares.under15, shares.age15to59, shares.age60plus - shares.age65plus, shares.age65plus];
  const sum = target.reduce((a, b) => a + b, 0);
  const inBand = [0, 0, 0, 0];
  for (let i = 0; i < shape.length; i++) inBand[bandOf(i % ages)]! += shape[i]!;
  const out = new Float64Array(2 * ages);
  for (let i = 0; i < shape.length; i++) {
    const b = bandOf(i % ages);
    out[i] = (shape[i]! / inBand[b]!) * (target[b]! / sum) * population;
  }
  return out;
}
