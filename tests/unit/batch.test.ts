import { describe, expect, it } from 'vitest';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { runSyntheticBatch, syntheticCounties } from '../../src/cli/batch.ts';
import { runScenario } from '../../src/scenario/run.ts';

const base = loadCountiesFromDisk().counties;
const scenario = { preset: 'plan' as const, horizon: 2025 as const, seed: 7, draws: 60, counties: {} };

describe('a batch of synthetic counties in worker threads', () => {
  it('gives, in order, the reports one thread gives, whatever the number of threads', async () => {
    const alone = runScenario(scenario, syntheticCounties(base, 7));
    expect(alone.map((r) => r.id)).toEqual(['synthetic_0', 'synthetic_1', 'synthetic_2', 'synthetic_3', 'synthetic_4', 'synthetic_5', 'synthetic_6']);
    for (const threads of [2, 3]) expect(await runSyntheticBatch(scenario, base, 7, threads)).toEqual(alone);
  }, 60_000);

  it('copies the counties in turn under their own ids', () => {
    const copies = syntheticCounties(base, 3, 4);
    expect(copies.map((c) => c.id)).toEqual(['synthetic_4', 'synthetic_5', 'synthetic_6']);
    expect(copies[1]!.indicators).toBe(base[0]!.indicators);
  });
});
