// Whether a projected value meets a plan's target, judged the way a reader checks it by eye: the
// projection is rounded to the precision the indicator is reported at — at least two decimals
// for a per-1000 or per-10,000 ratio, the target's own digits where they are finer — and that
// rounded number is compared with the target. So the page never shows "✓ 1.96 ≥ 2.0": at two
// decimals 1.96 is short of 2.00. A strict bound ("＞4") needs the rounded value to be above it
// (4.01), so it is seen to hold. The goal-seek asks the same question (see thresholds below).
import type { Comparator } from '../data/seedSchema.ts';
import { roundingUnit } from '../data/precision.ts';

export interface TargetSpec {
  value: number | null;
  comparator: Comparator;
  tolerance?: number;
  /** the printed cell, for its precision */
  text: string;
}

export type VerdictStatus = 'met' | 'missed' | 'not_numeric';

export interface Verdict {
  status: VerdictStatus;
  /** shown − target at the reported precision, signed so that positive is on the good side */
  margin: number | null;
  /** the projection rounded to the reported precision: the number the page prints */
  shown: number;
  /** the reported precision, in decimals */
  digits: number;
}

/** Decimals a number is printed with in `text` ("4.50" → 2; "7" → 0). */
export function printedDecimals(value: number, text?: string): number {
  const unit = roundingUnit(value, text);
  return unit < 1 ? Math.min(6, Math.round(-Math.log10(unit))) : 0;
}

/** The precision a simulated indicator is reported and judged at: two decimals, or the target's
 * own where it prints more. */
export function reportedDecimals(target: Pick<TargetSpec, 'value' | 'text' | 'tolerance'> | null): number {
  if (!target || target.value === null) return 2;
  const known = decimalsOfTarget.get(target);
  if (known !== undefined) return known;
  const tolerance = target.tolerance ? printedDecimals(target.tolerance) : 0;
  const decimals = Math.max(2, printedDecimals(target.value, target.text), tolerance);
  decimalsOfTarget.set(target, decimals);
  return decimals;
}
/** A target's decimals, read from its text once: every projection asks for them again, and reading
 * the text was a tenth of a projection's time. Keyed by the target itself (a county's plan data,
 * never changed once read), and forgotten with it. */
const decimalsOfTarget = new WeakMap<object, number>();

export function judge(projected: number, target: TargetSpec, baseline?: number | null): Verdict {
  return compileJudge(target, baseline)(projected);
}

/** How a target is judged, worked out once: the projection in reported units (`steps`) is met when
 * its gap — `side`·(steps − target), or tolerance − |steps − target| for "about" — is positive
 * (`strict`) or not negative. null: a target that takes no verdict. */
export interface TargetGauge {
  digits: number;
  scale: number;
  targetSteps: number;
  /** +1: at least the target, −1: at most, 0: within the tolerance of it */
  side: 1 | -1 | 0;
  toleranceSteps: number;
  strict: boolean;
}

export function targetGauge(target: TargetSpec, baseline?: number | null): TargetGauge | null {
  const digits = reportedDecimals(target);
  const scale = 10 ** digits;
  const directional = target.comparator === 'increase' || target.comparator === 'decrease';
  if ((target.value === null && !directional) || (directional && (baseline === null || baseline === undefined))) return null;
  const targetSteps = Math.round((directional ? baseline! : target.value!) * scale);
  const toleranceSteps = Math.round((target.tolerance ?? 0) * scale);
  const gauge = (side: 1 | -1 | 0, strict: boolean): TargetGauge => ({ digits, scale, targetSteps, side, toleranceSteps, strict });
  switch (target.comparator) {
    case '>=':
    case 'keep>=':
      return gauge(1, false);
    case '>':
    case 'increase':
      return gauge(1, true);
    case '<=':
      return gauge(-1, false);
    case '<':
    case 'decrease':
      return gauge(-1, true);
    case '~':
    case '=':
      return gauge(0, false);
    default:
      return null;
  }
}

/** the gap of a projection in reported units, positive on the good side */
export const gaugeGap = (g: TargetGauge, steps: number): number =>
  g.side === 0 ? g.toleranceSteps - Math.abs(steps - g.targetSteps) : g.side * (steps - g.targetSteps);

/** A judge for one target with its precision worked out once. */
export function compileJudge(target: TargetSpec, baseline?: number | null): (projected: number) => Verdict {
  const digits = reportedDecimals(target);
  const scale = 10 ** digits;
  const gauge = targetGauge(target, baseline);
  if (!gauge) return (projected) => ({ status: 'not_numeric', margin: null, shown: Math.round(projected * scale) / scale, digits });
  return (projected) => {
    // no number (a ratio over zero): nothing to judge
    if (!Number.isFinite(projected)) return { status: 'not_numeric', margin: null, shown: projected, digits };
    const steps = Math.round(projected * scale);
    const gap = gaugeGap(gauge, steps);
    const met = gauge.strict ? gap > 0 : gap >= 0;
    return { status: met ? 'met' : 'missed', margin: gap / scale, shown: steps / scale, digits };
  };
}

/** The smallest (a floor) or largest (a cap) projected value the judge still calls met, for the
 * goal-seek: the rounding edge of the target at the reported precision. null: no such bound. */
export function metThreshold(target: TargetSpec): { value: number; side: 'floor' | 'cap' } | null {
  if (target.value === null) return null;
  const scale = 10 ** reportedDecimals(target);
  const t = Math.round(target.value * scale);
  switch (target.comparator) {
    case '>=':
    case 'keep>=':
      return { value: (t - 0.5) / scale, side: 'floor' };
    case '>':
      return { value: (t + 0.5) / scale, side: 'floor' };
    case '<=':
      return { value: (t + 0.5) / scale, side: 'cap' };
    case '<':
      return { value: (t - 0.5) / scale, side: 'cap' };
    default:
      return null;
  }
}

/** The value a path aims at to land on the target as printed: the target itself, or one reported
 * unit beyond it for a strict bound (4.01 for "＞4"). null for targets without a bound. */
export function aimFor(target: TargetSpec): number | null {
  if (target.value === null) return null;
  const unit = 10 ** -reportedDecimals(target);
  switch (target.comparator) {
    case '>=':
    case 'keep>=':
    case '<=':
      return target.value;
    case '>':
      return target.value + unit;
    case '<':
      return target.value - unit;
    default:
      return null;
  }
}
