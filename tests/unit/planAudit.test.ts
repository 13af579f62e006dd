import { describe, expect, it } from 'vitest';
import { county as countySchema, type County, type CountyInput } from '../../src/data/seedSchema.ts';
import { auditCounty, wordingConflict, type Finding } from '../../src/engine/audit/index.ts';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { cleanCounty } from './fixtures/cleanCounty.ts';

const parse = (input: CountyInput): County => countySchema.parse(input);
const kinds = (fs: Finding[]) => fs.map((f) => f.kind);

describe('plan audit on a synthetic plan', () => {
  it('finds nothing in a consistent plan', () => {
    expect(auditCounty(parse(cleanCounty()))).toEqual([]);
  });

  it('finds a total that is not the sum of its parts (figures)', () => {
    const c = cleanCounty();
    c.figures!.find((f) => f.id === 'beds_a_2020')!.value = 650;
    const found = auditCounty(parse(c));
    expect(kinds(found)).toContain('sum_mismatch');
    expect(found.find((f) => f.kind === 'sum_mismatch')!.message.en).toContain('650 + 400 = 1,050');
  });

  it('finds table sub-rows that do not add up, beyond rounding only', () => {
    const c = cleanCounty();
    c.indicators.find((i) => i.id === 'beds_hospitals_per_1000')!.baseline = { year: 2020, value: 4.21, text: '4.21' };
    // 4.21 + 0.8 = 5.01 is within the rounding of "5.0" (4.95–5.05) and "0.8" (0.75–0.85): no finding.
    expect(kinds(auditCounty(parse(c)))).not.toContain('sum_mismatch');
    c.indicators.find((i) => i.id === 'beds_hospitals_per_1000')!.baseline = { year: 2020, value: 3.9, text: '3.9' };
    expect(kinds(auditCounty(parse(c)))).toContain('sum_mismatch');
  });

  it('finds a ratio target its component targets cannot meet', () => {
    const c = cleanCounty();
    // nurses 3.3 / doctors 3.0 = 1.1 < 1:1.2
    c.indicators.find((i) => i.id === 'nurses_per_1000')!.target = { year: 2025, value: 3.3, comparator: '>=', text: '3.3' };
    const found = auditCounty(parse(c)).filter((f) => f.kind === 'ratio_target_conflict');
    expect(found).toHaveLength(1);
    expect(found[0]!.message.en).toContain('1:1.1');
    expect(found[0]!.refs).toEqual(['doctor_nurse_ratio', 'nurses_per_1000', 'doctors_per_1000']);
  });

  it('finds a target restated with another value', () => {
    const c = cleanCounty();
    c.indicators[0]!.restatements = [{ of: 'target', year: 2025, value: 6.5, source: { seed: c.plan.seed, quote: '床位数达到6.5张' } }];
    expect(kinds(auditCounty(parse(c)))).toEqual(['restated_differently']);
  });

  it('finds the same figure stated twice with different values', () => {
    const c = cleanCounty();
    c.figures!.push({ ...c.figures![0]!, id: 'population_2020_again', value: 230000, provenance: { kind: 'stated', seed: c.plan.seed, quote: '常住人口23万人' } });
    expect(kinds(auditCounty(parse(c)))).toContain('restated_differently');
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
    expect(kinds(auditCounty(parse(c)))).toEqual(['comparator_wording']);
  });

  it('finds counts that imply different populations, but not within rounding', () => {
    const c = cleanCounty();
    // 500 doctors at "2.5" per 1000: 196,078–204,082 residents; 200,000 stated. Consistent.
    expect(kinds(auditCounty(parse(c)))).not.toContain('implied_population');
    c.figures!.find((f) => f.id === 'doctors_2020')!.value = 600; // 235,294–244,898: no overlap with 200,000
    const found = auditCounty(parse(c)).filter((f) => f.kind === 'implied_population');
    expect(found).toHaveLength(1);
    expect(found[0]!.message.en).toContain('240,000');
    // 600 ÷ 2.55 per 1000 = 235,294 at the least; 1,000 beds ÷ 4.95 per 1000 = 202,020 at the most
    expect(found[0]!.message.en).toContain('at least 33,274 apart');
  });

  it('finds one-sided population bounds that cannot both hold', () => {
    const c = cleanCounty();
    // 1,000 health workers must include the doctors (2.5 per 1000) and nurses (3.0 per 1000):
    // at most 1000 ÷ (2.45 + 2.95)/1000 = 185,185 residents — but 190,000+ residents signed up.
    const q = (quote: string) => ({ kind: 'stated' as const, seed: c.plan.seed, quote });
    c.figures!.push(
      { id: 'health_workers_2020', metric: 'health_technicians', label: { zh: '卫生技术人员', en: 'Health workers' }, unit: { zh: '人', en: 'people' }, year: 2020, value: 1000, includesCountsOf: ['doctors_per_1000', 'nurses_per_1000'], provenance: q('卫生技术人员1000人') },
      { id: 'signed_2020', metric: 'family_doctor_contracts', label: { zh: '签约人数', en: 'Signed up' }, unit: { zh: '人', en: 'people' }, year: 2020, value: 190000, comparator: '>=', countsResidents: true, provenance: q('签约19万余人') },
    );
    c.figures = c.figures!.filter((f) => f.id !== 'population_2020' && f.id !== 'doctors_2020' && f.id !== 'beds_2020');
    c.population.provenance = { kind: 'assumption', note: { zh: '假设', en: 'assumed' }, source: { title: 'census', where: 'somewhere' }, status: 'reasoned' };
    const found = auditCounty(parse(c)).filter((f) => f.kind === 'implied_population');
    expect(found).toHaveLength(1);
    expect(found[0]!.message.en).toContain('at most 185,185');
    expect(found[0]!.message.en).toContain('at least 190,000');
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
  const value = (c: County, id: string, side: 'baseline' | 'target') => c.indicators.find((i) => i.id === id)?.[side]?.value ?? null;

  it.each(all.map(([c, f], i) => [`${c.id} #${i} ${f.kind}`, c, f] as const))('%s recomputes', (_, c, f) => {
    expect(f.county).toBe(c.id);
    expect(f.quotes.length).toBeGreaterThan(0);
    expect(f.message.zh.length).toBeGreaterThan(5);
    expect(f.message.en.length).toBeGreaterThan(5);
    if (f.kind === 'sum_mismatch') {
      const [total, ...parts] = f.refs;
      const fig = c.figures.find((x) => x.id === total);
      if (fig) {
        const partsSum = parts.reduce((s, id) => s + c.figures.find((x) => x.id === id)!.value, 0);
        expect(partsSum).not.toBe(fig.value);
      } else {
        const side = f.message.en.includes('target') ? 'target' : 'baseline';
        const partsSum = parts.reduce((s, id) => s + value(c, id, side)!, 0);
        // beyond the rounding of every printed number involved (half a unit each, at most 2 decimals)
        expect(Math.abs(partsSum - value(c, total!, side)!)).toBeGreaterThan(0.005 * (parts.length + 1));
      }
    }
    if (f.kind === 'ratio_target_conflict') {
      const [ratioId, num, den] = f.refs as [string, string, string];
      const side = f.message.en.includes(' target ') ? 'target' : 'baseline';
      const implied = value(c, num, side)! / value(c, den, side)!;
      expect(Math.abs(implied - value(c, ratioId, side)!)).toBeGreaterThan(0.01);
    }
    if (f.kind === 'implied_population') {
      // the message lists each implied population; they must spread by more than 1%
      // the message lists each implied population (or bound); the stated gap must be real
      const points = [...f.message.en.matchAll(/→ (?:at least |at most )?([\d,]+)/gu)].map((m) => Number(m[1]!.replaceAll(',', '')));
      expect(points.length).toBeGreaterThanOrEqual(2);
      const gap = Number(/at least ([\d,]+) apart/u.exec(f.message.en)![1]!.replaceAll(',', ''));
      expect(gap).toBeGreaterThan(0);
      expect(Math.max(...points) - Math.min(...points)).toBeGreaterThanOrEqual(gap);
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
