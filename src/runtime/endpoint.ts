// A worker that answers calls, and what happens when it cannot — one code path for the engine's
// workers and the charts' worker. A worker that cannot start, crashes or stops answering is
// replaced by a fresh one (up to `maxRestarts`), then the calls are answered on the page by the
// same code (`local`). Which calls to make, and which answers still matter, is the scheduler's
// business; what a lost worker means for the caller (a call run again, or canvases to hand out
// anew) is said by `retry` and `onModeChange`.
// A worker that dies without a word (terminated, closed, stuck in a loop) is found by its silence:
// while calls wait on it, it must answer one of them within `answerTimeoutMs` plus the work the
// waiting calls were expected to take (`workMs`), and a fresh worker also gets `startupMs` to load.
// Each answer starts the count again, so a long queue of quick calls is never taken for silence.
import { wrap, type Remote } from 'comlink';
import { markRecurring } from './perfMarks.ts';

export type EndpointMode = 'worker' | 'page';

// the answer of a method of Api, whether Api answers at once or with a promise
type Answer<Api, K extends keyof Api> = Api[K] extends (...args: never[]) => infer R ? Awaited<R> : never;
type Args<Api, K extends keyof Api> = Api[K] extends (...args: infer A) => unknown ? A : never;
/** an API whose methods may also answer with a promise */
export type OnPage<Api> = { [K in keyof Api]: Api[K] extends (...args: infer A) => infer R ? (...args: A) => R | Promise<Awaited<R>> : Api[K] };

export interface Endpoint<Api> {
  call<K extends keyof Api>(method: K, ...args: Args<Api, K>): Promise<Answer<Api, K>>;
  readonly mode: EndpointMode;
  /** why the calls left the worker (or why it was last replaced), if they did */
  readonly fallbackReason: string | null;
  /** how often a failed worker was replaced by a fresh one */
  readonly restarts: number;
  /** told when the mode changes or the worker is replaced; returns the way to stop listening */
  onModeChange(listener: (mode: EndpointMode) => void): () => void;
}

export interface EndpointOptions<Api> {
  /** null: this browser cannot run it in a worker, so the page answers from the start */
  makeWorker: (() => Worker) | null;
  /** the same API on the page (its methods may answer with a promise, to yield to the page) */
  local: () => Promise<OnPage<Api>>;
  /** fresh workers after a failure before the page takes over */
  maxRestarts?: number;
  /** a worker with calls waiting that answers none of them for this long (plus their work) is lost */
  answerTimeoutMs?: number;
  /** how much longer than answerTimeoutMs a call may take: its expected work, generously */
  workMs?: (method: keyof Api, args: readonly unknown[]) => number;
  /** what a fresh worker's first answer may take besides, to load */
  startupMs?: number;
  /** a call whose worker was lost runs again on the next worker or on the page (false: it fails) */
  retry?: boolean;
  /** counted by a browser test: a page with nothing changing asks nothing */
  mark?: string;
}

/** the worker died or went silent: survivable (an error the API itself throws is not) */
export class WorkerLost extends Error {}

export function createEndpoint<Api extends object>({ makeWorker, local, maxRestarts = 2, answerTimeoutMs = 2000, workMs, startupMs = 3000, retry = true, mark }: EndpointOptions<Api>): Endpoint<Api> {
  let worker: Worker | null = null;
  let remote: Remote<Api> | null = null;
  let onPage: Promise<OnPage<Api>> | null = null;
  let mode: EndpointMode = makeWorker ? 'worker' : 'page';
  let fallbackReason: string | null = null;
  let restarts = 0;
  const listeners = new Set<(mode: EndpointMode) => void>();
  const page = () => (onPage ??= local());
  const tell = () => listeners.forEach((l) => l(mode));

  // a call in flight when the worker dies would never answer: every call races the death of the
  // worker it went to
  let died: (reason: Error) => void = () => {};
  let death = new Promise<never>(() => {});

  // the calls waiting on the worker, each with its expected work; whether it has answered yet
  const waiting = new Map<symbol, number>();
  let answered = false;
  let watchdog: ReturnType<typeof setTimeout> | undefined;

  /** (re)starts the count of the worker's silence: from now, while calls wait */
  function watch() {
    clearTimeout(watchdog);
    if (!waiting.size || !worker) return;
    let budget = answerTimeoutMs + (answered ? 0 : startupMs);
    for (const work of waiting.values()) budget += work;
    const w = worker;
    const due = performance.now() + budget;
    watchdog = setTimeout(() => {
      if (w !== worker) return;
      // a page too busy to run this timer on time may hold the answer behind it: count again
      if (performance.now() - due > budget / 2) return watch();
      lost(`silent for ${Math.round(budget / 100) / 10} s`);
    }, budget);
  }

  const fallBack = (reason: string) => {
    if (mode === 'page') return;
    mode = 'page';
    fallbackReason = reason;
    remote = null;
    tell();
  };

  /** the worker failed: the calls on it fail over, and a fresh worker (or the page) takes over */
  const lost = (reason: string) => {
    clearTimeout(watchdog);
    waiting.clear();
    answered = false;
    died(new WorkerLost(reason));
    worker?.terminate?.();
    worker = null;
    remote = null;
    if (restarts >= maxRestarts) return fallBack(reason);
    restarts++;
    fallbackReason = reason;
    spawn();
    tell();
  };

  function spawn() {
    death = new Promise<never>((_, reject) => (died = reject));
    death.catch(() => {});
    try {
      const w = makeWorker!();
      w.addEventListener('error', (e) => {
        e.preventDefault?.();
        if (w === worker) lost(e.message || 'worker error');
      });
      w.addEventListener('messageerror', () => {
        if (w === worker) lost('worker message error');
      });
      worker = w;
      remote = wrap<Api>(w);
    } catch (e) {
      fallBack((e as Error).message);
    }
  }

  /** the worker, started on the first call */
  const current = () => {
    if (mode === 'worker' && !remote) spawn();
    return remote;
  };

  async function viaWorker<K extends keyof Api>(target: Remote<Api>, method: K, args: Args<Api, K>): Promise<Answer<Api, K>> {
    const sentTo = worker;
    const call = Symbol(String(method));
    waiting.set(call, workMs?.(method, args) ?? 0);
    watch();
    // any answer, an error the API throws included, shows the worker alive
    const heard = () => {
      if (worker !== sentTo || !waiting.delete(call)) return;
      answered = true;
      watch();
    };
    const run = (target[method] as unknown as (...a: unknown[]) => Promise<Answer<Api, K>>)(...args);
    run.then(heard, heard);
    return Promise.race([run, death]);
  }

  const onThePage = async <K extends keyof Api>(method: K, args: Args<Api, K>): Promise<Answer<Api, K>> =>
    ((await page())[method] as unknown as (...a: unknown[]) => Promise<Answer<Api, K>>)(...args);

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
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async call(method, ...args) {
      if (mark) markRecurring(mark);
      const target = current();
      if (!target) return onThePage(method, args);
      try {
        return await viaWorker(target, method, args);
      } catch (e) {
        if (!(e instanceof WorkerLost) || !retry) throw e;
        // the worker failed under this call: once more on its replacement, else on the page
        try {
          const next = current();
          return next ? await viaWorker(next, method, args) : await onThePage(method, args);
        } catch (again) {
          if (!(again instanceof WorkerLost)) throw again;
          fallBack(again.message);
          return onThePage(method, args);
        }
      }
    },
  };
}
