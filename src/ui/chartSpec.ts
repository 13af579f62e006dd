// A chart as plain data: what the page sends to be drawn (to the chart worker or on the page).
export interface ChartSeries {
  label: string;
  values: readonly number[];
  /** dashed reference line (a target) */
  dashed?: boolean;
  color: string;
  /** the band this series fills down to (index into the list), for p10–p90 */
  fillTo?: number;
  hidden?: boolean;
}

export interface ChartSpec {
  years: readonly number[];
  series: readonly ChartSeries[];
  /** decimals of the tooltip values (the axis shows at most 2) */
  digits: number;
  lang: 'zh' | 'en';
}

/** the canvas's size on the page, in CSS pixels, and the screen's pixels per CSS pixel */
export interface CanvasSize {
  width: number;
  height: number;
  pixelRatio: number;
}

/** a chart's data as plain values (no reactive proxies: it crosses postMessage) */
export function chartSpecOf(years: readonly number[], series: readonly ChartSeries[], digits: number, lang: 'zh' | 'en'): ChartSpec {
  return {
    years: [...years],
    series: series.map((s) => ({ label: s.label, values: [...s.values], color: s.color, dashed: s.dashed, fillTo: s.fillTo, hidden: s.hidden })),
    digits,
    lang,
  };
}

/** a Monte Carlo band (a series filling down to another) is on the chart */
export const hasBand = (spec: ChartSpec) => spec.series.some((s) => s.fillTo !== undefined);

/** the same numbers, lines and labels: nothing to redraw (an edit to one resource leaves most charts as they were) */
export function sameSpec(a: ChartSpec | null, b: ChartSpec): boolean {
  if (!a || a.lang !== b.lang || a.digits !== b.digits || a.years.length !== b.years.length || a.series.length !== b.series.length) return false;
  if (a.years.some((y, i) => y !== b.years[i])) return false;
  return a.series.every((s, i) => {
    const t = b.series[i]!;
    return s.label === t.label && s.color === t.color && s.dashed === t.dashed && s.fillTo === t.fillTo && s.hidden === t.hidden && s.values.length === t.values.length && s.values.every((v, k) => Object.is(v, t.values[k]));
  });
}
