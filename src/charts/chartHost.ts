// Where the page's charts are drawn. Where the browser can hand a canvas to a worker
// (OffscreenCanvas), all charts are drawn in one chart worker: while a slider moves, the page
// updates its tables while the worker redraws the charts, side by side. Elsewhere, or once that
// worker has failed or got stuck, they are drawn on the page (Chart.js loaded on first use). The
// worker and its fallback are one endpoint; the charts' drawings go through the scheduler in rounds
// (one message for every chart with new data, one round in flight, newer data replacing data not
// yet sent, so a fast slider never builds a queue).
// Charts in view go first; in the worker, charts out of view follow one at a time once those are
// done (so a printout is current); on the page they wait until they come into view or the page prints.
import { transfer } from 'comlink';
import type { ChartRenderer } from './chartRenderer.ts';
import { hasBand, sameSpec, type CanvasSize, type ChartSpec } from './chartSpec.ts';
import { createEndpoint } from '../runtime/endpoint.ts';
import { Scheduler } from '../runtime/scheduler.ts';
import { markRecurring } from '../runtime/perfMarks.ts';

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
  /** the data last handed on to be drawn */
  sent: ChartSpec | null;
  /** data not handed on yet (the chart is out of view) */
  pending: ChartSpec | null;
  /** drawings of this chart handed on and not yet answered */
  inFlight: number;
  released: boolean;
}

export interface ChartHostOptions {
  /** null where the browser cannot draw in a worker */
  makeWorker?: (() => Worker) | null;
  /** a drawing unanswered this long means the worker is stuck (drawing takes milliseconds) */
  silentAfterMs?: number;
}

const offscreenSupported = () => typeof Worker !== 'undefined' && typeof HTMLCanvasElement !== 'undefined' && typeof HTMLCanvasElement.prototype.transferControlToOffscreen === 'function' && typeof OffscreenCanvas !== 'undefined';

