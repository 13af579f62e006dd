// Whether a projected value meets a plan's target, judged at the plan's own precision: a plan that
// prints "7.14" is met by 7.135 (it would print 7.14 too), as a planner reading the table would judge.
// Strict bounds (＞4, <13) are compared as computed.
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
  /** projected − target, signed so that positive is on the good side */
  margin: number | null;
  /** the projected value rounded to the target's printed digits */
  projectedAsPrinted: number;
}

export function judge(projected: number, target: TargetSpec, baseline?: number | null): Verdict {
  return compileJudge(target, baseline)(projected);
}

/** A judge for one target, with its printed precision worked out once (Monte Carlo calls it per draw). */
export function compileJudge(target: TargetSpec, baseline?: number | null): (projected: number) => Verdict {
  if (target.value === null && target.comparator !== 'increase' && target.comparator !== 'decrease') {
    return (projected) => ({ status: 'not_numeric', margin: null, projectedAsPrinted: projected });
  }
  const unit = target.value === null ? 1e-6 : roundingUnit(target.value, target.text);
  // no number (a ratio over zero): nothing to judge
  return (projected) => (Number.isFinite(projected) ? judgeAt(projected, unit, target, baseline) : { status: 'not_numeric', margin: null, projectedAsPrinted: projected });
}

function judgeAt(projected: number, unit: number, target: TargetSpec, baseline?: number | null): Verdict {
  // compare in whole steps of the printed unit: exact, and no string rounding on the hot path
  const steps = Math.round(projected / unit);
  const p = steps * unit;
  const v = target.value ?? 0;
  const targetSteps = Math.round(v / unit);
  let met: boolean;
  let margin: number;
  switch (target.comparator) {
    case '>=':
    case 'keep>=':
      met = steps >= targetSteps;
      margin = projected - v;
      break;
    case '>':
      // strict bounds: rounding would turn "more than 4" into "at least 4.5", so compare as computed
      met = projected > v;
      margin = projected - v;
      break;
    case '<=':
      met = steps <= targetSteps;
      margin = v - projected;
      break;
    case '<':
      met = projected < v;
      margin = v - projected;
      break;
    case '~':
    case '=': {
      const tolerance = target.tolerance ?? 0;
      met = Math.abs(steps - targetSteps) * unit <= tolerance + unit * 1e-9;
      margin = tolerance - Math.abs(projected - v);
      break;
    }
    case 'increase':
    case 'decrease': {
      if (baseline === null || baseline === undefined) return { status: 'not_numeric', margin: null, projectedAsPrinted: projected };
      margin = target.comparator === 'increase' ? projected - baseline : baseline - projected;
      met = margin > 0;
      break;
    }
    default:
      return { status: 'not_numeric', margin: null, projectedAsPrinted: projected };
  }
  return { status: met ? 'met' : 'missed', margin, projectedAsPrinted: Number(p.toPrecision(12)) };
}
