// The page's way to the engine: calls go to the worker; if it cannot start, crashes or goes
// silent, a fresh one takes over (twice), then the engine runs on the main thread and the client
// says so. Which calls to make, and which answers still matter, is the scheduler's business.
import { wrap, type Remote } from 'comlink';
import type { EngineApi } from './engineApi.ts';
import { markRecurring } from '../ui/perfMarks.ts';

export type EngineMode = 'worker' | 'main-thread';

export interface EngineClient {
  /** an engine call, on the worker or wherever the engine runs now */
  call<K extends keyof EngineApi>(method: K, ...args: Parameters<EngineApi[K]>): Promise<ReturnType<EngineApi[K]>>;
  readonly mode: EngineMode;
  /** why the engine left the worker (or last restarted it), if it did */
  readonly fallbackReason: string | null;
  /** how often a failed worker was replaced by a fresh one */
  readonly restarts: number;
  /** told when the mode changes or the worker is restarted */
  onModeChange(listener: (mode: EngineMode) => void): void;
}

export interface EngineClientOptions {
  /** fresh workers after a crash before the engine moves to the main thread */
  maxRestarts?: number;
  /** a worker that has not answered for this long is taken for dead */
  answerTimeoutMs?: number;
}

/** the worker died or went silent: survivable (an error the engine throws is not) */
class WorkerLost extends Error {}

export function createEngineClient(
  makeWorker: () => Worker = () => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' }),
  { maxRestarts = 2, answerTimeoutMs = 20_000 }: EngineClientOptions = {},
): EngineClient {
  let worker: Worker | null = null;
  let remote: Remote<EngineApi> | null = null;
  let mainThread: Promise<EngineApi> | null = null;
  let mode: EngineMode = 'worker';
  let fallbackReason: string | null = null;
  let restarts = 0;
  const listeners: ((mode: EngineMode) => void)[] = [];
  const local = () => (mainThread ??= import('./engineApi.ts').then((m) => m.engineApi));

  // a call in flight when the worker dies would never answer: every call races the death of the
  // worker it went to
  let died: (reason: Error) => void = () => {};
  let death = new Promise<never>(() => {});

  const fallBack = (reason: string) => {
    if (mode === 'main-thread') return;
    mode = 'main-thread';
    fallbackReason = reason;
    remote = null;
    listeners.forEach((l) => l(mode));
  };

  /** the worker failed: the calls on it fail over, and a fresh worker (or the main thread) takes over */
  const lost = (reason: string) => {
    died(new WorkerLost(reason));
    worker?.terminate?.();
    worker = null;
    remote = null;
    if (restarts >= maxRestarts) return fallBack(reason);
    restarts++;
    fallbackReason = reason;
    spawn();
    listeners.forEach((l) => l(mode));
  };

  function spawn() {
    death = new Promise<never>((_, reject) => (died = reject));
    death.catch(() => {});
    try {
      const w = makeWorker();
      w.addEventListener('error', (e) => {
        e.preventDefault?.();
        if (w === worker) lost(e.message || 'worker error');
      });
      worker = w;
      remote = wrap<EngineApi>(w);
    } catch (e) {
      fallBack((e as Error).message);
    }
  }
  spawn();

  return {
    get mode() {
      return mode;
    },
    get fallbackReason() {
      return fallbackReason;
    },
    get restarts() {
      return restarts;
    },
    onModeChange(listener) {
      listeners.push(listener);
    },
    async call(method, ...args) {
      // counted by a browser test: a page with nothing changing asks the engine nothing
      markRecurring('chps:engine-call');
      type Answer = ReturnType<EngineApi[typeof method]>;
      const runLocal = async () => ((await local())[method] as (...a: unknown[]) => Answer)(...args);
      const viaWorker = async (): Promise<Answer> => {
        const target = remote!;
        const sentTo = worker;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const silence = new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            if (worker === sentTo) lost('the engine stopped answering');
            reject(new WorkerLost('the engine stopped answering'));
          }, answerTimeoutMs);
        });
        try {
          return (await Promise.race([(target[method] as unknown as (...a: unknown[]) => Promise<Answer>)(...args), death, silence])) as Answer;
        } finally {
          clearTimeout(timer);
        }
      };
      let answer: Answer;
      if (!remote) answer = await runLocal();
      else {
        try {
          answer = await viaWorker();
        } catch (e) {
          if (!(e instanceof WorkerLost)) throw e;
          // the worker failed under this call: once more on its replacement, else on the main thread
          try {
            answer = remote ? await viaWorker() : await runLocal();
          } catch (again) {
            if (!(again instanceof WorkerLost)) throw again;
            fallBack(again.message);
            answer = await runLocal();
          }
        }
      }
      return answer;
    },
  };
}
