import { describe, expect, it } from 'vitest';
import { county as countySchema, type County, type CountyInput } from '../../src/data/seedSchema.ts';
import { auditCounty, movementWords, wordingConflict, type Finding, type FindingFacts } from '../../src/engine/audit/index.ts';
import { findingMessage } from '../../src/i18n/findings.ts';
import { impliedPopulations } from '../../src/engine/audit/population.ts';
import { agreedPopulation } from '../../src/engine/audit/agreedPopulation.ts';
import { populationAgreementMessage } from '../../src/i18n/populationAgreement.ts';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { cleanCounty } from './fixtures/cleanCounty.ts';
import { plausibleRanges } from '../../src/data/plausibleRanges.ts';
import { loadCatalogue } from '../../src/i18n/catalogues.ts';

// the sentences come from both catalogues
await Promise.all([loadCatalogue('zh'), loadCatalogue('en')]);

const parse = (input: CountyInput): County => countySchema.parse(input);
const kinds = (fs: Finding[]) => fs.map((f) => f.kind);
const en = (f: Finding) => findingMessage(f, 'en');
const zh = (f: Finding) => findingMessage(f, 'zh');

// Each finding is checked twice: the facts the engine reports, and the sentences
// findingMessage writes from them in both languages.
describe('plan audit on a synthetic plan', () => {
  /** the one finding of a kind */
  const only = <K extends Finding['kind']>(fs: Finding[], kind: K) => {
    const found = fs.filter((f) => f.kind === kind);
    expect(found).toHaveLength(1);
    const f = found[0]!;
    if (f.facts.kind !== kind) throw new Error(`facts of a ${kind} finding are ${f.facts.kind}`);
    return { ...f, facts: f.facts as Extract<FindingFacts, { kind: K }> };
  };

  it('finds nothing in a consistent plan', () => {
    expect(auditCounty(parse(cleanCounty()))).toEqual([]);
  });

  it('finds a total that is not the sum of its parts (figures)', () => {
    const c = cleanCounty();
    c.figures!.find((f) => f.id === 'beds_a_2020')!.value = 650;
    const found = auditCounty(parse(c));
    expect(kinds(found)).toContain('sum_mismatch');
    const f = only(found, 'sum_mismatch');
    expect(en(f)).toContain('650 + 400 = 1,050');
    expect(f.facts).toEqual({ kind: 'sum_mismatch', label: { zh: '床位', en: 'Beds' }, side: null, year: 2020, total: 1000, parts: [650, 400], partsSum: 1050 });
    expect(en(f)).toBe('Beds (2020) is 1,000, but its parts add up to 650 + 400 = 1,050.');
    expect(zh(f)).toBe('床位（2020年）为 1,000，但各分项之和为 650 + 400 = 1,050。');
  });

  it('finds table sub-rows that do not add up, beyond rounding only', () => {
    const c = cleanCounty();
    c.indicators.find((i) => i.id === 'beds_hospitals_per_1000')!.baseline = { year: 2020, value: 4.21, text: '4.21' };
    // 4.21 + 0.8 = 5.01 is within the rounding of "5.0" (4.95–5.05) and "0.8" (0.75–0.85): no finding.
    expect(kinds(auditCounty(parse(c)))).not.toContain('sum_mismatch');
    c.indicators.find((i) => i.id === 'beds_hospitals_per_1000')!.baseline = { year: 2020, value: 3.9, text: '3.9' };
    const f = only(auditCounty(parse(c)), 'sum_mismatch');
    expect(f.facts).toMatchObject({ side: 'baseline', year: 2020, total: 5, parts: [3.9, 0.8] });
    expect(en(f)).toBe('Beds per 1000 baseline (2020) is 5, but its parts add up to 3.9 + 0.8 = 4.7.');
    expect(zh(f)).toBe('每千人口床位数基期值（2020年）为 5，但各分项之和为 3.9 + 0.8 = 4.7。');
  });

  it('finds parts that add up to more than the total they are counted in', () => {
    const c = cleanCounty();
    c.figures!.find((f) => f.id === 'nurses_2020')!.value = 701;
    const found = auditCounty(parse(c));
    expect(kinds(found)).toEqual(['parts_exceed_total']);
    const f = only(found, 'parts_exceed_total');
    expect(f.facts).toEqual({
      kind: 'parts_exceed_total', label: { zh: '卫生技术人员', en: 'Health workers' }, side: null, year: 2020, total: 1200,
      parts: [{ label: { zh: '执业医师', en: 'Doctors' }, value: 500 }, { label: { zh: '注册护士', en: 'Nurses' }, value: 701 }], partsSum: 1201,
    });
    expect(f.refs).toEqual(['health_workers_2020', 'doctors_2020', 'nurses_2020']);
    expect(en(f)).toBe('Health workers (2020) is 1,200, yet the parts it includes add up to more: Doctors 500 + Nurses 701 = 1,201.');
    expect(zh(f)).toBe('卫生技术人员（2020年）为 1,200，但其中所含分项之和已超过它：执业医师 500 + 注册护士 701 = 1,201。');
    // exactly the total is fine: parts need not be all of it, but may be
    c.figures!.find((f) => f.id === 'nurses_2020')!.value = 700;
    expect(auditCounty(parse(c))).toEqual([]);
  });

  it('compares parts in the total\'s unit and beyond rounding, and never against a floor', () => {
    const c = cleanCounty();
    const rows = c.indicators;
    // beds per 1000 "5.0" includes the hospitals' "4.2" and 10 per 10,000 (1.0 per 1000):
    // 4.15 + 0.95 = 5.1 at the least is above 5.05, the most "5.0" can be
    rows.find((i) => i.id === 'beds_per_1000')!.includes = ['beds_hospitals_per_1000', 'beds_norm_2020'];
    c.figures!.push({ id: 'beds_norm_2020', metric: 'beds_norm', label: { zh: '某类床位', en: 'Some beds' }, unit: { zh: '张', en: 'beds' }, year: 2020, value: 10, perCapitaBase: 10000, provenance: { kind: 'stated', seed: c.plan.seed, quote: '每万人口10张' } });
    const f = only(auditCounty(parse(c)), 'parts_exceed_total');
    expect(f.facts).toMatchObject({ side: 'baseline', year: 2020, total: 5 });
    expect(f.facts.partsSum).toBeCloseTo(5.2, 12);
    expect(f.facts.parts.map((p) => p.value)).toEqual([4.2, 1]);
    // "8.4" per 10,000: 4.15 + 0.835 = 4.985 at the least, within "5.0" — no finding
    c.figures!.find((x) => x.id === 'beds_norm_2020')!.value = 8.4;
    c.figures!.find((x) => x.id === 'beds_norm_2020')!.provenance = { kind: 'stated', seed: c.plan.seed, quote: '每万人口8.4张' };
    expect(kinds(auditCounty(parse(c)))).not.toContain('parts_exceed_total');
    // the target "≥ 6.0" is a floor: hospitals "≥ 5.1" plus primary "≥ 0.9" exceeding it meet it
    rows.find((i) => i.id === 'beds_per_1000')!.includes = ['beds_hospitals_per_1000', 'beds_primary_per_1000'];
    rows.find((i) => i.id === 'beds_hospitals_per_1000')!.target!.value = 5.6;
    rows.find((i) => i.id === 'beds_hospitals_per_1000')!.target!.text = '5.6';
    delete rows.find((i) => i.id === 'beds_per_1000')!.sumOf;
    expect(kinds(auditCounty(parse(c)))).not.toContain('parts_exceed_total');
  });

  it('finds a ratio target its component targets cannot meet', () => {
    const c = cleanCounty();
    // nurses 3.3 / doctors 3.0 = 1.1 < 1:1.2
    c.indicators.find((i) => i.id === 'nurses_per_1000')!.target = { year: 2025, value: 3.3, comparator: '>=', text: '3.3' };
    const f = only(auditCounty(parse(c)), 'ratio_target_conflict');
    expect(en(f)).toContain('1:1.1');
    expect(f.refs).toEqual(['doctor_nurse_ratio', 'nurses_per_1000', 'doctors_per_1000']);
    expect(f.facts).toMatchObject({
      side: 'target', year: 2025, text: '1:1.2', value: 1.2, bound: 'lower',
      numerator: { label: { en: 'Nurses per 1000' }, text: '3.3' }, denominator: { label: { en: 'Doctors per 1000' }, text: '3.0' },
    });
    expect(f.facts.impliedPoint).toBeCloseTo(1.1, 12);
    // 3.25–3.35 nurses over 2.95–3.05 doctors
    expect(f.facts.implied.lo).toBeCloseTo(3.25 / 3.05, 12);
    expect(f.facts.implied.hi).toBeCloseTo(3.35 / 2.95, 12);
    expect(en(f)).toBe('Doctor:nurse ratio target (2025) is "1:1.2" (at least 1:1.2), but Nurses per 1000 (3.3) over Doctors per 1000 (3.0) gives 1:1.1 (1:1.07–1.14 allowing for rounding).');
    expect(zh(f)).toBe('医护比目标值（2025年）为“1:1.2”（不低于 1:1.2），但由每千人口护士数（3.3）与每千人口医师数（3.0）算得 1:1.1（按四舍五入范围 1:1.07–1.14）。');
  });

  it('finds a target restated with another value', () => {
    const c = cleanCounty();
    c.indicators[0]!.restatements = [{ of: 'target', year: 2025, value: 6.5, source: { seed: c.plan.seed, quote: '床位数达到6.5张' } }];
    const found = auditCounty(parse(c));
    expect(kinds(found)).toEqual(['restated_differently']);
    const f = only(found, 'restated_differently');
    expect(f.facts).toEqual({ kind: 'restated_differently', variant: 'cell_value', label: c.indicators[0]!.label, side: 'target', tableText: '6.0', tableYear: 2025, value: 6.5, comparator: null, year: 2025 });
    expect(en(f)).toBe('Beds per 1000: target stated twice differently: the table gives "6.0" (2025) but elsewhere the plan says 6.5 (2025).');
    // a restated bound keeps its sign
    c.indicators[0]!.restatements[0]!.comparator = '>=';
    expect(en(only(auditCounty(parse(c)), 'restated_differently'))).toContain('elsewhere the plan says ≥ 6.5 (2025)');
  });

  it('a restated bound that the table\'s value meets is no contradiction (控制在…以下 of a year with none)', () => {
    const c = cleanCounty();
    const mm = c.indicators.find((i) => i.id === 'maternal_mortality_per_100k')!;
    // the table's baseline 10 is below "11.91 or less": both hold
    mm.restatements = [{ of: 'baseline', year: 2020, value: 11.91, comparator: '<=', source: { seed: c.plan.seed, quote: '孕产妇死亡率控制在11.91/10万以下' } }];
    expect(auditCounty(parse(c))).toEqual([]);
    // a bound the baseline breaks beyond rounding is one: "10" is 9.5 at the least, "8" 8.5 at the most
    mm.restatements[0]!.value = 8;
    mm.restatements[0]!.source.quote = '孕产妇死亡率控制在8/10万以下';
    const f = only(auditCounty(parse(c)), 'restated_differently');
    expect(f.facts).toMatchObject({ variant: 'cell_comparator', side: 'baseline', tableText: '10', comparator: '<=', value: 8 });
    // a plain number still has to match
    delete mm.restatements[0]!.comparator;
    expect(only(auditCounty(parse(c)), 'restated_differently').facts).toMatchObject({ variant: 'cell_value', value: 8, comparator: null });
  });

  it('finds a target restated as a change from the baseline that the table\'s value is not (提高5个百分点)', () => {
    const c = cleanCounty();
    const beds = c.indicators.find((i) => i.id === 'beds_per_1000')!;
    // baseline 5.0 + 1 = 6.0: agrees with the table's 6.0
    beds.restatements = [{ of: 'target', year: 2025, value: 6, comparator: '>=', change: 1, source: { seed: c.plan.seed, quote: '床位数提高1张' } }];
    expect(auditCounty(parse(c))).toEqual([]);
    // + 2 = 7.0 (4.95 + 1.5 = 6.45 at the least, above 6.05): the table's 6.0 is not it
    beds.restatements = [{ of: 'target', year: 2025, value: 7, comparator: '>=', change: 2, source: { seed: c.plan.seed, quote: '床位数提高2张' } }];
    const f = only(auditCounty(parse(c)), 'restated_differently');
    expect(f.facts).toEqual({ kind: 'restated_differently', variant: 'cell_change', label: beds.label, side: 'target', tableText: '6.0', tableYear: 2025, baselineText: '5.0', change: 2, value: 7, year: 2025 });
    expect(en(f)).toBe('Beds per 1000: target stated twice differently: the table gives "6.0" (2025) but elsewhere the plan says +2 from the baseline 5.0, that is 7 (2025).');
    expect(zh(f)).toBe('每千人口床位数的目标值前后不一：表中为“6.0”（2025年），正文另处写作在基期值 5.0 基础上 +2，即 7（2025年）。');
  });

  it('finds a target restated as bounding the other way', () => {
    const c = cleanCounty();
    c.indicators[0]!.restatements = [{ of: 'target', year: 2025, value: 6, comparator: '<=', source: { seed: c.plan.seed, quote: '床位数不超过6张' } }];
    const f = only(auditCounty(parse(c)), 'restated_differently');
    expect(f.facts).toMatchObject({ variant: 'cell_comparator', tableText: '6.0', comparator: '<=', value: 6, quote: '床位数不超过6张' });
    expect(en(f)).toBe('Beds per 1000: target stated twice differently: the table reads "6.0" but elsewhere the plan words it as ≤ 6.');
    expect(zh(f)).toBe('每千人口床位数的目标值前后不一：表中为“6.0”，正文另处为 ≤ 6（“床位数不超过6张”）。');
  });

  it('finds the same figure stated twice with different values', () => {
    const c = cleanCounty();
    c.figures!.push({ ...c.figures![0]!, id: 'population_2020_again', value: 230000, provenance: { kind: 'stated', seed: c.plan.seed, quote: '常住人口23万人' } });
    const found = auditCounty(parse(c));
    expect(kinds(found)).toContain('restated_differently');
    const f = only(found, 'restated_differently');
    expect(f.facts).toEqual({ kind: 'restated_differently', variant: 'figures', label: { zh: '常住人口', en: 'Population' }, year: 2020, values: [200000, 230000] });
    expect(zh(f)).toBe('常住人口（2020年）两处数字不同：200,000 与 230,000。');
  });

  it('accepts a rounded restatement of an exact figure (16.5万 vs 164,989)', () => {
    const c = cleanCounty();
    c.figures![0] = { ...c.figures![0]!, value: 165000, provenance: { kind: 'stated', seed: c.plan.seed, quote: '常住人口16.5万人' } };
    c.figures!.push({ ...c.figures![0]!, id: 'census', value: 164989, provenance: { kind: 'stated', seed: c.plan.seed, quote: '常住人口为164989人' } });
    c.population.value = 165000;
    // doctors 500 at 2.5 per 1000 imply 200,000 — change it so that only the rounding question remains
    c.figures!.find((f) => f.id === 'doctors_2020')!.value = 412;
    const found = auditCounty(parse(c));
    expect(found.filter((f) => f.kind === 'restated_differently')).toEqual([]);
  });

  it('finds wording that contradicts the printed sign', () => {
    expect(wordingConflict('控制在≥10以下')).toBe(true);
    expect(wordingConflict('≤12')).toBe(false);
    expect(wordingConflict('保持在 90以上')).toBe(false);
    expect(wordingConflict('≥ 不超过5')).toBe(true);
    expect(wordingConflict('不超过5')).toBe(false);
    const c = cleanCounty();
    c.indicators.find((i) => i.id === 'maternal_mortality_per_100k')!.target = { year: 2025, value: 12, comparator: '>=', text: '≥12以下' };
    const found = auditCounty(parse(c));
    expect(kinds(found)).toEqual(['comparator_wording']);
    const f = only(found, 'comparator_wording');
    expect(f.facts).toEqual({ kind: 'comparator_wording', label: { zh: '孕产妇死亡率', en: 'Maternal mortality' }, side: 'target', text: '≥12以下' });
    expect(zh(f)).toBe('孕产妇死亡率的目标值“≥12以下”：文字与符号方向相反（一为上限，一为下限）。');
  });

  it('reads which way a statement\'s words move a value', () => {
    expect(movementWords('重大慢病过早死亡率降低到14%以下')).toBe('fall');
    expect(movementWords('成人吸烟率持续降低，到2025年力争低于19%')).toBe('fall');
    expect(movementWords('每千人口药师（士）数增长到0.20人')).toBe('rise');
    expect(movementWords('保持在 90以上')).toBe('keep');
    expect(movementWords('孕产妇系统管理率巩固在 90%以上')).toBe('keep');
    expect(movementWords('每千人口注册护士数达到4.05人')).toBeNull();
  });

  it('finds a target that moves against its own words or keeps a level never reached, beyond the baseline\'s rounding', () => {
    const c = cleanCounty();
    const mm = c.indicators.find((i) => i.id === 'maternal_mortality_per_100k')!;
    const say = (value: number, quote: string, comparator: '<=' | '>=' = '<=') => {
      mm.restatements = [{ of: 'target', year: 2025, value, comparator, source: { seed: c.plan.seed, quote } }];
      return auditCounty(parse(c)).filter((f) => f.kind === 'target_direction');
    };
    // "降低到12以下" of a baseline printed "10" (9.5–10.5): the cap 12 is above it
    const [fall] = say(12, '孕产妇死亡率降低到12/10万以下');
    expect(fall!.facts).toEqual({
      kind: 'target_direction', variant: 'fall_above_baseline', label: mm.label, text: '孕产妇死亡率降低到12/10万以下', value: 12, year: 2025, baselineText: '10', baselineYear: 2020,
    });
    expect(fall!.quotes.map((q) => q.quote)).toEqual([mm.source.quote, '孕产妇死亡率降低到12/10万以下']);
    expect(en(fall!)).toBe('Maternal mortality: "孕产妇死亡率降低到12/10万以下" (2025) says it should fall, yet 12 is above the 2020 baseline 10.');
    expect(zh(fall!)).toBe('孕产妇死亡率：“孕产妇死亡率降低到12/10万以下”（2025年）要求下降，但 12 高于2020年基期值 10。');
    // a cap at 10.5, within the rounding of "10", and one below the baseline say nothing against it
    expect(say(10.5, '孕产妇死亡率降低到10.5/10万以下')).toEqual([]);
    expect(say(8, '孕产妇死亡率降低到8/10万以下')).toEqual([]);
    // "提高到9" of the same baseline
    expect(say(9, '孕产妇死亡率提高到9/10万', '>=').map((f) => f.facts)).toMatchObject([{ variant: 'rise_below_baseline', value: 9 }]);
    mm.restatements = [];
    // "保持在 6.0以上" of beds that were 5.0 in 2020
    c.indicators.find((i) => i.id === 'beds_per_1000')!.target = { year: 2025, value: 6, comparator: 'keep>=', text: '保持在 6.0以上' };
    const keep = only(auditCounty(parse(c)), 'target_direction');
    expect(keep.facts).toMatchObject({ variant: 'keep_not_reached', text: '保持在 6.0以上', value: 6, baselineText: '5.0' });
    expect(en(keep)).toBe('Beds per 1000: "保持在 6.0以上" (2025) says to keep it at 6 or above, but the 2020 baseline 5.0 has not reached 6.');
    c.indicators.find((i) => i.id === 'beds_per_1000')!.target = { year: 2025, value: 5, comparator: 'keep>=', text: '保持在 5以上' };
    expect(kinds(auditCounty(parse(c)))).not.toContain('target_direction');
  });

  it('finds a value outside the national range for a county, beyond rounding, and says when ×10 would fit', () => {
    const c = cleanCounty();
    const doctors = c.indicators.find((i) => i.id === 'doctors_per_1000')!;
    // national 2.90 per 1000 (2020): a county has a quarter to four times that, 0.725–11.6
    doctors.baseline = { year: 2020, value: 0.7, text: '0.7' };
    expect(kinds(auditCounty(parse(c)))).not.toContain('implausible_value'); // "0.7" may be 0.75
    doctors.baseline = { year: 2020, value: 0.25, text: '0.25' };
    const f = only(auditCounty(parse(c)), 'implausible_value');
    expect(f.facts).toMatchObject({ variant: 'national_range', cells: [{ side: 'baseline', year: 2020, text: '0.25', value: 0.25 }], national: { value: 2.9, year: 2020 }, rescaledBy: 10 });
    if (f.facts.variant !== 'national_range') throw new Error('variant');
    expect(f.facts.range.lo).toBeCloseTo(2.9 / 4, 12);
    expect(f.facts.range.hi).toBeCloseTo(2.9 * 4, 12);
    expect(en(f)).toBe('Doctors per 1000: baseline 0.25 (2020) — outside 0.73–11.6, the plausible range for a county (national 2.9 in 2020); × 10 it would be inside (a unit slip?).');
    expect(zh(f)).toBe('每千人口医师数：基期值 0.25（2020年），超出县域合理范围 0.73–11.6（全国2020年为 2.9）；若 ×10 则在范围内，疑为单位误写。');
    // a per-10,000 row is compared after converting: 2.5 per 10,000 doctors is 0.25 per 1000
    c.indicators.push({ ...doctors, id: 'gps_per_10k', label: { zh: '每万人口全科医生数', en: 'GPs per 10,000' }, perCapitaBase: 10000, baseline: { year: 2020, value: 30, text: '30' }, target: null });
    doctors.baseline = { year: 2020, value: 2.5, text: '2.5' };
    // national GPs 2.9 per 10,000: 30 is above 11.6, and × 0.1 would bring it inside
    expect(only(auditCounty(parse(c)), 'implausible_value').facts).toMatchObject({ cells: [{ value: 30 }], rescaledBy: 0.1 });
  });

  it('finds a rate per births below one death among all the births the county can have', () => {
    const c = cleanCounty();
    const mm = c.indicators.find((i) => i.id === 'maternal_mortality_per_100k')!;
    // 200,000 residents at 30‰ for 5 years: at most 30,000 births; one death is 3.33 per 100,000
    mm.baseline = { year: 2020, value: 3.4, text: '3.4' };
    expect(kinds(auditCounty(parse(c)))).not.toContain('implausible_value');
    mm.baseline = { year: 2020, value: 1.2, text: '1.2' };
    const f = only(auditCounty(parse(c)), 'implausible_value');
    expect(f.facts).toMatchObject({ variant: 'below_one_event', side: 'baseline', year: 2020, text: '1.2', perBirths: 100000, population: 200000, births: 30000, years: 5, birthRatePerMille: 30 });
    if (f.facts.variant !== 'below_one_event') throw new Error('variant');
    expect(f.facts.oneEvent).toBeCloseTo(100000 / 30000, 12);
    expect(en(f)).toBe('Maternal mortality baseline (2020) is "1.2", but 200,000 residents have at most 30,000 births in 5 years (at 30‰), and a single death among them would already be 3.33: a rate above 0 cannot be this low.');
    // none at all is possible
    mm.baseline = { year: 2020, value: 0, text: '0' };
    expect(auditCounty(parse(c))).toEqual([]);
  });

  it('finds counts that imply different populations, but not within rounding', () => {
    const c = cleanCounty();
    // 500 doctors at "2.5" per 1000: 196,078–204,082 residents; 200,000 stated. Consistent.
    expect(kinds(auditCounty(parse(c)))).not.toContain('implied_population');
    c.figures!.find((f) => f.id === 'doctors_2020')!.value = 600; // 235,294–244,898: no overlap with 200,000
    const f = only(auditCounty(parse(c)), 'implied_population');
    expect(en(f)).toContain('240,000');
    // 600 ÷ 2.55 per 1000 = 235,294 at the least; 1,000 beds ÷ 4.95 per 1000 = 202,020 at the most
    expect(en(f)).toContain('at least 33,274 apart');
    expect(f.facts.year).toBe(2020);
    expect(f.facts.gap).toBeCloseTo(600 / 2.55 * 1000 - 1000 / 4.95 * 1000, 6);
    expect(f.facts.implied.map((x) => x.point)).toEqual([200000, 200000, 240000]);
    expect(f.facts.implied.map((x) => x.bound)).toEqual([null, null, null]);
    expect(f.facts.implied.map((x) => x.basis)).toEqual([
      { from: 'figure', label: { zh: '常住人口', en: 'Population' } },
      { from: 'count_per_capita', counted: [{ zh: '床位', en: 'Beds' }], count: 1000, perCapita: { zh: '每千人口床位数', en: 'Beds per 1000' }, perCapitaText: '5.0' },
      { from: 'count_per_capita', counted: [{ zh: '执业医师', en: 'Doctors' }], count: 600, perCapita: { zh: '每千人口医师数', en: 'Doctors per 1000' }, perCapitaText: '2.5' },
    ]);
    expect(zh(f)).toContain('执业医师 600 ÷ 每千人口医师数 2.5 → 240,000人 (235,294–244,898)');
    expect(en(f)).toContain('Doctors 600 ÷ Doctors per 1000 2.5 → 240,000 (235,294–244,898)');

    // without a population figure the county's own entry stands in, named by the catalogue
    c.figures = c.figures!.filter((x) => x.id !== 'population_2020');
    const own = only(auditCounty(parse(c)), 'implied_population');
    expect(own.facts.implied[0]!.basis).toEqual({ from: 'county_population', provenance: 'stated' });
    // "常住人口20万人": 195,000–205,000
    expect(en(own)).toContain('resident population → 200,000 (195,000–205,000)');
    expect(zh(own)).toContain('常住人口 → 200,000人 (195,000–205,000)');
  });

  it('divides a count by a per-capita figure of the prose, a named institution\'s count included, and a norm\'s range', () => {
    const c = cleanCounty();
    const q = (quote: string) => ({ kind: 'stated' as const, seed: c.plan.seed, quote });
    // the county's only CDC (a scope) holds all its public-health staff: 100 ÷ 0.50 per 1000 = 200,000
    c.figures!.push(
      { id: 'ph_ratio_2020', metric: 'public_health_staff_per_1000', label: { zh: '千人口公共卫生人员', en: 'Public-health staff per 1000' }, unit: { zh: '人', en: 'people' }, year: 2020, value: 0.5, perCapitaBase: 1000, provenance: q('千人口公共卫生人员0.50人') },
      { id: 'ph_staff_2020', metric: 'public_health_staff', label: { zh: '疾控中心人员', en: 'CDC staff' }, unit: { zh: '人', en: 'people' }, year: 2020, value: 100, scope: '县疾控中心', numeratorOf: 'ph_ratio_2020', provenance: q('县疾控中心100人') },
    );
    expect(auditCounty(parse(c))).toEqual([]);
    c.figures!.find((f) => f.id === 'ph_staff_2020')!.value = 120;
    const f = only(auditCounty(parse(c)), 'implied_population');
    // 120 ÷ 0.505 … 0.495 per 1000 = 237,624–242,424
    expect(f.facts.implied.at(-1)).toMatchObject({ point: 240000, basis: { from: 'count_per_capita', count: 120, perCapitaText: '0.50' } });
    expect(f.facts.implied.at(-1)!.interval.lo).toBeCloseTo(120 / 0.505 * 1000, 6);
    expect(f.refs).toContain('ph_staff_2020');
    expect(f.refs).toContain('ph_ratio_2020');
  });

  it('holds a year with no population of its own to the base year\'s, allowed to change 5 % a year', () => {
    const c = cleanCounty();
    const q = (quote: string) => ({ kind: 'stated' as const, seed: c.plan.seed, quote });
    // 30 staff at a norm of 0.19–0.22 per 1000 (0.185–0.225 with rounding) mean 133,333–162,162 residents
    c.figures!.push(
      { id: 'norm_2025', metric: 'mch_staff_per_1000', label: { zh: '配置标准', en: 'Staffing norm' }, unit: { zh: '人', en: 'people' }, year: 2025, value: 0.19, upTo: 0.22, perCapitaBase: 1000, provenance: q('按照每千人0.19~0.22人的标准配置') },
      { id: 'mch_2025', metric: 'mch_staff', label: { zh: '妇幼保健人员', en: 'MCH staff' }, unit: { zh: '人', en: 'people' }, year: 2025, value: 30, numeratorOf: 'norm_2025', provenance: q('妇幼保健人员为30人') },
    );
    // 200,000 in 2020 ("20万": 195,000–205,000) may be 150,887–261,638 by 2025: 30 staff fit
    expect(auditCounty(parse(c))).toEqual([]);
    c.figures!.find((f) => f.id === 'mch_2025')!.value = 20;
    const f = only(auditCounty(parse(c)), 'implied_population');
    expect(f.facts.year).toBe(2025);
    const [norm, carried] = f.facts.implied;
    expect(norm).toMatchObject({ basis: { from: 'count_per_capita', count: 20, perCapitaText: '0.19–0.22' } });
    expect(norm!.interval.lo).toBeCloseTo(20 / 0.225 * 1000, 6);
    expect(norm!.interval.hi).toBeCloseTo(20 / 0.185 * 1000, 6);
    expect(carried!.basis).toEqual({ from: 'carried_population', year: 2020, label: { zh: '常住人口', en: 'Population' }, provenance: 'stated', changePerYear: 0.05 });
    expect(carried!.interval.lo).toBeCloseTo(195000 * 0.95 ** 5, 6);
    expect(carried!.interval.hi).toBeCloseTo(205000 * 1.05 ** 5, 6);
    expect(en(f)).toContain('Population in 2020, allowing 5% a year either way → 200,000 (150,887–261,638)');
    expect(zh(f)).toContain('2020年常住人口（按每年至多±5%变动） → 200,000人 (150,887–261,638)');
  });

  it('reads a per-capita row at the finest printing the plan gives it (4.6 in the table, 4.60 in the prose)', () => {
    const c = cleanCounty();
    const doctors = () => impliedPopulations(parse(c)).get(2020)!.find((x) => x.refs.includes('doctors_2020'))!;
    // "2.5": 500 ÷ 2.55 … 2.45 per 1000
    expect(doctors().interval.lo).toBeCloseTo(500 / 2.55 * 1000, 6);
    c.indicators.find((i) => i.id === 'doctors_per_1000')!.restatements = [{ of: 'baseline', year: 2020, value: 2.5, source: { seed: c.plan.seed, quote: '千人口执业医师 2.50 人' } }];
    expect(doctors().interval.lo).toBeCloseTo(500 / 2.505 * 1000, 6);
    expect(doctors().basis).toMatchObject({ perCapitaText: '2.50' });
    // a restatement that disagrees is the restatement check's business, not a finer reading
    c.indicators.find((i) => i.id === 'doctors_per_1000')!.restatements = [{ of: 'baseline', year: 2020, value: 2.7, source: { seed: c.plan.seed, quote: '千人口执业医师 2.70 人' } }];
    expect(doctors().basis).toMatchObject({ perCapitaText: '2.5' });
  });

  it('finds one-sided population bounds that cannot both hold', () => {
    const c = cleanCounty();
    // 1,000 health workers must include the doctors (2.5 per 1000) and nurses (3.0 per 1000):
    // at most 1000 ÷ (2.45 + 2.95)/1000 = 185,185 residents — but 190,000+ residents signed up.
    const q = (quote: string) => ({ kind: 'stated' as const, seed: c.plan.seed, quote });
    c.figures = c.figures!.filter((f) => !['population_2020', 'doctors_2020', 'beds_2020', 'health_workers_2020', 'nurses_2020'].includes(f.id));
    c.figures!.push(
      { id: 'health_workers_2020', metric: 'health_technicians', label: { zh: '卫生技术人员', en: 'Health workers' }, unit: { zh: '人', en: 'people' }, year: 2020, value: 1000, includesCountsOf: ['doctors_per_1000', 'nurses_per_1000'], provenance: q('卫生技术人员1000人') },
      { id: 'signed_2020', metric: 'family_doctor_contracts', label: { zh: '签约人数', en: 'Signed up' }, unit: { zh: '人', en: 'people' }, year: 2020, value: 190000, comparator: '>=', countsResidents: true, provenance: q('签约19万余人') },
    );
    // an outside count (a census) is compared too, exactly as it stands
    c.population = { year: 2020, value: 182000, provenance: { kind: 'assumption', note: { zh: '假设', en: 'assumed' }, source: { title: 'census', where: 'somewhere' }, status: 'reasoned' } };
    const f = only(auditCounty(parse(c)), 'implied_population');
    expect(en(f)).toContain('at most 185,185');
    expect(en(f)).toContain('at least 190,000');
    const [upper, assumed, lower] = f.facts.implied;
    expect(upper!.bound).toBe('upper');
    expect(upper!.interval.hi).toBeCloseTo(1000 / ((2.45 + 2.95) / 1000), 6);
    expect(upper!.basis).toMatchObject({ from: 'staff_per_capita', count: 1000, perCapita: [{ text: '2.5' }, { text: '3.0' }] });
    expect(assumed).toEqual({ basis: { from: 'county_population', provenance: 'assumption' }, point: 182000, interval: { lo: 182000, hi: 182000 }, bound: null });
    expect(lower).toMatchObject({ bound: 'lower', point: 190000, basis: { from: 'figure', label: { en: 'Signed up' } } });
    expect(en(f)).toContain('Health workers 1,000 ÷ (Doctors per 1000 2.5 + Nurses per 1000 3.0) → at most 185,185; resident population (outside source) → 182,000 (182,000); Signed up → at least 190,000');
    expect(zh(f)).toContain('卫生技术人员 1,000 ÷ (每千人口医师数 2.5 + 每千人口护士数 3.0) → 至多 185,185人；常住人口（外部来源） → 182,000人 (182,000)；签约人数 → 至少 190,000人');
    // with 180,000 signed up both bounds hold
    c.figures!.find((f) => f.id === 'signed_2020')!.value = 180000;
    expect(auditCounty(parse(c)).filter((f) => f.kind === 'implied_population')).toEqual([]);
  });
});

