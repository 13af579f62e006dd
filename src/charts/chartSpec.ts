// A chart as plain data: what the page sends to be drawn (to the chart worker or on the page).

/** Okabe–Ito colours, one meaning each across every chart */
export const palette = { projection: '#0072B2', target: '#D55E00', need: '#009E73', second: '#E69F00', stated: '#1c2430', observed: '#CC79A7', national: '#6b6b6b' } as const;

export interface ChartSeries {
  label: string;
  values: readonly number[];
  /** dashed reference line (a target) */
  dashed?: boolean;
  color: string;
  /** the series this one fills to (index into the list): with it, a band (10–90 %) */
  fillTo?: number;
  /** one marked point per value, no line (the plan's stated baseline, the observed values) */
  marker?: boolean;
  /** the marker's shape: a diamond (the plan's baseline) or a dot (an observed value) */
  pointStyle?: 'rectRot' | 'circle';
  /** a line through the known points across the years between (a national series) */
  spanGaps?: boolean;
  /** false: no legend entry of its own (a band's other edge: the band's entry names both) */
  inLegend?: boolean;
  hidden?: boolean;
}

export interface ChartSpec {
  years: readonly number[];
  series: readonly ChartSeries[];
  /** decimals of the tooltip values (the axis shows at most 2) */
  digits: number;
  /** the y axis starts at zero (counts: residents, children, places), so a small change looks small */
  fromZero?: boolean;
  lang: 'zh' | 'en';
}

/** the canvas's size on the page, in CSS pixels, and the screen's pixels per CSS pixel */
export interface CanvasSize {
  width: number;
  height: number;
  pixelRatio: number;
}

/** a chart's data as plain values (no reactive proxies: it crosses postMessage) */
export function chartSpecOf(years: readonly number[], series: readonly ChartSeries[], digits: number, lang: 'zh' | 'en', fromZero = false): ChartSpec {
  return {
    years: [...years],
    series: series.map((s) => ({ label: s.label, values: [...s.values], color: s.color, dashed: s.dashed, fillTo: s.fillTo, marker: s.marker, pointStyle: s.pointStyle, spanGaps: s.spanGaps, inLegend: s.inLegend, hidden: s.hidden })),
    digits,
    fromZero,
    lang,
  };
}

/** a Monte Carlo band (a series filling down to another) is on the chart */
export const hasBand = (spec: ChartSpec) => spec.series.some((s) => s.fillTo !== undefined);

/** the same numbers, lines and labels: nothing to redraw (an edit to one resource leaves most charts as they were) */
export function sameSpec(a: ChartSpec | null, b: ChartSpec): boolean {
  if (!a || a.lang !== b.lang || a.digits !== b.digits || a.fromZero !== b.fromZero || a.years.length !== b.years.length || a.series.length !== b.series.length) return false;
  if (a.years.some((y, i) => y !== b.years[i])) return false;
  return a.series.every((s, i) => {
    const t = b.series[i]!;
    return s.label === t.label && s.color === t.color && s.dashed === t.dashed && s.fillTo === t.fillTo && s.marker === t.marker && s.pointStyle === t.pointStyle && s.spanGaps === t.spanGaps && s.inLegend === t.inLegend && s.hidden === t.hidden && s.values.length === t.values.length && s.values.every((v, k) => Object.is(v, t.values[k]));
  });
}
