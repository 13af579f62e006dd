// The page's way to the engine: its worker (src/runtime/engine.worker.ts), replaced twice if it
// fails, then the same engine on the page.
import { createEndpoint, type Endpoint, type EndpointOptions } from './endpoint.ts';
import type { EngineApi } from './engineApi.ts';

export type EngineClient = Endpoint<EngineApi>;

export function createEngineClient(
  makeWorker: (() => Worker) | null = () => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' }),
  options: Pick<EndpointOptions<EngineApi>, 'maxRestarts' | 'answerTimeoutMs'> = {},
): EngineClient {
  return createEndpoint<EngineApi>({ makeWorker, local: () => import('./engineApi.ts').then((m) => m.engineApi), mark: 'chps:engine-call', ...options });
}
