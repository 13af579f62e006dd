// Two scenarios compared on values, never on the strings they print as.
import { describe, expect, it } from 'vitest';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { changedInputs, inputDiffs, verdictDiffs } from '../../src/scenario/compare.ts';
import { runScenario } from '../../src/scenario/run.ts';
import { pageDefaults } from '../../src/scenario/defaults.ts';
import type { RunScenario } from '../../src/scenario/run.ts';

const pingshan = loadCountiesFromDisk().counties.filter((c) => c.id === 'pingshan');
const run = (s: RunScenario) => runScenario(s, pingshan);
const plan: RunScenario = { ...pageDefaults, draws: 0 };

describe('compare', () => {
  it('two attritions that print alike at two decimals still differ, and are shown with the digits that tell them apart', () => {
    const a = { ...plan, counties: { pingshan: { resources: { nurses: { attrition: 0.0215 } } } } };
    const b = { ...plan, counties: { pingshan: { resources: { nurses: { attrition: 0.02151 } } } } };
    const rows = inputDiffs(a, run(a), b, run(b));
    expect(rows.map((r) => r.key)).toEqual(['pingshan:attrition:nurses']);
    // 2.150 % and 2.151 %
    expect(rows[0]).toMatchObject({ kind: 'county', digits: 3 });
  });

  it('a wing a year late: the one input, and the beds verdict whose status changes', () => {
    const late = { ...plan, counties: { pingshan: { projects: { county_hospital_expansion: { openingYear: 2026 } } } } };
    const inputs = inputDiffs(plan, run(plan), late, run(late));
    expect(inputs.map((r) => r.key)).toEqual(['pingshan:project:county_hospital_expansion']);
    const verdicts = verdictDiffs(run(plan), run(late), 2025);
    expect(verdicts.filter((v) => v.statusChanged).map((v) => v.indicator)).toEqual(['beds_per_1000']);
    expect(verdicts.find((v) => v.indicator === 'nurses_per_1000')!.changed).toBe(false);
  });

  it('what a scenario changed, against its reference: the edit, and the reference value beside it', () => {
    const s = { ...plan, preset: 'trend' as const, counties: { pingshan: { totalFertilityRate: 0.9 } } };
    const rows = changedInputs(s, run(s));
    expect(rows.map((r) => r.key)).toEqual(['preset', 'draws', 'pingshan:totalFertilityRate']);
    const birth = rows.find((r) => r.key === 'pingshan:totalFertilityRate')!;
    expect(birth.kind === 'county' && [birth.a?.kind === 'parameter' && birth.a.value, birth.b?.kind === 'parameter' && birth.b.value]).toEqual([1, 0.9]);
  });
});
