// The page's way to the engine: its worker (src/runtime/engine.worker.ts), replaced twice if it
// fails or falls silent, then the same engine on the page, a county at a time (engineOnPage.ts).
import { createEndpoint, type Endpoint, type EndpointOptions } from './endpoint.ts';
import type { EngineApi, ProjectionRequest } from './engineApi.ts';
import { monteCarloWorkMs } from './workBudget.ts';
import { bundledCounties } from '../data/bundledSeeds.ts';

export type EngineClient = Endpoint<EngineApi>;

/** what a call may take beyond the worker's answer time: its Monte Carlo draws */
export function engineWorkMs(method: keyof EngineApi, args: readonly unknown[]): number {
  if (method !== 'project') return 0;
  const request = args[0] as ProjectionRequest;
  return monteCarloWorkMs(request.draws ?? 0, bundledCounties.counties.length + (request.importedCounties?.length ?? 0));
}

export function createEngineClient(
  makeWorker: (() => Worker) | null = () => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' }),
  options: Pick<EndpointOptions<EngineApi>, 'maxRestarts' | 'answerTimeoutMs' | 'startupMs'> = {},
): EngineClient {
  return createEndpoint<EngineApi>({ makeWorker, local: () => import('./engineOnPage.ts').then((m) => m.engineOnPage), workMs: engineWorkMs, mark: 'chps:engine-call', ...options });
}
