// The other thread of a shared Monte Carlo (src/scenario/runShared.ts) for npm run bench, as the
// page's analysis worker has its helper: given a scenario and county ids, their reports.
import { parentPort } from 'node:worker_threads';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { runScenario, type RunScenario } from '../../src/scenario/run.ts';
import { monteCarloBuffers } from '../../src/engine/monteCarlo.ts';

const counties = loadCountiesFromDisk().counties;
const buffers = monteCarloBuffers();
parentPort?.on('message', ({ id, scenario, countyIds }: { id: number; scenario: RunScenario; countyIds: string[] }) => {
  parentPort!.postMessage({ id, reports: runScenario(scenario, countyIds.map((c) => counties.find((x) => x.id === c)!), undefined, buffers) });
});
