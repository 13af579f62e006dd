// Where the page's charts are drawn. Where the browser can hand a canvas to a worker
// (OffscreenCanvas), all charts are drawn in one chart worker: while a slider moves, the page
// updates its tables while the worker redraws the charts, side by side. Elsewhere, or once that
// worker has failed, they are drawn on the page (Chart.js loaded on first use), as before.
//
// Each chart has at most one drawing in flight; newer data waits and replaces older data that has
// not gone out yet, so a fast slider never builds a queue. Charts in view go first; in the worker,
// charts out of view follow once those are done (so a printout is current), on the page they wait
// until they come into view or the page is printed.
import { transfer, wrap, type Remote } from 'comlink';
import type { ChartRenderer } from './chartRenderer.ts';
import { hasBand, sameSpec, type CanvasSize, type ChartSpec } from './chartSpec.ts';
import { markRecurring } from './perfMarks.ts';

export type ChartMode = 'worker' | 'page';

export interface ChartHandle {
  /** new data: drawn at once if the chart is in view */
  draw(spec: ChartSpec): void;
  setVisible(visible: boolean): void;
  resize(size: CanvasSize): void;
  pointer(x: number, y: number): void;
  leave(): void;
  png(): Promise<Blob | null>;
  release(): void;
}

interface Slot {
  id: number;
  /** the name data may be sent under ahead of the chart component (see prefeed) */
  key: string | undefined;
  visible: boolean;
  /** the data last sent to be drawn */
  shown: ChartSpec | null;
  /** data not yet sent */
  waiting: ChartSpec | null;
  /** a drawing of this chart is in the worker */
  busy: boolean;
  /** the latest pointer position not yet sent (null: the pointer left) */
  pointerWaiting: { x: number; y: number } | null | undefined;
  pointerBusy: boolean;
  released: boolean;
}

export interface ChartHostOptions {
  /** null where the browser cannot draw in a worker */
  makeWorker?: (() => Worker) | null;
  /** a chart's drawing unanswered this long means the worker is stuck (drawing takes milliseconds) */
  silentAfterMs?: number;
}

const offscreenSupported = () => typeof Worker !== 'undefined' && typeof HTMLCanvasElement !== 'undefined' && typeof HTMLCanvasElement.prototype.transferControlToOffscreen === 'function' && typeof OffscreenCanvas !== 'undefined';

