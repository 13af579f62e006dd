// The page's way to the engine. Requests go to the worker; a newer request on the same channel
// supersedes older ones, whose answers are dropped (resolved as null) instead of being shown.
// If the worker cannot start or fails, the engine runs on the main thread and the client says so.
import { wrap, type Remote } from 'comlink';
import type { EngineApi, ProjectionRequest } from './engineApi.ts';
import type { CountyReport } from '../engine/report.ts';

export type EngineMode = 'worker' | 'main-thread';

export interface EngineClient {
  /** resolves with the answer, or null when a newer request on the channel superseded this one */
  project(channel: string, request: ProjectionRequest): Promise<CountyReport[] | null>;
  /** any engine call, with the same superseding and fallback */
  call<K extends keyof EngineApi>(channel: string, method: K, ...args: Parameters<EngineApi[K]>): Promise<ReturnType<EngineApi[K]> | null>;
  readonly mode: EngineMode;
  /** why the engine left the worker, if it did */
  readonly fallbackReason: string | null;
  onModeChange(listener: (mode: EngineMode) => void): void;
}

export function createEngineClient(makeWorker: () => Worker = () => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' })): EngineClient {
  let remote: Remote<EngineApi> | null = null;
  let mainThread: Promise<EngineApi> | null = null;
  let mode: EngineMode = 'worker';
  let fallbackReason: string | null = null;
  const listeners: ((mode: EngineMode) => void)[] = [];
  const latest = new Map<string, number>();
  let sequence = 0;

  const fallBack = (reason: string) => {
    if (mode === 'main-thread') return;
    mode = 'main-thread';
    fallbackReason = reason;
    remote = null;
    listeners.forEach((l) => l(mode));
  };
  const local = () => (mainThread ??= import('./engineApi.ts').then((m) => m.engineApi));

  // a call in flight when the worker dies would never answer: race every call against its death
  let died: (reason: Error) => void = () => {};
  const death = new Promise<never>((_, reject) => (died = reject));
  death.catch(() => {});
  try {
    const worker = makeWorker();
    worker.addEventListener('error', (e) => {
      fallBack(e.message || 'worker error');
      died(new Error(fallbackReason ?? 'worker error'));
    });
    remote = wrap<EngineApi>(worker);
  } catch (e) {
    fallBack((e as Error).message);
  }

  return {
    get mode() {
      return mode;
    },
    get fallbackReason() {
      return fallbackReason;
    },
    onModeChange(listener) {
      listeners.push(listener);
    },
    project(channel, request) {
      return this.call(channel, 'project', request);
    },
    async call(channel, method, ...args) {
      const mine = ++sequence;
      latest.set(channel, mine);
      const viaWorker = remote;
      type Answer = ReturnType<EngineApi[typeof method]>;
      const runLocal = async () => ((await local())[method] as (...a: unknown[]) => Answer)(...args);
      let answer: Answer;
      try {
        answer = viaWorker
          ? ((await Promise.race([(viaWorker[method] as unknown as (...a: unknown[]) => Promise<Answer>)(...args), death])) as Answer)
          : await runLocal();
      } catch (e) {
        // an engine error on the main thread is real; a worker failure is survivable
        if (!viaWorker) throw e;
        fallBack((e as Error).message);
        answer = await runLocal();
      }
      return latest.get(channel) === mine ? answer : null;
    },
  };
}
