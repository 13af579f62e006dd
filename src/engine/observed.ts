// What actually happened: yearly values a planner enters from 2021 on (from a statistical
// bulletin, say), by series — the population, a resource's count (beds, nurses…), or an indicator's
// value (beds per 1000…). A projection takes every observed year as a fact and continues from it:
// the population and each stock restart at the observed value, so the years after the last
// observation are the projection "from where the county is". Where a county has two or more
// observed years of a resource, its own trend (a least-squares line through the baseline and those
// years, per 1000 residents) replaces the national pace on a trend path, with the fit's standard
// error as its uncertainty.
import { simulatedIndicators, type Resource } from '../data/catalogue.ts';

export interface ObservedValue {
  value: number;
  /** where the number comes from, as the planner wrote it (统计公报 2024) */
  source?: string;
}

/** series id → year → value */
export type ObservedValues = Readonly<Record<string, Readonly<Record<number, ObservedValue>>>>;

/** The observed values of one series by step (index t = year − base year; undefined: none). Steps
 * from 1: the baseline is the plan's own figure. */
export function observedSteps(observed: ObservedValues | undefined, series: string, baseYear: number, steps: number): (number | undefined)[] {
  const out: (number | undefined)[] = new Array(steps + 1).fill(undefined);
  const years = observed?.[series];
  if (!years) return out;
  for (let t = 1; t <= steps; t++) out[t] = years[baseYear + t]?.value;
  return out;
}

export const hasAny = (xs: readonly (number | undefined)[]) => xs.some((x) => x !== undefined);

/** The indicators whose observed value gives a resource's count: per-capita ones of that resource. */
function perCapitaOf(resource: Resource): [string, number][] {
  return Object.entries(simulatedIndicators).flatMap(([id, s]) => (s.kind === 'per_capita' && s.resource === resource ? [[id, s.perCapitaBase] as [string, number]] : []));
}

/** A resource's observed count by step: its count where one was entered, else its per-capita
 * indicator's value × the residents of that year (observed or projected). The count wins where
 * both were entered: it is the bulletin's own figure, the ratio one divided by some population. */
export function observedCounts(observed: ObservedValues | undefined, resource: Resource, population: ArrayLike<number>, baseYear: number, steps: number): (number | undefined)[] {
  const counts = observedSteps(observed, resource, baseYear, steps);
  for (const [id, base] of perCapitaOf(resource)) {
    const ratio = observedSteps(observed, id, baseYear, steps);
    for (let t = 1; t <= steps; t++) if (counts[t] === undefined && ratio[t] !== undefined) counts[t] = (ratio[t]! * population[t]!) / base;
  }
  return counts;
}

/** The last step with an observation at or before `upTo` (0 when none: the baseline). */
export function lastObservedStep(values: readonly (number | undefined)[], upTo = values.length - 1): number {
  for (let t = Math.min(upTo, values.length - 1); t >= 1; t--) if (values[t] !== undefined) return t;
  return 0;
}

export interface LineFit {
  /** rise a year */
  slope: number;
  /** the slope's standard error (ordinary least squares) */
  slopeStandardError: number;
  points: number;
}

/** Ordinary least squares through (x, y); null with fewer than three points (the standard error
 * needs one degree of freedom). */
export function fitLine(points: readonly { x: number; y: number }[]): LineFit | null {
  const n = points.length;
  if (n < 3) return null;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    sxy += (p.x - mx) * (p.y - my);
  }
  if (!(sxx > 0)) return null;
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const residual = points.reduce((s, p) => s + (p.y - intercept - slope * p.x) ** 2, 0);
  return { slope, slopeStandardError: Math.sqrt(residual / (n - 2) / sxx), points: n };
}

/** A uniform draw with the fit's standard deviation spans ±√3 standard errors. */
export const uniformHalfWidth = (standardError: number) => Math.sqrt(3) * standardError;
