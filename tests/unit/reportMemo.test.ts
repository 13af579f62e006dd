// A worker hands back the report it made before for a county the request left as it was: the
// same numbers as a fresh run, and a fresh run for a county whose part of the scenario changed.
import { describe, expect, it } from 'vitest';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { runScenario, type RunScenario } from '../../src/scenario/run.ts';
import { createReportMemo } from '../../src/scenario/reportMemo.ts';

const counties = loadCountiesFromDisk().counties;
const scenario = (totalFertilityRate: number, draws: number, seed = 1): RunScenario => ({ preset: 'plan', horizon: 2025, seed, draws, counties: { pingshan: { totalFertilityRate } } });

describe('reports remembered per county', () => {
  it('give the numbers a fresh run gives, step after step of a drag', () => {
    const memo = createReportMemo();
    for (const [tfr, draws] of [[1.1, 250], [1.2, 250], [1.1, 250], [1.2, 0], [1.2, 2000], [1.1, 250]] as const) {
      expect(runScenario(scenario(tfr, draws), counties, memo)).toEqual(runScenario(scenario(tfr, draws), counties));
    }
  });

  it('are made again for the county a step changed, kept for the others', () => {
    const memo = createReportMemo();
    const first = runScenario(scenario(1.1, 250), counties, memo);
    const next = runScenario(scenario(1.3, 250), counties, memo);
    for (const [i, c] of counties.entries()) {
      if (c.id === 'pingshan') expect(next[i]).not.toBe(first[i]);
      else expect(next[i]).toBe(first[i]);
    }
    const pingshan = counties.findIndex((c) => c.id === 'pingshan');
    expect(next[pingshan]!.bands).not.toEqual(first[pingshan]!.bands);
  });

  it('tell seeds and draw counts apart, and a deterministic run from one with draws', () => {
    const memo = createReportMemo();
    const a = runScenario(scenario(1.1, 250, 1), counties, memo);
    const b = runScenario(scenario(1.1, 250, 2), counties, memo);
    const c = runScenario(scenario(1.1, 500, 1), counties, memo);
    const d = runScenario(scenario(1.1, 0, 1), counties, memo);
    expect(b[0]!.bands).not.toEqual(a[0]!.bands);
    expect(c[0]!.bands).not.toEqual(a[0]!.bands);
    expect(d[0]!.bands).toEqual(runScenario(scenario(1.1, 0, 7), counties)[0]!.bands);
    expect(d[0]).not.toBe(a[0]);
  });

  it('forget the least recently asked for once a county has more than a few', () => {
    const memo = createReportMemo();
    const one = counties.slice(0, 1);
    const at = (totalFertilityRate: number) => runScenario({ preset: 'plan', horizon: 2025, seed: 1, draws: 0, counties: { [one[0]!.id]: { totalFertilityRate } } }, one, memo)[0]!;
    const first = at(1.0);
    for (let i = 1; i <= 5; i++) at(1 + i / 10);
    // six kept; asking again makes it the most recent
    expect(at(1.0)).toBe(first);
    for (let i = 1; i <= 6; i++) at(2 + i / 10);
    const again = at(1.0);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
