// One thread of a batch (batch.ts): its share of the synthetic counties through runScenario.
import { parentPort, workerData } from 'node:worker_threads';
import { runScenario } from '../scenario/run.ts';
import { syntheticCounties, type BatchJob } from './syntheticCounties.ts';

if (parentPort) {
  const job = workerData as BatchJob;
  parentPort.postMessage(runScenario(job.scenario, syntheticCounties(job.base, job.count, job.from)));
}
