// The audit's restatement check is bounded: many figures of one measure and year give a finding
// per figure stated differently, never one per pair (300 gave 44,551 and froze the page).
import { describe, expect, it } from 'vitest';
import { county as countySchema } from '../../src/data/seedSchema.ts';
import { auditCounty } from '../../src/engine/audit/index.ts';
import { cleanCounty } from './fixtures/cleanCounty.ts';

/** a plan with `values.length` figures of one measure, year and scope */
function withFigures(values: number[]) {
  const c = cleanCounty();
  const base = c.figures![0]!;
  c.figures = values.map((value, i) => ({ ...base, id: `population_${i}`, value, provenance: { kind: 'stated' as const, seed: c.plan.seed, quote: `常住人口${value}人` } }));
  return countySchema.parse(c);
}
const restated = (values: number[]) => auditCounty(withFigures(values)).filter((f) => f.kind === 'restated_differently');

describe('figures stated more than once', () => {
  it('2,000 different figures of one measure: one finding each after the first, against the first', () => {
    const found = restated(Array.from({ length: 2000 }, (_, i) => 200_001 + 2 * i));
    expect(found).toHaveLength(1999);
    expect(new Set(found.map((f) => f.refs[1]))).toEqual(new Set(Array.from({ length: 1999 }, (_, i) => `population_${i + 1}`)));
    expect(found.every((f) => f.refs[0] === 'population_0')).toBe(true);
  });

  it('2,000 figures that agree: nothing', () => {
    expect(restated(Array.from({ length: 2000 }, () => 200_001))).toEqual([]);
  });

  it('each figure is reported against the first one before it that it disagrees with', () => {
    // 200,001 twice, then 230,001 (differs from the first), then 200,001 again (agrees with the first two, not the third)
    expect(restated([200_001, 200_001, 230_001, 200_001]).map((f) => f.refs)).toEqual([['population_0', 'population_2'], ['population_2', 'population_3']]);
    // three values all different: the second and third each against the first
    expect(restated([200_001, 230_001, 260_001]).map((f) => f.refs)).toEqual([['population_0', 'population_1'], ['population_0', 'population_2']]);
  });
});