export function createChartHost({ makeWorker = offscreenSupported() ? () => new Worker(new URL('./chart.worker.ts', import.meta.url), { type: 'module' }) : null, silentAfterMs = 4000 }: ChartHostOptions = {}) {
  // a lost chart worker is not replaced: its canvases went with it, so every chart gets a new one on the page
  const endpoint = createEndpoint<ChartRenderer>({
    makeWorker,
    local: () => import('./chartRenderer.ts').then((m) => m.createChartRenderer()),
    maxRestarts: 0,
    answerTimeoutMs: silentAfterMs,
    retry: false,
  });
  const scheduler = new Scheduler();
  let nextId = 1;
  const slots = new Map<number, Slot>();
  const resetListeners = new Set<() => void>();
  let printing = false;

  endpoint.onModeChange((mode) => {
    if (mode !== 'page') return;
    console.warn(`Charts are drawn on the page from now on: ${endpoint.fallbackReason ?? 'the chart worker failed'}`);
    slots.clear();
    resetListeners.forEach((l) => l());
  });
  // a drawing lost with the worker is drawn again on the page's new canvases
  const ignoreLost = () => {};

  /** when the chart finished drawing, on the page's clock, for npm run bench:ui */
  function markDrawn(slot: Slot, spec: ChartSpec, epochMs: number) {
    const name = !slot.visible ? 'chps:chart-drawn:offscreen' : hasBand(spec) ? 'chps:chart-drawn:bands' : 'chps:chart-drawn';
    markRecurring(name, Math.max(0, epochMs - performance.timeOrigin), { chart: slot.id });
  }

  /** Hands these charts' waiting data on in one message (the renderer draws them in order) and
   * marks each drawn; then whatever arrived meanwhile goes on. */
  function drawRound(batch: Slot[]): Promise<void> {
    const mode = endpoint.mode;
    const round = batch.map((slot) => {
      const spec = slot.pending!;
      slot.pending = null;
      slot.sent = spec;
      slot.inFlight++;
      return { slot, spec };
    });
    const answered = (times: number[] | null) => {
      round.forEach(({ slot, spec }, i) => {
        slot.inFlight--;
        if (times && mode === endpoint.mode) markDrawn(slot, spec, times[i]!);
      });
      pump();
    };
    return endpoint.call('draw', round.map(({ slot, spec }) => ({ id: slot.id, spec }))).then(answered, () => answered(null));
  }

  /** charts drawn at once: those in view, and all of them while printing */
  const drawnNow = (s: Slot) => s.pending !== null && (s.visible || printing);
  const visibleBusy = () => [...slots.values()].some((s) => s.visible && (s.pending || s.inFlight));

  /** Hands on what waits to be drawn: charts in view (all of them, to print) in one round, one
   * round in flight at a time (data that arrives meanwhile waits for the next, the latest only);
   * in the worker, charts out of view once those in view are done, one at a time, after the page
   * has finished this round of updates. */
  function pump() {
    if ([...slots.values()].some(drawnNow)) {
      scheduler.run('draw', async () => {
        const batch = [...slots.values()].filter(drawnNow);
        if (batch.length) await drawRound(batch);
      });
    }
    if (endpoint.mode !== 'worker' || visibleBusy() || ![...slots.values()].some((s) => s.pending)) return;
    scheduler.run(
      'offscreen',
      async () => {
        const slot = visibleBusy() ? undefined : [...slots.values()].find((s) => s.pending && !s.inFlight);
        if (slot) void drawRound([slot]);
      },
      { settleMs: 1 },
    );
  }

  /** a chart's own new data: handed on once the page's current update is done, with any other
   * chart's that arrive in the same update (one round, not one message a chart) */
  let pumpQueued = false;
  function pumpSoon() {
    if (pumpQueued) return;
    pumpQueued = true;
    queueMicrotask(() => {
      pumpQueued = false;
      pump();
    });
  }

  /** the latest data handed on or waiting: what a new spec is compared with */
  const latest = (slot: Slot) => slot.pending ?? slot.sent;

  return {
    /** told when every chart must be given a new canvas (the worker failed) */
    onReset(listener: () => void): () => void {
      resetListeners.add(listener);
      return () => resetListeners.delete(listener);
    },
    /** the page is about to print: charts out of view are drawn now */
    print(on: boolean) {
      printing = on;
      if (on) pump();
    },
    /** The charts named by these keys have new data: sent at once (in one round), ahead of their
     * components, which find it already sent. The workbench does this before the page updates its
     * tables, so the chart worker starts while the page is still busy. */
    prefeed(charts: readonly { key: string; spec: ChartSpec }[]) {
      const byKey = new Map(charts.map((c) => [c.key, c.spec]));
      for (const slot of slots.values()) {
        const spec = slot.key === undefined ? undefined : byKey.get(slot.key);
        if (spec && !sameSpec(latest(slot), spec)) slot.pending = spec;
      }
      pump();
    },
    attach(canvas: HTMLCanvasElement, size: CanvasSize, key?: string): ChartHandle {
      const slot: Slot = { id: nextId++, key, visible: true, sent: null, pending: null, inFlight: 0, released: false };
      slots.set(slot.id, slot);
      const gen = endpoint.mode;
      if (gen === 'worker') {
        try {
          const offscreen = canvas.transferControlToOffscreen();
          endpoint.call('attach', slot.id, transfer(offscreen, [offscreen]), size).catch(ignoreLost);
        } catch (e) {
          console.warn(`Charts cannot be drawn in the worker: ${(e as Error).message}`);
        }
      } else void endpoint.call('attach', slot.id, canvas, size);
      const live = () => !slot.released && endpoint.mode === gen;
      // the latest pointer position waits while one is in flight; null: the pointer left
      const point = (at: { x: number; y: number } | null) => {
        if (!live()) return;
        scheduler.run(`pointer:${slot.id}`, () => (at ? endpoint.call('pointer', slot.id, at.x, at.y) : endpoint.call('leave', slot.id))).answer.catch(ignoreLost);
      };
      return {
        draw(spec) {
          if (!live() || sameSpec(latest(slot), spec)) return;
          slot.pending = spec;
          pumpSoon();
        },
        setVisible(visible) {
          if (!live()) return;
          slot.visible = visible;
          if (visible) pump();
        },
        resize(size) {
          if (live()) endpoint.call('resize', slot.id, size).catch(ignoreLost);
        },
        pointer: (x, y) => point({ x, y }),
        leave: () => point(null),
        async png() {
          return live() ? endpoint.call('png', slot.id) : null;
        },
        release() {
          if (slot.released) return;
          slot.released = true;
          slots.delete(slot.id);
          if (endpoint.mode === gen) endpoint.call('detach', slot.id).catch(ignoreLost);
        },
      };
    },
  };
}

export type ChartHost = ReturnType<typeof createChartHost>;

/** the page's one chart host */
export const chartHost: ChartHost = createChartHost();
