// Draws the page's line charts with Chart.js from plain data, on any canvas: in the chart worker
// (an OffscreenCanvas, so drawing never holds up the page while a slider moves) or, where a
// browser cannot hand a canvas to a worker, on the page itself. Everything it is given is plain
// data (it crosses postMessage); the functions Chart.js calls back (axis labels, tooltips) are
// built here. Chart.js's BasicPlatform in both places: sizes and pointer positions come from the
// page, so the two paths draw the same pixels.
import { BasicPlatform, CategoryScale, Chart, Filler, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartDataset, type ChartEvent } from 'chart.js';
import { formatDecimals } from '../i18n/numberFormat.ts';
import type { CanvasSize, ChartSpec } from './chartSpec.ts';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Filler, Tooltip);

type AnyCanvas = HTMLCanvasElement | OffscreenCanvas;
/** a point as Chart.js keeps it after parsing (x: the year's index on the category axis), so it
 * reads the data as it is (`parsing: false`) */
type Point = { x: number; y: number };
type LineDataset = ChartDataset<'line', Point[]>;

const points = (values: readonly number[]): Point[] => values.map((y, x) => ({ x, y }));

function datasets(spec: ChartSpec): LineDataset[] {
  return spec.series.map((s) => ({
    label: s.label,
    data: points(s.values),
    borderColor: s.color,
    backgroundColor: s.fillTo !== undefined ? `${s.color}33` : s.color,
    borderDash: s.dashed ? [6, 4] : [],
    borderWidth: s.fillTo !== undefined ? 0 : s.inLegend === false ? 1 : 2,
    pointRadius: s.marker ? 5 : s.spanGaps ? 3 : s.fillTo !== undefined || s.dashed || s.inLegend === false ? 0 : 2,
    pointStyle: s.marker ? (s.pointStyle ?? 'rectRot') : 'circle',
    showLine: !s.marker,
    spanGaps: s.spanGaps ?? false,
    fill: s.fillTo !== undefined ? s.fillTo : false,
    hidden: s.hidden ?? false,
  }));
}

/** the same lines (labels, colours, visibility) in the same order: only the numbers differ */
const sameShape = (current: LineDataset[], next: LineDataset[]) =>
  current.length === next.length && current.every((d, i) => d.label === next[i]!.label && d.hidden === next[i]!.hidden && d.borderColor === next[i]!.borderColor && d.borderDash?.length === next[i]!.borderDash?.length);

/** decimals that tell the axis ticks apart (0.19, 0.19, 0.20 … is not an axis) */
function tickDecimals(ticks: readonly { value: number }[], digits: number): number {
  const step = ticks.length > 1 ? Math.abs(ticks[1]!.value - ticks[0]!.value) : 0;
  return step > 0 ? Math.min(4, Math.max(0, Math.ceil(-Math.log10(step) - 1e-9))) : Math.min(digits, 2);
}

interface Entry {
  canvas: AnyCanvas;
  size: CanvasSize;
  chart: Chart<'line', Point[], number> | null;
  /** what the chart's callbacks format with; read when they run, so a new language needs no new chart */
  format: { lang: 'zh' | 'en'; digits: number };
  /** where the pointer is over the chart, for its tooltip (kept across redraws, as Chart.js does) */
  pointer: { x: number; y: number } | null;
}

export interface ChartRenderer {
  /** a canvas to draw on, at its size on the page */
  attach(id: number, canvas: AnyCanvas, size: CanvasSize): void;
  /** draws each chart with its new data, in order; returns when (ms since the epoch) each was drawn.
   * Many in one call: a slider's step redraws a dozen charts, and one message a chart cost the
   * page more than the drawing saved */
  draw(charts: readonly { id: number; spec: ChartSpec }[]): number[];
  resize(id: number, size: CanvasSize): void;
  /** the pointer at (x, y) CSS pixels over the chart: the tooltip for that year */
  pointer(id: number, x: number, y: number): void;
  /** the pointer left: no tooltip */
  leave(id: number): void;
  /** the chart as a PNG for slides and reports: at least twice the screen's size and 1200 px wide */
  png(id: number): Promise<Blob | null>;
  detach(id: number): void;
}

/** pixels per CSS pixel of a saved picture: twice the screen's, and at least 1200 px wide */
export const pictureRatio = (cssWidth: number) => Math.max(2, Math.ceil((1200 / Math.max(1, cssWidth)) * 1000) / 1000);

