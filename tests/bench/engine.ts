// npm run bench: the engine's speed, as figures (no pass/fail; budgets in DESIGN.md).
// Deterministic run of all five counties; 10,000 Monte Carlo draws for all five (target ≤ 40 ms),
// timed in turns with the floor kernel (floorKernel.ts: the same arithmetic in plain typed-array
// loops) so both see the same load, and the ratio of each pair; the page's 2,000 draws; the same
// over synthetic counties (copies of the five under other ids) to show cost grows linearly.
import { performance } from 'node:perf_hooks';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { projectCounty } from '../../src/engine/projectCounty.ts';
import { monteCarlo, monteCarloBuffers } from '../../src/engine/monteCarlo.ts';
import { presetAssumptions } from '../../src/engine/assumptions.ts';
import type { County } from '../../src/data/seedSchema.ts';
import { floorMonteCarlo } from './floorKernel.ts';
import { defaultThreads, runSyntheticBatch } from '../../src/cli/batch.ts';
import { Worker } from 'node:worker_threads';
import type { CountyReport } from '../../src/engine/report.ts';
import { runScenario } from '../../src/scenario/run.ts';
import { runScenarioShared } from '../../src/scenario/runShared.ts';
import { createReportMemo } from '../../src/scenario/reportMemo.ts';

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

// the floor gives the same numbers, or its ratio means nothing
for (const { c, a } of five) {
  const project = monteCarlo(c, a, 2000, 1);
  const floor = floorMonteCarlo(c, a, 2000, 1);
  const same = Object.entries(project.bands).every(([id, b]) => (['p10', 'p50', 'p90'] as const).every((q) => b[q].every((v, t) => Object.is(v, floor.bands[id]![q][t]))))
    && JSON.stringify(project.probabilityMet) === JSON.stringify(floor.probabilityMet);
  if (!same) console.log(`  floor kernel DIFFERS from the project for ${c.id}: its ratio is not a like-for-like comparison`);
}
const pairs = 21;
const projectMs: number[] = [];
const floorMs: number[] = [];
const ratios: number[] = [];
const timeOnce = (fn: () => void) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};
// the five counties one after another with one set of working memory, as runScenario runs them
const fiveMonteCarlo = (draws: number) => {
  const buffers = monteCarloBuffers();
  five.forEach(({ c, a }) => monteCarlo(c, a, draws, 1, { buffers }));
};
for (let i = 0; i < 3; i++) (fiveMonteCarlo(10_000), five.forEach(({ c, a }) => floorMonteCarlo(c, a, 10_000, 1)));
for (let i = 0; i < pairs; i++) {
  // alternate which goes first, so neither always runs after the other's garbage
  const runProject = () => projectMs.push(timeOnce(() => fiveMonteCarlo(10_000)));
  const runFloor = () => floorMs.push(timeOnce(() => five.forEach(({ c, a }) => floorMonteCarlo(c, a, 10_000, 1))));
  if (i % 2) (runFloor(), runProject());
  else (runProject(), runFloor());
  ratios.push(projectMs.at(-1)! / floorMs.at(-1)!);
}
const sorted = (xs: number[]) => [...xs].sort((x, y) => x - y);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)]!;
const spread = (xs: number[]) => `${sorted(xs)[Math.floor(xs.length / 4)]!.toFixed(1)}–${sorted(xs)[Math.floor((3 * xs.length) / 4)]!.toFixed(1)}`;
const mc5 = median(projectMs);
console.log(`${'Monte Carlo 10,000 draws × 5 counties'.padEnd(58)} median ${mc5.toFixed(2).padStart(9)} ms   quartiles ${spread(projectMs)} ms   (${pairs} runs)`);
console.log(`  target 40 ms on one thread: ${mc5 <= 40 ? 'within' : 'OVER'}`);
console.log(`${'floor kernel, the same 10,000 × 5'.padEnd(58)} median ${median(floorMs).toFixed(2).padStart(9)} ms   quartiles ${spread(floorMs)} ms`);
console.log(`floor ${median(floorMs).toFixed(1)} ms ratio ${median(ratios).toFixed(2)} (median of ${pairs} paired runs, quartiles ${sorted(ratios)[5]!.toFixed(2)}–${sorted(ratios)[15]!.toFixed(2)}; target ≤ 2)`);
time('Monte Carlo 2,000 draws × 5 counties (the page)', 21, () => fiveMonteCarlo(2000));

