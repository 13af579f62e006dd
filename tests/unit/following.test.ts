// While a slider is dragged, the last Monte Carlo answer stays on screen with the newer
// projection: its bands and probabilities, the statuses judged with the newer projection.
import { describe, expect, it } from 'vitest';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { runScenario } from '../../src/scenario/run.ts';
import { withUncertaintyOf } from '../../src/engine/report.ts';

const counties = loadCountiesFromDisk().counties.filter((c) => c.id === 'pingshan');
const at = (additionsPerYear: number, draws: number) =>
  runScenario({ preset: 'plan', horizon: 2025, seed: 1, draws, counties: { pingshan: { resources: { nurses: { additionsPerYear } } } } }, counties)[0]!;

describe('a projection followed by an earlier answer', () => {
  it('takes its bands and probabilities and judges them with its own projection', () => {
    const earlier = at(60, 400);
    const now = at(5, 0);
    const followed = withUncertaintyOf(now, earlier);
    expect(followed.bands).toEqual(earlier.bands);
    expect(followed.series).toEqual(now.series);
    const nurses = (r: typeof now) => r.verdicts.find((v) => v.indicator === 'nurses_per_1000')!;
    // 60 nurses a year meet the target in most draws; 5 a year miss it: missed, whatever the
    // earlier probability said
    expect(nurses(earlier).probability).toBeGreaterThan(0.8);
    expect(nurses(followed).probability).toBe(nurses(earlier).probability);
    expect(nurses(followed).met).toBe(false);
    expect(nurses(followed).status).toBe('missed');
    // a target met under both: met (the probability is above 80 %), as the earlier answer said
    const doctors = (r: typeof now) => r.verdicts.find((v) => v.indicator === 'doctors_per_1000')!;
    expect(doctors(followed).status).toBe(doctors(earlier).status);
  });
});