// The findings on the real plans, each recomputed here from the data by plain arithmetic.
describe('plan audit on the five plans', () => {
  const { counties } = loadCountiesFromDisk();

  it.each(counties.map((c) => [c.id, c] as const))('%s has at least one real contradiction', (_, c) => {
    expect(auditCounty(c).length).toBeGreaterThan(0);
  });

  const all = counties.flatMap((c) => auditCounty(c).map((f) => [c, f] as const));

  // Every finding on the five plans, each read against the plan by hand (the second pass):
  // a new finding, or one gone, has to be added here with the plan line that shows it.
  const expected: Record<string, [string, string][]> = {
    shanhaiguan: [
      ['parts_exceed_total', 'health_technicians_2020'], // 000:43 1,673 technicians, 760 doctors + 914 nurses among them
      ['restated_differently', 'beds_hospitals'], // 000:133 医院 1265 against 500 + 600 + 150 (000:163–165)
      ['restated_differently', 'beds_2025_planned'], // 000:157 1,324 against the table's 1,265 + 74
      ['target_direction', 'maternal_systematic_management_pct'], // 000:139 保持在90以上 of 88.01
      ['implied_population', 'nurses_2020'], // 000:43 914 nurses ÷ 5.57 against 16.5万 and 760 ÷ 4.60
      ['implied_population', 'mch_staff_2025'], // 000:176 28 staff at 0.19–0.22 per 1000 against 1,324 beds ÷ 8.0
    ],
    pingshan: [
      ['ratio_target_conflict', 'doctor_nurse_ratio'], // 001:172 1：0.88 against 1.90 ÷ 2.61
      ['ratio_target_conflict', 'doctor_nurse_ratio'], // 001:173 1：1.12 against 2.0 ÷ 2.80
      ['restated_differently', 'childcare_slots_per_1000'], // 001:208 4.50 against 专栏7 4.6
      ['implied_population', 'beds_primary_care_2020'], // 001:26 423,333 against every count ÷ ratio (≈ 418,000)
      ['implied_population', 'beds_tcm_hospital_2025'], // 001:253 中医院240张 ÷ 0.61 and 公立 1,340 ÷ 3.07 against 3,020 ÷ 7.14
    ],
    xiangshan: [
      ['sum_mismatch', 'public_places_2020'], // 002:15 769 places, 829 by kind
      ['restated_differently', 'life_expectancy'], // 002:58 78.8 against 002:39 78
      ['restated_differently', 'health_literacy_pct'], // 002:101 >36 against 002:218 33
      ['restated_differently', 'smoking_rate_15plus_pct'], // 002:108 <17 against 002:219 19
      ['target_direction', 'smoking_rate_15plus_pct'], // 002:219 持续降低…低于19% of 17.7
      ['implausible_value', 'infant_mortality_per_1000'], // 002:78 0.28‰
      ['implausible_value', 'under5_mortality_per_1000'], // 002:85 0.84‰
      ['implausible_value', 'public_health_staff_per_10k'], // 002:143 0.4 and 0.6 per 10,000
      ['implied_population', 'public_health_staff_2025'], // 002:192 15 staff ÷ 0.6 per 10,000 against the census
    ],
    fushan: [
      ['target_direction', 'premature_chronic_disease_mortality_pct'], // 003:128 降低到14%以下 of 13.62
      ['implausible_value', 'maternal_mortality_per_100k'], // 003:82 1.2 per 100,000
      ['implied_population', 'health_professionals_2020'], // 003:45 847 professionals against 29万 signed up (003:39)
    ],
    shandan: [
      ['ratio_target_conflict', 'doctor_nurse_ratio_2025'], // 004:99 1：1.4 against 4.5 ÷ 3.5
      ['restated_differently', 'health_literacy_pct'], // 004:97 +5 points against 004:119 ≥25
      ['restated_differently', 'beds_per_1000'], // 004:99 控制在9.66 against 004:121 ≥9.66
      ['restated_differently', 'child_immunisation_coverage_pct'], // 004:107 95 against 004:129 ≥90
      ['restated_differently', 'maternal_systematic_management_pct'], // 004:109 95 against 004:136 ≥90
      ['restated_differently', 'township_health_centres_2020'], // 004:37 82 against 004:308 8
      ['implied_population', 'nurses_2020'], // 004:39 14873万 signed up against 150,262 residents
    ],
  };
  it.each(Object.keys(expected))('%s: exactly the findings read by hand', (id) => {
    expect(auditCounty(counties.find((c) => c.id === id)!).map((f) => [f.kind, f.refs[0]])).toEqual(expected[id]);
  });

  it('every sentence fills all its slots, in both languages', () => {
    for (const [, f] of all) {
      for (const text of [zh(f), en(f)]) expect(text).not.toMatch(/\{\w+\}/u);
      expect(zh(f)).not.toBe(en(f));
    }
  });

  it('Pingshan\'s bed total counts the hospital and primary-care rows among others: no sum to check (001:26 专业公共卫生机构90张)', () => {
    const pingshan = counties.find((c) => c.id === 'pingshan')!;
    // 3.52 + 1.51 = 5.03 of 5.24: the 90 public-health beds (0.21 per 1000) have no row of their own
    expect(pingshan.indicators.find((i) => i.id === 'beds_per_1000')).toMatchObject({ includes: ['beds_hospitals_per_1000', 'beds_primary_care_per_1000'] });
    expect(auditCounty(pingshan).filter((f) => f.kind === 'sum_mismatch' || f.kind === 'parts_exceed_total')).toEqual([]);
  });

  it('Shanhaiguan\'s 1,673 health technicians cannot include 760 doctors and 914 nurses (000:43)', () => {
    const f = auditCounty(counties.find((c) => c.id === 'shanhaiguan')!).filter((x) => x.kind === 'parts_exceed_total');
    expect(f.map((x) => x.facts)).toEqual([expect.objectContaining({ total: 1673, partsSum: 760 + 914 })]);
  });

  it('Shandan: no mother died in 2020, which "控制在11.91/10万以下" allows; the plan restates three targets with other numbers', () => {
    const shandan = counties.find((c) => c.id === 'shandan')!;
    const restated = auditCounty(shandan).filter((f) => f.kind === 'restated_differently');
    expect(restated.some((f) => f.refs.includes('maternal_mortality_per_100k'))).toBe(false);
    const facts = (id: string) => restated.find((f) => f.refs[0] === id)?.facts;
    // 004:97 健康素养 "提高 5 个百分点" from 24.1 = 29.1, against the table's ≥25 (004:119)
    expect(facts('health_literacy_pct')).toMatchObject({ variant: 'cell_change', tableText: '≥25', baselineText: '24.1', change: 5, value: 29.1 });
    // 004:107–109 "均达到95%以上", against the table's ≥90 (004:129, 004:136)
    expect(facts('child_immunisation_coverage_pct')).toMatchObject({ variant: 'cell_value', tableText: '≥90', value: 95, comparator: '>=' });
    expect(facts('maternal_systematic_management_pct')).toMatchObject({ variant: 'cell_value', tableText: '≥90', value: 95, comparator: '>=' });
  });

  it('the prose\'s own arithmetic: Xiangshan\'s 769 public places are 829 by kind (002:15); Shandan\'s township health centres are 82 and 8 (004:37, 004:308)', () => {
    const xiangshan = auditCounty(counties.find((c) => c.id === 'xiangshan')!);
    expect(xiangshan.filter((f) => f.kind === 'sum_mismatch').map((f) => f.facts)).toEqual([
      expect.objectContaining({ total: 769, parts: [117, 60, 27, 114, 240, 214, 8, 49], partsSum: 117 + 60 + 27 + 114 + 240 + 214 + 8 + 49 }),
    ]);
    const shandan = auditCounty(counties.find((c) => c.id === 'shandan')!);
    expect(shandan.filter((f) => f.facts.kind === 'restated_differently' && f.facts.variant === 'figures').map((f) => f.facts)).toEqual([
      expect.objectContaining({ variant: 'figures', year: 2020, values: [82, 8] }),
    ]);
  });

  it('the counts and ratios the prose states imply the populations worked out here by hand', () => {
    /** the implied population of a finding of that year whose ratio (or figure) is named `name` */
    const point = (county: string, year: number, name: string) =>
      auditCounty(counties.find((c) => c.id === county)!)
        .flatMap((f) => (f.facts.kind === 'implied_population' && f.facts.year === year ? f.facts.implied : []))
        .find((x) => (x.basis.from === 'count_per_capita' && x.basis.perCapita.zh.includes(name)) || (x.basis.from === 'figure' && x.basis.label.zh.includes(name)));
    // 001:253 中医院240张, the county's one public TCM hospital (001:221), at 0.61 per 1000 (001:192)
    expect(point('pingshan', 2025, '每千人口公立中医类医院床位数')!.point).toBeCloseTo((240 / 0.61) * 1000, 6);
    // 000:176 妇幼保健人员数为 28 人 at the norm it cites, 0.19~0.22 per 1000
    expect(point('shanhaiguan', 2025, '妇幼保健人员配置标准')!.interval.hi).toBeCloseTo((28 / 0.185) * 1000, 6);
    // 002:192 专业公共卫生机构人员数达到15人 at 0.6 per 10,000 (002:143): 250,000, not 579,101
    expect(point('xiangshan', 2025, '每万人口公共卫生人员数')!.point).toBeCloseTo(250000, 6);
    // 004:17 477 TCM beds at 3.17 per 1000; 004:39 14873万 residents signed up: more than live there
    expect(point('shandan', 2020, '每千常住人口中医病床')!.point).toBeCloseTo((477 / 3.17) * 1000, 6);
    expect(point('shandan', 2020, '签约脱贫人口')).toMatchObject({ bound: 'lower', point: 148730000 });
  });

  const value = (c: County, id: string, side: 'baseline' | 'target') => c.indicators.find((i) => i.id === id)?.[side]?.value ?? null;

  it.each(all.map(([c, f], i) => [`${c.id} #${i} ${f.kind}`, c, f] as const))('%s recomputes', (_, c, f) => {
    expect(f.county).toBe(c.id);
    expect(f.quotes.length).toBeGreaterThan(0);
    expect(zh(f).length).toBeGreaterThan(5);
    expect(en(f).length).toBeGreaterThan(5);
    const x = f.facts;
    expect(x.kind).toBe(f.kind);
    if (x.kind === 'sum_mismatch') {
      const [total, ...parts] = f.refs;
      const fig = c.figures.find((y) => y.id === total);
      if (fig) {
        expect(x.side).toBeNull();
        const partsSum = parts.reduce((s, id) => s + c.figures.find((y) => y.id === id)!.value, 0);
        expect(partsSum).not.toBe(fig.value);
        expect(x.partsSum).toBe(partsSum);
      } else {
        const side = x.side!;
        expect(en(f)).toContain(` ${side} (`);
        const partsSum = parts.reduce((s, id) => s + value(c, id, side)!, 0);
        // beyond the rounding of every printed number involved (half a unit each, at most 2 decimals)
        expect(Math.abs(partsSum - value(c, total!, side)!)).toBeGreaterThan(0.005 * (parts.length + 1));
        expect(x.parts).toEqual(parts.map((id) => value(c, id, side)));
        expect(x.partsSum).toBeCloseTo(partsSum, 9);
      }
    }
    if (x.kind === 'parts_exceed_total') {
      // the parts counted inside the total add up to more than it, beyond every printed digit
      const [, ...parts] = f.refs;
      expect(x.parts).toHaveLength(parts.length);
      expect(x.partsSum).toBeCloseTo(x.parts.reduce((s, p) => s + p.value, 0), 9);
      expect(x.partsSum).toBeGreaterThan(x.total);
    }
    if (x.kind === 'ratio_target_conflict') {
      const [ratioId, num, den] = f.refs as [string, string, string];
      const implied = value(c, num, x.side)! / value(c, den, x.side)!;
      // the stated ratio is a table row or a prose figure
      const stated = value(c, ratioId, x.side) ?? c.figures.find((y) => y.id === ratioId)!.value;
      expect(Math.abs(implied - stated)).toBeGreaterThan(0.01);
      expect(x.impliedPoint).toBeCloseTo(implied, 12);
      expect(x.value).toBe(stated);
    }
    if (x.kind === 'implied_population') {
      // the message lists each implied population (or bound); the stated gap must be real
      const points = [...en(f).matchAll(/→ (?:at least |at most )?([\d,]+)/gu)].map((m) => Number(m[1]!.replaceAll(',', '')));
      expect(points.length).toBeGreaterThanOrEqual(2);
      const gap = Number(/at least ([\d,]+) apart/u.exec(en(f))![1]!.replaceAll(',', ''));
      expect(gap).toBeGreaterThan(0);
      expect(Math.max(...points) - Math.min(...points)).toBeGreaterThanOrEqual(gap);
      // the sentence's numbers are the facts' numbers, rounded to whole people
      expect(points).toEqual(x.implied.map((y) => Math.round(y.bound === 'upper' ? y.interval.hi : y.point)));
      expect(gap).toBe(Math.round(x.gap));
      expect(x.gap).toBeCloseTo(Math.max(...x.implied.map((y) => y.interval.lo)) - Math.min(...x.implied.map((y) => y.interval.hi)), 6);
    }
    if (x.kind === 'target_direction') {
      const ind = c.indicators.find((i) => i.id === f.refs[0])!;
      const baseline = ind.baseline!.value!;
      // the threshold is beyond the baseline's last printed digit, on the side the words forbid
      const half = 0.5 * 10 ** -((ind.baseline!.text.split('.')[1] ?? '').replace(/\D.*$/u, '').length);
      if (x.variant === 'rise_below_baseline') expect(x.value).toBeLessThan(baseline - half);
      else expect(x.value).toBeGreaterThan(baseline + half);
      expect(movementWords(x.text)).toBe(x.variant === 'fall_above_baseline' ? 'fall' : x.variant === 'rise_below_baseline' ? 'rise' : 'keep');
    }
    if (x.kind === 'implausible_value') {
      const ind = c.indicators.find((i) => i.id === f.refs[0])!;
      if (x.variant === 'below_one_event') {
        // one death among population × 30‰ × 5 years of births is more than the rate printed
        expect(x.value).toBeGreaterThan(0);
        expect(x.value).toBeLessThan(x.perBirths / (c.population.value * 0.03 * 5));
      } else {
        const range = plausibleRanges.find((r) => r.ids.includes(ind.id))!;
        const scale = range.per && ind.perCapitaBase ? range.per / ind.perCapitaBase : 1;
        for (const cell of x.cells) expect(cell.value * scale < range.lo || cell.value * scale > range.hi).toBe(true);
      }
    }
    if (f.kind === 'comparator_wording') {
      const ind = c.indicators.find((i) => i.id === f.refs[0])!;
      expect(wordingConflict(ind.target?.text ?? '') || wordingConflict(ind.baseline?.text ?? '')).toBe(true);
    }
    if (f.kind === 'restated_differently') {
      expect(f.quotes.length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('the population a plan\'s figures agree on', () => {
  const { counties } = loadCountiesFromDisk();
  const shandan = counties.find((c) => c.id === 'shandan')!;

  it('is where the most implied populations overlap; the rest disagree', () => {
    const a = agreedPopulation(shandan)!;
    // 477 ÷ 3.175 per 1000 (TCM beds, 004:17) to 653 ÷ 4.345 (nurses, 004:41)
    expect(a.range.lo).toBeCloseTo((477 / 3.175) * 1000, 6);
    expect(a.range.hi).toBeCloseTo((653 / 4.345) * 1000, 6);
    expect(a.point).toBe(150262);
    expect(a.agreeing.map((x) => x.basis.from === 'count_per_capita' && x.basis.count)).toEqual([477, 509, 653]);
    expect(a.disagreeing).toEqual([expect.objectContaining({ bound: 'lower', point: 148730000 })]);
    expect(populationAgreementMessage(a, 'en')).toMatch(/^The plan’s 2020 figures agree on 150,236–150,288 residents; the default is the middle, 150,262\. Agreeing: TCM beds 477 ÷ TCM beds per 1000 residents 3\.17 → 150,473 \(150,236–150,711\); .*\. Disagreeing: .* → at least 148,730,000\.$/u);
    expect(populationAgreementMessage(a, 'zh')).toMatch(/^规划2020年的数字共同指向 150,236–150,288 人，默认值取其中点 150,262 人。相符：中医病床 477 ÷ 每千常住人口中医病床 3\.17 → 150,473人/u);
  });

  it('is none when fewer than two figures agree, or two equal groups disagree', () => {
    const c = parse(cleanCounty());
    // population "20万" (195,000–205,000), 1,000 beds ÷ 5.0 (198,020–202,020) and 500 doctors ÷ 2.5
    // (196,078–204,082): all three overlap where the beds say
    const a = agreedPopulation(c)!;
    expect(a.range.lo).toBeCloseTo((1000 / 5.05) * 1000, 6);
    expect(a.range.hi).toBeCloseTo((1000 / 4.95) * 1000, 6);
    expect(a.disagreeing).toEqual([]);
    expect(populationAgreementMessage(a, 'en')).toContain('Disagreeing: none.');
    // one figure for a year: nothing to agree with
    expect(agreedPopulation(c, 2025)).toBeNull();
    const split = cleanCounty();
    split.figures = split.figures!.filter((f) => f.id !== 'population_2020');
    split.figures.find((f) => f.id === 'doctors_2020')!.value = 600;
    // beds say 198,020–202,020 and doctors 235,294–244,898; the county's own "20万" (195,000–205,000)
    // sides with the beds, two against one; an outside count is no evidence, and then it is one against one
    expect(agreedPopulation(parse(split))!.disagreeing).toHaveLength(1);
    split.population.provenance = { kind: 'assumption', note: { zh: '假设', en: 'assumed' }, source: { title: 'census', where: 'somewhere' }, status: 'reasoned' };
    expect(agreedPopulation(parse(split))).toBeNull();
  });
});
