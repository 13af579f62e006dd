// A batch of many counties in node's worker threads: the counties are split into one contiguous
// share per thread, each thread runs the same pipeline as the page (runScenario), and the reports
// come back in the counties' order. Each county's Monte Carlo has its own seeded stream (its id),
// so the numbers are the same whatever the number of threads.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { County } from '../data/seedSchema.ts';
import type { CountyReport } from '../engine/report.ts';
import { runScenario, type RunScenario } from '../scenario/run.ts';
import { syntheticCounties, type BatchJob } from './syntheticCounties.ts';

export { syntheticCounties };

/** the threads a batch uses by default: one per core */
export const defaultThreads = () => Math.max(1, availableParallelism());

/** Every report of `count` synthetic counties made from `base`, in `threads` worker threads (1: on
 * this thread). Only the base counties and a range travel to each thread. */
export async function runSyntheticBatch(s: RunScenario, base: readonly County[], count: number, threads = defaultThreads()): Promise<CountyReport[]> {
  const shares = Math.max(1, Math.min(threads, count));
  if (shares === 1) return runScenario(s, syntheticCounties(base, count));
  const size = Math.ceil(count / shares);
  const runs = Array.from({ length: shares }, (_, i) => {
    const job: BatchJob = { scenario: s, base: [...base], from: i * size, count: Math.max(0, Math.min(size, count - i * size)) };
    return new Promise<CountyReport[]>((resolve, reject) => {
      // run from source, the thread loads tsx's loader first so it reads TypeScript too
      const script = new URL('./batchWorker.ts', import.meta.url).href;
      const worker = new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(script)}); })`, { eval: true, workerData: job });
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => code !== 0 && reject(new Error(`a batch thread stopped with code ${code}`)));
    });
  });
  return (await Promise.all(runs)).flat();
}