export function createChartRenderer(): ChartRenderer {
  const entries = new Map<number, Entry>();

  function create(entry: Entry, spec: ChartSpec) {
    const { format } = entry;
    // Chart.js takes its first size from the canvas: CSS pixels, then scales by the pixel ratio
    entry.canvas.width = entry.size.width;
    entry.canvas.height = entry.size.height;
    // (Chart.js draws on an OffscreenCanvas as well; its types name only the DOM's canvas)
    entry.chart = new Chart<'line', Point[], number>(entry.canvas as HTMLCanvasElement, {
      type: 'line',
      platform: BasicPlatform,
      data: { labels: [...spec.years], datasets: datasets(spec) },
      options: {
        animation: false,
        // the data come as Chart.js keeps them, in year order: nothing to parse or sort on each redraw
        parsing: false,
        normalized: true,
        responsive: false,
        maintainAspectRatio: false,
        devicePixelRatio: entry.size.pixelRatio,
        // pointer events come from the page (pointer/leave), whichever thread draws
        events: [],
        interaction: { mode: 'index', intersect: false },
        plugins: {
          tooltip: { filter: (item) => Number.isFinite(item.parsed.y), callbacks: { label: (ctx) => `${ctx.dataset.label ?? ''}: ${formatDecimals(format.lang, ctx.parsed.y ?? 0, format.digits)}` } },
        },
        // tick labels measured from a sample, not all of them: the costliest part of a redraw
        scales: {
          // the years need no vertical grid
          x: { grid: { display: false }, ticks: { sampleSize: 3, autoSkip: false, maxRotation: 0 } },
          y: {
            beginAtZero: spec.fromZero ?? false,
            ticks: { sampleSize: 3, maxTicksLimit: 6, callback: (v, _i, ticks) => formatDecimals(format.lang, Number(v), tickDecimals(ticks, format.digits)) },
            // wide enough for the longest label (the largest value), without measuring each one
            afterFit: (axis) => {
              axis.width = 16 + 7.2 * formatDecimals(format.lang, Math.max(Math.abs(axis.max), Math.abs(axis.min)), tickDecimals(axis.ticks, format.digits)).length;
            },
          },
        },
      },
    });
  }

  function drawOne(id: number, spec: ChartSpec) {
    const entry = entries.get(id);
    if (!entry) return;
    entry.format.lang = spec.lang;
    entry.format.digits = spec.digits;
    if (!entry.chart) return create(entry, spec);
    const chart = entry.chart;
    const next = datasets(spec);
    const current = chart.data.datasets;
    // the same lines with new values: swap the numbers only, so Chart.js keeps its resolved options
    if (sameShape(current, next)) current.forEach((d, i) => (d.data = next[i]!.data));
    else chart.data.datasets = next;
    if (chart.data.labels?.length !== spec.years.length || chart.data.labels.some((y, i) => y !== spec.years[i])) chart.data.labels = [...spec.years];
    const y = chart.options.scales?.y as { beginAtZero?: boolean } | undefined;
    if (y) y.beginAtZero = spec.fromZero ?? false;
    chart.update('none');
    if (entry.pointer) hover(entry);
  }

  /** the tooltip for the year under the pointer (or none) */
  function hover(entry: Entry) {
    const chart = entry.chart;
    if (!chart) return;
    const at = entry.pointer;
    // a ChartEvent (it has `native`): Chart.js takes its x and y as they are (its types ask for a DOM Event)
    const event: ChartEvent = { type: 'mousemove', native: null, x: at?.x ?? 0, y: at?.y ?? 0 };
    const active = at ? chart.getElementsAtEventForMode(event as unknown as Event, 'index', { intersect: false }, false) : [];
    chart.setActiveElements(active);
    chart.tooltip?.setActiveElements(active, { x: event.x, y: event.y });
    chart.render();
  }

  return {
    attach(id, canvas, size) {
      entries.set(id, { canvas, size, chart: null, format: { lang: 'zh', digits: 2 }, pointer: null });
    },
    draw(charts) {
      return charts.map(({ id, spec }) => {
        drawOne(id, spec);
        return performance.timeOrigin + performance.now();
      });
    },
    resize(id, size) {
      const entry = entries.get(id);
      if (!entry || (size.width === entry.size.width && size.height === entry.size.height && size.pixelRatio === entry.size.pixelRatio)) return;
      entry.size = size;
      if (!entry.chart) return;
      entry.chart.options.devicePixelRatio = size.pixelRatio;
      entry.chart.resize(size.width, size.height);
    },
    pointer(id, x, y) {
      const entry = entries.get(id);
      if (!entry) return;
      entry.pointer = { x, y };
      hover(entry);
    },
    leave(id) {
      const entry = entries.get(id);
      if (!entry?.pointer) return;
      entry.pointer = null;
      hover(entry);
    },
    async png(id) {
      const entry = entries.get(id);
      if (!entry?.chart) return null;
      const { canvas, chart, size } = entry;
      // drawn again at the picture's own pixel ratio, without the tooltip, then back as it was
      chart.options.devicePixelRatio = pictureRatio(size.width);
      chart.setActiveElements([]);
      chart.tooltip?.setActiveElements([], { x: 0, y: 0 });
      chart.resize(size.width, size.height);
      try {
        if ('convertToBlob' in canvas) return await canvas.convertToBlob({ type: 'image/png' });
        return await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      } finally {
        chart.options.devicePixelRatio = size.pixelRatio;
        chart.resize(size.width, size.height);
        if (entry.pointer) hover(entry);
      }
    },
    detach(id) {
      entries.get(id)?.chart?.destroy();
      entries.delete(id);
    },
  };
}
