// The common currency of the audit's checks: a number the plan states, as the interval its printed
// digits allow, with its quote, year and id; and the small helpers every check shares.
import type { Comparator, County, Figure, Indicator } from '../../data/seedSchema.ts';
import { roundingInterval, roundingUnit, type Interval } from '../../data/precision.ts';
import type { Quote, Side } from './finding.ts';

/** A stated value as an interval, with its quote, year and id: the common currency of the checks. */
export interface Stated {
  ref: string;
  year: number;
  value: number;
  interval: Interval;
  exactCount: boolean;
  quotes: Quote[];
}

export function statedFigure(f: Figure): Stated | null {
  const p = f.provenance;
  if (p.kind === 'assumption') return null;
  const quotes = p.kind === 'stated' ? [{ seed: p.seed, quote: p.quote }] : p.quotes;
  const text = p.kind === 'stated' ? p.quote : undefined;
  const lo = roundingInterval(f.value, text);
  // a range the plan states (0.19~0.22) holds every value from its low end to its high end
  const interval = f.upTo === undefined ? lo : { lo: lo.lo, hi: roundingInterval(f.upTo, text).hi };
  return {
    ref: f.id,
    year: f.year,
    value: f.value,
    interval,
    exactCount: f.upTo === undefined && Number.isInteger(f.value) && roundingUnit(f.value, text) === 1,
    quotes,
  };
}

export function statedIndicator(ind: Indicator, side: Side): Stated | null {
  const cell = ind[side];
  if (!cell || cell.value === null) return null;
  if (side === 'target' && ['increase', 'decrease', 'text'].includes((cell as NonNullable<Indicator['target']>).comparator)) return null;
  return {
    ref: ind.id,
    year: cell.year,
    value: cell.value,
    interval: roundingInterval(cell.value, cell.text),
    exactCount: Number.isInteger(cell.value) && roundingUnit(cell.value, cell.text) === 1,
    quotes: [ind.source],
  };
}

/** Which way a comparator bounds its value: a floor, a cap, about, or no number to compare. */
export type Direction = 'lower' | 'upper' | 'about' | 'none';
export function direction(c: Comparator | undefined): Direction {
  switch (c) {
    case '>=':
    case '>':
    case 'keep>=':
      return 'lower';
    case '<=':
    case '<':
      return 'upper';
    case '~':
    case '=':
      return 'about';
    default:
      return 'none';
  }
}

/** Table rows that count a per-capita row (e.g. 医院(张) under 每千人口床位数), by "perCapitaId|year":
 * together they are the whole county's count. */
export function tableCounts(county: County): Map<string, Stated[]> {
  const groups = new Map<string, Stated[]>();
  for (const ind of county.indicators) {
    if (!ind.numeratorOf) continue;
    for (const side of ['baseline', 'target'] as const) {
      const s = statedIndicator(ind, side);
      if (!s) continue;
      const key = `${ind.numeratorOf}|${s.year}`;
      groups.set(key, [...(groups.get(key) ?? []), s]);
    }
  }
  return groups;
}

export function dedupeQuotes(quotes: Quote[]): Quote[] {
  const seen = new Set<string>();
  return quotes.filter((q) => {
    const key = `${q.seed}|${q.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