// both cores, as the page's analysis worker runs a Monte Carlo of several counties: every other
// county drawn on a second thread (runScenarioShared), whole reports (projection, report and
// Monte Carlo), timed in turns with the same on one thread
{
  const script = new URL('./shareThread.ts', import.meta.url).href;
  const other = new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(script)}); })`, { eval: true });
  const waiting = new Map<number, (reports: CountyReport[]) => void>();
  other.on('message', ({ id, reports }: { id: number; reports: CountyReport[] }) => waiting.get(id)?.(reports));
  let next = 0;
  const s = { preset: 'plan' as const, horizon: 2025 as const, seed: 1, draws: 10_000, counties: {} };
  const share = (countyIds: string[]) => new Promise<CountyReport[]>((resolve) => {
    const id = next++;
    waiting.set(id, resolve);
    other.postMessage({ id, scenario: s, countyIds });
  });
  // a fresh memo each run: nothing remembered, every county drawn (working memory lent, as a worker lends it)
  const buffers = monteCarloBuffers();
  const shared = async () => {
    const t0 = performance.now();
    await runScenarioShared(s, counties, createReportMemo(), share, buffers);
    return performance.now() - t0;
  };
  const alone = () => timeOnce(() => runScenario(s, counties, undefined, buffers));
  for (let i = 0; i < 5; i++) (await shared(), alone());
  const two: number[] = [];
  const one: number[] = [];
  for (let i = 0; i < pairs; i++) {
    if (i % 2) one.push(alone());
    two.push(await shared());
    if (!(i % 2)) one.push(alone());
  }
  await other.terminate();
  console.log(`${'Monte Carlo 10,000 × 5, whole reports, one thread'.padEnd(58)} median ${median(one).toFixed(2).padStart(9)} ms   quartiles ${spread(one)} ms`);
  console.log(`${'Monte Carlo 10,000 × 5, whole reports, two threads'.padEnd(58)} median ${median(two).toFixed(2).padStart(9)} ms   quartiles ${spread(two)} ms   (as the page runs it)`);
  console.log(`  target 40 ms on this machine's two cores: ${median(two) <= 40 ? 'within' : 'OVER'}`);
}

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

// the CLI's batch (simulate --synthetic): worker threads, one per core, 1,000 draws a county
const batchScenario = { preset: 'plan' as const, horizon: 2025 as const, seed: 1, draws: 1000, counties: {} };
const batchPerCounty: number[] = [];
for (const n of [300, 3000]) {
  const t0 = performance.now();
  await runSyntheticBatch(batchScenario, counties, n);
  const ms = performance.now() - t0;
  batchPerCounty.push(ms / n);
  console.log(`${`batch (simulate --synthetic ${n}), 1,000 draws, ${defaultThreads()} threads`.padEnd(58)} ${(ms / 1000).toFixed(2).padStart(9)} s    ${(ms / n).toFixed(2)} ms a county`);
}
// the threads' start (loading the code in each) is paid once a batch: the cost of each county more
// is the slope between the two sizes
const marginal = (batchPerCounty[1]! * 3000 - batchPerCounty[0]! * 300) / 2700;
console.log(`batch: ${marginal.toFixed(2)} ms a county more, ${((batchPerCounty[0]! * 300 - marginal * 300) / 1000).toFixed(2)} s to start; per-county cost at 3,000 ÷ at 300 = ${(batchPerCounty[1]! / batchPerCounty[0]!).toFixed(2)} (1.00 = linear with no start)`);
