// Values read by hand from each plan's indicator table (line numbers in seeds/plans/), checked
// against the transcribed seeds. If a transcription drifts from the plan, this fails.
import { describe, expect, it } from 'vitest';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import type { Comparator } from '../../src/data/seedSchema.ts';
import { agreedPopulation } from '../../src/engine/audit/agreedPopulation.ts';

const { counties, errors } = loadCountiesFromDisk();
const byId = new Map(counties.map((c) => [c.id, c]));

interface Row {
  county: string;
  id: string;
  baseline: number | null;
  target: number | null;
  comparator?: Comparator;
  binding: boolean;
  /** where in the plan text a reader can check it */
  line: string;
}

const rows: Row[] = [
  // 000 山海关区, table at lines 132–147
  { county: 'shanhaiguan', id: 'beds_per_1000', baseline: 7.0, target: 8.0, binding: false, line: '000:132 每千常住人口医疗卫生机构床位数 (张)	7.0	8.0	预期性' },
  { county: 'shanhaiguan', id: 'doctors_per_1000', baseline: 4.6, target: 4.7, binding: false, line: '000:135' },
  { county: 'shanhaiguan', id: 'nurses_per_1000', baseline: 5.57, target: 6.09, binding: false, line: '000:136' },
  { county: 'shanhaiguan', id: 'gps_per_10k', baseline: 1.9, target: 2.42, binding: true, line: '000:137 每万常住人口全科医生数(人)	1.9	2.42	约束性' },
  { county: 'shanhaiguan', id: 'tcm_doctors_per_1000', baseline: 0.9, target: 0.96, binding: false, line: '000:138' },
  { county: 'shanhaiguan', id: 'childcare_slots_per_1000', baseline: 3.7, target: 4.5, binding: false, line: '000:146 每千人口拥有3岁以下婴幼儿托位数 (个)	3.7	4.50' },
  // 001 平山县, table at lines 60–212
  { county: 'pingshan', id: 'public_health_staff_per_1000', baseline: 0.71, target: 0.83, binding: false, line: '001 每千人口专业公共卫生机构人员数（人）	0.71	0.83' },
  { county: 'pingshan', id: 'beds_per_1000', baseline: 5.24, target: 7.14, binding: false, line: '001 每千人口医疗卫生机构床位数（张）	5.24	7.14' },
  { county: 'pingshan', id: 'doctors_per_1000', baseline: 2.61, target: 2.8, binding: false, line: '001 每千人口执业（助理）医师数（人）	2.61	2.80' },
  { county: 'pingshan', id: 'nurses_per_1000', baseline: 1.9, target: 2.0, binding: false, line: '001 每千人口注册护士数（人）	1.90	2.0' },
  { county: 'pingshan', id: 'pharmacists_per_1000', baseline: 0.19, target: 0.2, binding: false, line: '001 每千人口药师（士）数（人）	0.19	0.20' },
  { county: 'pingshan', id: 'gps_per_10k', baseline: 2.12, target: 4, comparator: '>', binding: true, line: '001 每万人口全科医生数（人）	2.12	＞4	约束性' },
  { county: 'pingshan', id: 'doctor_nurse_ratio', baseline: 0.88, target: 1.12, binding: false, line: '001 医护比	1：0.88	1：1.12' },
  { county: 'pingshan', id: 'tcm_doctors_per_1000', baseline: 0.5, target: 0.67, binding: false, line: '001 每千人口中医类别执业（助理）医师数（人）	0.50	0.67' },
  { county: 'pingshan', id: 'childcare_slots_per_1000', baseline: 0.3, target: 4.5, binding: false, line: '001 每千人口拥有3岁以下婴幼儿托位数（个）	0.30	4.50' },
  // 002 相山区, table at lines 40–190
  { county: 'xiangshan', id: 'doctors_per_1000', baseline: 5, target: 5.9, binding: false, line: '002 每千人口执业（助理）医师数（人）	5	5.90' },
  { county: 'xiangshan', id: 'nurses_per_1000', baseline: 7, target: 7.02, binding: false, line: '002 每千人口注册护士数（人）	7	7.02' },
  { county: 'xiangshan', id: 'pharmacists_per_1000', baseline: 0.6, target: 0.7, binding: false, line: '002 每千人口药师（士）数（人）	0.6	0.7' },
  { county: 'xiangshan', id: 'gps_per_10k', baseline: 2.5, target: 3, binding: true, line: '002 每万人口全科医师数（人）	2.5	3	约束性' },
  { county: 'xiangshan', id: 'public_health_staff_per_10k', baseline: 0.4, target: 0.6, binding: false, line: '002 每万人口公共卫生人员数（人）	0.4	0.6' },
  { county: 'xiangshan', id: 'childcare_slots_per_1000', baseline: 1.7, target: 5.04, binding: false, line: '002 每千人口3岁以下婴幼儿托位数（个）	1.7	5.04' },
  // 003 福山区, table at lines 80–100
  { county: 'fushan', id: 'beds_per_1000', baseline: 4.39, target: 7.5, binding: false, line: '003:88' },
  { county: 'fushan', id: 'childcare_slots_per_1000', baseline: 0.5, target: 4.5, binding: false, line: '003:89' },
  { county: 'fushan', id: 'doctors_per_1000', baseline: 2.6, target: 3.85, binding: false, line: '003:90' },
  { county: 'fushan', id: 'tcm_doctors_per_1000', baseline: 0.55, target: 0.62, binding: false, line: '003:91' },
  { county: 'fushan', id: 'nurses_per_1000', baseline: 2.57, target: 4.05, binding: false, line: '003:92' },
  { county: 'fushan', id: 'pharmacists_per_1000', baseline: 0.31, target: 0.54, binding: true, line: '003:93 每千人口药师（士）数	人	0.31	0.54	约束性' },
  { county: 'fushan', id: 'public_health_staff_per_1000', baseline: 0.54, target: 0.85, binding: false, line: '003:94' },
  { county: 'fushan', id: 'gps_per_10k', baseline: 1.67, target: 4, binding: true, line: '003:95' },
  // 004 山丹县, table at lines 116–138
  { county: 'shandan', id: 'beds_per_1000', baseline: 9.56, target: 9.66, comparator: '>=', binding: true, line: '004:121 每千常住人口医疗机构床位数(张)	9.56	≥9.66	约束性' },
  { county: 'shandan', id: 'doctors_per_1000', baseline: 3.39, target: 3.5, comparator: '>=', binding: false, line: '004:122' },
  { county: 'shandan', id: 'nurses_per_1000', baseline: 4.35, target: 4.5, comparator: '>=', binding: false, line: '004:123' },
  { county: 'shandan', id: 'gps_per_10k', baseline: 3.0, target: 3.3, comparator: '>=', binding: true, line: '004:124' },
];

