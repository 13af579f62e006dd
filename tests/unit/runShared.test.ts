// A Monte Carlo shared with a second thread gives the reports one thread gives: every other county
// still to run goes there, the rest run here, a failed share costs nothing but time, and what came
// from there is remembered here.
import { describe, expect, it } from 'vitest';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { runScenario, type RunScenario } from '../../src/scenario/run.ts';
import { createReportMemo } from '../../src/scenario/reportMemo.ts';
import { runScenarioShared, type ShareCounties } from '../../src/scenario/runShared.ts';

const counties = loadCountiesFromDisk().counties;
const ids = counties.map((c) => c.id);
const scenario = (totalFertilityRate: number, draws: number): RunScenario => ({ preset: 'plan', horizon: 2025, seed: 3, draws, counties: { pingshan: { totalFertilityRate } } });

/** the other thread: a fresh run of the counties asked for (cloned, as postMessage would), logged */
function otherThread(s: RunScenario) {
  const asked: string[][] = [];
  const share: ShareCounties = async (countyIds) => {
    asked.push(countyIds);
    return structuredClone(runScenario(s, countyIds.map((id) => counties.find((c) => c.id === id)!)));
  };
  return { asked, share };
}

describe('a Monte Carlo shared with another thread', () => {
  it('gives the reports one thread gives, with every other county to run drawn there', async () => {
    const s = scenario(1.2, 400);
    const { asked, share } = otherThread(s);
    const memo = createReportMemo();
    expect(await runScenarioShared(s, counties, memo, share)).toEqual(runScenario(s, counties));
    expect(asked).toEqual([[ids[1], ids[3]]]);
  });

  it('remembers what came from there: the next step of a drag on one county is drawn here alone', async () => {
    const memo = createReportMemo();
    const first = otherThread(scenario(1.2, 400));
    await runScenarioShared(scenario(1.2, 400), counties, memo, first.share);
    const next = otherThread(scenario(1.4, 400));
    const reports = await runScenarioShared(scenario(1.4, 400), counties, memo, next.share);
    expect(next.asked).toEqual([]);
    expect(reports).toEqual(runScenario(scenario(1.4, 400), counties));
  });

  it('shares nothing without draws, and runs everything here when the other thread fails or answers wrongly', async () => {
    const none = otherThread(scenario(1.2, 0));
    expect(await runScenarioShared(scenario(1.2, 0), counties, createReportMemo(), none.share)).toEqual(runScenario(scenario(1.2, 0), counties));
    expect(none.asked).toEqual([]);
    const s = scenario(0.9, 300);
    const failing: ShareCounties = () => Promise.reject(new Error('helper lost'));
    const wrong: ShareCounties = async (countyIds) => runScenario(s, counties.filter((c) => !countyIds.includes(c.id)));
    for (const share of [failing, wrong]) expect(await runScenarioShared(s, counties, createReportMemo(), share)).toEqual(runScenario(s, counties));
  });
});
