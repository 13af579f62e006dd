// One thread of a batch (batch.ts): its share of the synthetic counties through runScenario.
import { parentPort, workerData } from 'node:worker_threads';
import type { County } from '../data/seedSchema.ts';
import { runScenario, type RunScenario } from '../scenario/run.ts';
import { syntheticCounties } from './batch.ts';

export interface BatchJob {
  scenario: RunScenario;
  base: County[];
  from: number;
  count: number;
}

if (parentPort) {
  const job = workerData as BatchJob;
  parentPort.postMessage(runScenario(job.scenario, syntheticCounties(job.base, job.count, job.from)));
}