describe('seeds load', () => {
  it('every seed file passes the schema', () => {
    expect(errors).toEqual([]);
    expect([...byId.keys()].sort()).toEqual(['fushan', 'pingshan', 'shandan', 'shanhaiguan', 'xiangshan']);
  });
});

describe.each(rows)('$county $id (plan line $line)', (row) => {
  it('baseline, target, comparator and nature match the plan', () => {
    const ind = byId.get(row.county)?.indicators.find((i) => i.id === row.id);
    expect(ind, `${row.county} has no ${row.id}`).toBeDefined();
    expect(ind!.baseline?.value ?? null).toBe(row.baseline);
    expect(ind!.baseline?.year).toBe(2020);
    expect(ind!.target?.value ?? null).toBe(row.target);
    expect(ind!.target?.year).toBe(2025);
    expect(ind!.binding).toBe(row.binding);
    expect(ind!.target?.comparator).toBe(row.comparator ?? '>=');
  });
});

describe('populations', () => {
  it('Shanhaiguan: 16.5万 (000:27) is 164,500–165,500; its 2020 counts and ratios narrow it to 165,038–165,397, whose middle is the default', () => {
    const p = byId.get('shanhaiguan')!.population;
    // 760 doctors ÷ 4.60 per 1000 (000:43): 760 ÷ 4.605 … 4.595 = 165,038–165,397, inside 16.5万, 1,156 beds ÷ 7.0 (000:39)
    // and 93 public-health staff ÷ 0.56 (000:43); 914 nurses ÷ 5.57 (163,946–164,241) disagree
    expect(p.value).toBe(Math.round((760 / 4.605 + 760 / 4.595) * 500));
    expect(p.value).toBe(165218);
    expect(p.provenance.kind).toBe('derived');
  });
  it('Pingshan states 423,333 residents (001:26 全县常住人口为423333人)', () => {
    const p = byId.get('pingshan')!.population;
    expect(p.value).toBe(423333);
    expect(p.provenance.kind).toBe('stated');
  });
  it('Shandan: 509 doctors ÷ 3.39, 653 nurses ÷ 4.35 and 477 TCM beds ÷ 3.17 agree on 150,236–150,288 (004:17, 004:41); the default is its middle', () => {
    const p = byId.get('shandan')!.population;
    // the TCM beds set the low end, the nurses the high end
    expect(p.value).toBe(Math.round(((477 / 3.175) * 1000 + (653 / 4.345) * 1000) / 2));
    expect(p.value).toBe(150262);
    expect(p.provenance.kind).toBe('derived');
  });
  it.each(['shanhaiguan', 'shandan'])('%s: the derived default is the agreement the audit computes, and its formula shows the range', (id) => {
    const c = byId.get(id)!;
    const a = agreedPopulation(c)!;
    expect(a.point).toBe(c.population.value);
    const formula = c.population.provenance.kind === 'derived' ? c.population.provenance.formula : '';
    const whole = (n: number) => Math.round(n).toLocaleString('en');
    expect(formula).toContain(`${whole(a.point)}, the middle of ${whole(a.range.lo)}–${whole(a.range.hi)}`);
    expect(a.disagreeing.length).toBe(1);
  });
  it('Xiangshan and Fushan state no population: a marked, sourced assumption (census 2020)', () => {
    expect(byId.get('xiangshan')!.population).toMatchObject({ value: 579101, provenance: { kind: 'assumption' } });
    expect(byId.get('fushan')!.population).toMatchObject({ value: 452553, provenance: { kind: 'assumption' } });
  });
});

describe('no invented targets', () => {
  it('Xiangshan has no bed target and Shandan no childcare target', () => {
    expect(byId.get('xiangshan')!.indicators.find((i) => i.id === 'beds_per_1000')).toBeUndefined();
    expect(byId.get('shandan')!.indicators.find((i) => i.id === 'childcare_slots_per_1000')).toBeUndefined();
  });
});
