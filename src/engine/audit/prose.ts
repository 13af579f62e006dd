// Number and side wording shared by the checks' messages.
import type { Comparator } from '../../data/seedSchema.ts';
import type { Interval } from '../../data/precision.ts';

export const fmt = (n: number, maxDigits = 2) =>
  new Intl.NumberFormat('en-US', { maximumFractionDigits: maxDigits, useGrouping: true }).format(n);
export const fmtRange = (iv: Interval, digits = 2) =>
  fmt(iv.lo, digits) === fmt(iv.hi, digits) ? fmt(iv.lo, digits) : `${fmt(iv.lo, digits)}–${fmt(iv.hi, digits)}`;

export const sideZh = { baseline: '基期值', target: '目标值' } as const;
export const comparatorSymbol: Record<Comparator, string> = {
  '>=': '≥', '>': '>', '<=': '≤', '<': '<', '~': '≈', 'keep>=': '≥', '=': '=', increase: '↑', decrease: '↓', text: '',
};
export const sideEn = { baseline: 'baseline', target: 'target' } as const;
