// The engine worker's own helper: a second worker that draws half of a Monte Carlo's counties, so
// a run of several counties uses both cores. Started once requests with draws have paused for a
// while (loading a second copy of the engine takes about 100 ms of a core: during the first view
// or an edit it held that edit's charts up by as much) and used once it has answered; until then,
// and if it fails, the worker draws every county itself, which gives the same numbers.
import { createEndpoint } from './endpoint.ts';
import type { EngineApi, ProjectionRequest } from './engineApi.ts';
import { monteCarloWorkMs } from './workBudget.ts';
import type { CountyReport } from '../engine/report.ts';

/** what the helper answers */
export type ShareApi = Pick<EngineApi, 'reportsOf'> & { ready(): boolean };

export type Share = (request: ProjectionRequest, countyIds: string[]) => Promise<CountyReport[]>;

/** how long requests with draws pause before the helper starts */
const startAfterQuietMs = 3000;

/** For each request: the way to share it, or null (no draws, no helper, or not ready yet). */
export function createShareHelper(makeWorker: (() => Worker) | null): (request: ProjectionRequest) => Share | null {
  if (!makeWorker) return () => null;
  let state: 'idle' | 'starting' | 'ready' | 'gone' = 'idle';
  let quiet: ReturnType<typeof setTimeout> | undefined;
  const helper = createEndpoint<ShareApi>({
    makeWorker,
    // never used: a helper lost is not replaced by this worker drawing twice; it just stops sharing
    local: () => Promise.reject(new Error('no helper')),
    maxRestarts: 0,
    retry: false,
    workMs: (method, args) => (method === 'reportsOf' ? monteCarloWorkMs((args[0] as ProjectionRequest).draws ?? 0, (args[1] as string[]).length) : 0),
  });
  helper.onModeChange((mode) => {
    if (mode === 'page') state = 'gone';
  });
  const share: Share = (request, countyIds) => helper.call('reportsOf', request, countyIds);
  return (request) => {
    if (!request.draws || state === 'gone') return null;
    if (state === 'idle') {
      clearTimeout(quiet);
      quiet = setTimeout(() => {
        state = 'starting';
        helper.call('ready').then(
          () => void (state === 'starting' && (state = 'ready')),
          () => void (state = 'gone'),
        );
      }, startAfterQuietMs);
    }
    return state === 'ready' ? share : null;
  };
}
