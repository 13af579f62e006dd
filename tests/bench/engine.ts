// npm run bench: the engine's speed, as figures (no pass/fail; budgets in DESIGN.md).
// Deterministic run of all five counties; 10,000 Monte Carlo draws for all five (budget ≤ 250 ms);
// the same over synthetic counties (copies of the five under other ids) to show cost grows linearly.
import { performance } from 'node:perf_hooks';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { projectCounty } from '../../src/engine/projectCounty.ts';
import { monteCarlo } from '../../src/engine/monteCarlo.ts';
import { presetAssumptions } from '../../src/engine/assumptions.ts';
import type { County } from '../../src/data/seedSchema.ts';

const counties = loadCountiesFromDisk().counties;
const prepared = (list: County[]) => list.map((c) => ({ c, a: presetAssumptions(c, 'plan') }));

function time(label: string, repeats: number, fn: () => void) {
  fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((x, y) => x - y);
  const median = samples[Math.floor(samples.length / 2)]!;
  console.log(`${label.padEnd(58)} median ${median.toFixed(2).padStart(9)} ms   min ${samples[0]!.toFixed(2).padStart(9)} ms`);
  return median;
}

const five = prepared(counties);
time('deterministic, 5 counties (plan preset)', 50, () => five.forEach(({ c, a }) => projectCounty(c, a)));
const mc5 = time('Monte Carlo 10,000 draws × 5 counties', 5, () => five.forEach(({ c, a }) => monteCarlo(c, a, 10_000, 1)));
console.log(`  budget 250 ms: ${mc5 <= 250 ? 'within' : 'OVER'} (${(mc5 / 250 * 100).toFixed(0)} %)`);

const synthetic = (n: number) => prepared(Array.from({ length: n }, (_, i) => ({ ...counties[i % counties.length]!, id: `synthetic_${i}` })));
const perCounty: number[] = [];
for (const n of [50, 500, 3000]) {
  const list = synthetic(n);
  const draws = 100;
  const ms = time(`Monte Carlo ${draws} draws × ${n} synthetic counties`, n >= 3000 ? 1 : 3, () => list.forEach(({ c, a }) => monteCarlo(c, a, draws, 1)));
  perCounty.push(ms / n);
  console.log(`  per county-draw: ${((ms / n / draws) * 1000).toFixed(2)} µs`);
}
console.log(`linearity: per-county cost at 3,000 ÷ at 50 = ${(perCounty[2]! / perCounty[0]!).toFixed(2)} (1.00 = linear)`);