export function createChartHost({ makeWorker = offscreenSupported() ? () => new Worker(new URL('../worker/chart.worker.ts', import.meta.url), { type: 'module' }) : null, silentAfterMs = 4000 }: ChartHostOptions = {}) {
  let mode: ChartMode = makeWorker ? 'worker' : 'page';
  let worker: Worker | null = null;
  let remote: Remote<ChartRenderer> | null = null;
  let onPage: ChartRenderer | null = null;
  let loadingPage: Promise<ChartRenderer> | null = null;
  let nextId = 1;
  const slots = new Map<number, Slot>();
  const resetListeners = new Set<() => void>();
  let printing = false;

  const pageRenderer = () =>
    (loadingPage ??= import('./chartRenderer.ts').then((m) => {
      onPage = m.createChartRenderer();
      return onPage;
    }));

  function workerRemote(): Remote<ChartRenderer> {
    if (remote) return remote;
    worker = makeWorker!();
    worker.addEventListener('error', (e) => fail(e.message || 'chart worker error'));
    worker.addEventListener('messageerror', () => fail('chart worker message error'));
    remote = wrap<ChartRenderer>(worker);
    return remote;
  }

  /** the worker failed: every chart gets a new canvas, drawn on the page from now on */
  function fail(reason: string) {
    if (mode === 'page') return;
    mode = 'page';
    console.warn(`Charts are drawn on the page from now on: ${reason}`);
    worker?.terminate();
    worker = null;
    remote = null;
    slots.clear();
    resetListeners.forEach((l) => l());
  }

  /** when the chart finished drawing, on the page's clock, for npm run bench:ui */
  function markDrawn(slot: Slot, spec: ChartSpec, epochMs: number) {
    const name = !slot.visible ? 'chps:chart-drawn:offscreen' : hasBand(spec) ? 'chps:chart-drawn:bands' : 'chps:chart-drawn';
    markRecurring(name, Math.max(0, epochMs - performance.timeOrigin));
  }

  /** Sends what waits to be drawn. On the page: at once, for charts in view (or all, to print).
   * In the worker: each chart in view as soon as its data comes (the worker starts on the first
   * while the page still works out the others), at most one drawing in flight per chart (newer
   * data waits and replaces older), and charts out of view once those in view are done. */
  let offscreenReady = false;
  let offscreenTimer: ReturnType<typeof setTimeout> | null = null;
  function pump() {
    if (mode === 'page') {
      if (!onPage) {
        void pageRenderer().then(pump);
        return;
      }
      for (const slot of slots.values()) {
        if (!slot.waiting || (!slot.visible && !printing)) continue;
        const spec = slot.waiting;
        slot.waiting = null;
        slot.shown = spec;
        markDrawn(slot, spec, onPage.draw(slot.id, spec));
      }
      return;
    }
    const all = [...slots.values()];
    let go = all.filter((slot) => slot.visible && slot.waiting && !slot.busy);
    if (!all.some((slot) => slot.visible && (slot.waiting || slot.busy))) {
      // out of view: one at a time, so a new edit's charts never wait behind more than one
      if (all.some((slot) => !slot.visible && slot.busy)) return;
      const offscreen = all.filter((slot) => slot.waiting);
      if (!offscreen.length) return;
      if (!offscreenReady) {
        // after the page has finished this round of updates
        offscreenTimer ??= setTimeout(() => {
          offscreenTimer = null;
          offscreenReady = true;
          pump();
        }, 0);
        return;
      }
      go = offscreen.slice(0, 1);
      offscreenReady = offscreen.length > 1;
    }
    for (const slot of go) drawInWorker(slot);
  }

  function drawInWorker(slot: Slot) {
    const spec = slot.waiting!;
    slot.waiting = null;
    slot.shown = spec;
    slot.busy = true;
    // a worker that stays silent (stuck) is taken for failed, like one that throws
    const silent = setTimeout(() => fail(`chart worker silent for ${silentAfterMs / 1000} s`), silentAfterMs);
    remote!.draw(slot.id, spec).then(
      (at) => {
        clearTimeout(silent);
        if (mode !== 'worker') return;
        slot.busy = false;
        markDrawn(slot, spec, at);
        pump();
      },
      (e: Error) => {
        clearTimeout(silent);
        fail(e.message);
      },
    );
  }

  function sendPointer(slot: Slot) {
    if (slot.pointerBusy || slot.pointerWaiting === undefined || slot.released) return;
    const at = slot.pointerWaiting;
    slot.pointerWaiting = undefined;
    if (mode === 'page') {
      if (onPage) at ? onPage.pointer(slot.id, at.x, at.y) : onPage.leave(slot.id);
      return;
    }
    slot.pointerBusy = true;
    void (at ? remote!.pointer(slot.id, at.x, at.y) : remote!.leave(slot.id)).then(() => {
      slot.pointerBusy = false;
      sendPointer(slot);
    }, (e: Error) => fail(e.message));
  }

  return {
    /** told when every chart must be given a new canvas (the worker failed) */
    onReset(listener: () => void): () => void {
      resetListeners.add(listener);
      return () => resetListeners.delete(listener);
    },
    /** the page is about to print: charts out of view are drawn now (on the page, at once) */
    print(on: boolean) {
      printing = on;
      if (on) pump();
    },
    /** The chart named `key` has new data: sent at once, ahead of its component, which finds it
     * already sent. The workbench does this before the page updates its tables, so the chart
     * worker starts while the page is still busy. */
    prefeed(key: string, spec: ChartSpec) {
      for (const slot of slots.values()) {
        if (slot.key !== key || sameSpec(slot.waiting ?? slot.shown, spec)) continue;
        slot.waiting = spec;
        pump();
      }
    },
    attach(canvas: HTMLCanvasElement, size: CanvasSize, key?: string): ChartHandle {
      const slot: Slot = { id: nextId++, key, visible: true, shown: null, waiting: null, busy: false, pointerWaiting: undefined, pointerBusy: false, released: false };
      slots.set(slot.id, slot);
      if (mode === 'worker') {
        try {
          const offscreen = canvas.transferControlToOffscreen();
          void workerRemote().attach(slot.id, transfer(offscreen, [offscreen]), size).catch((e: Error) => fail(e.message));
        } catch (e) {
          fail((e as Error).message);
        }
      } else {
        void pageRenderer().then((r) => r.attach(slot.id, canvas, size));
      }
      const gen = mode;
      const live = () => !slot.released && mode === gen;
      return {
        draw(spec) {
          if (!live() || sameSpec(slot.waiting ?? slot.shown, spec)) return;
          slot.waiting = spec;
          pump();
        },
        setVisible(visible) {
          if (!live()) return;
          slot.visible = visible;
          if (visible) pump();
        },
        resize(size) {
          if (!live()) return;
          if (mode === 'worker') void remote?.resize(slot.id, size).catch((e: Error) => fail(e.message));
          else void pageRenderer().then((r) => r.resize(slot.id, size));
        },
        pointer(x, y) {
          if (!live()) return;
          slot.pointerWaiting = { x, y };
          sendPointer(slot);
        },
        leave() {
          if (!live()) return;
          slot.pointerWaiting = null;
          sendPointer(slot);
        },
        async png() {
          if (!live()) return null;
          return mode === 'worker' ? remote!.png(slot.id) : (await pageRenderer()).png(slot.id);
        },
        release() {
          if (slot.released) return;
          slot.released = true;
          slots.delete(slot.id);
          if (mode !== gen) return;
          if (mode === 'worker') void remote?.detach(slot.id).catch(() => {});
          else void pageRenderer().then((r) => r.detach(slot.id));
        },
      };
    },
  };
}

export type ChartHost = ReturnType<typeof createChartHost>;

/** the page's one chart host */
export const chartHost: ChartHost = createChartHost();
