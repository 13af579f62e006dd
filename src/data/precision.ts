// A plan's numbers are rounded to the digits it prints: "7.0" means 6.95–7.05, "16.5万" means
// 164,500–165,500. Contradictions are only contradictions beyond that rounding.

export interface Interval {
  lo: number;
  hi: number;
}

function decimalsOfLiteral(literal: string): number {
  const dot = literal.indexOf('.');
  return dot < 0 ? 0 : literal.length - dot - 1;
}

/** The rounding unit of `value` as printed in `text` (a quote or a table cell). Counts printed in
 * 万 or 亿 are rounded to that unit's digits; a value not found in the text is taken as printed
 * in its shortest decimal form. */
export function roundingUnit(value: number, text?: string): number {
  if (text) {
    const multipliers: Record<string, number> = { 万: 1e4, 亿: 1e8, '': 1 };
    for (const match of text.matchAll(/(\d+(?:\.\d+)?)\s*(万|亿)?/gu)) {
      const literal = match[1]!;
      const multiplier = multipliers[match[2] ?? '']!;
      if (Math.abs(Number(literal) * multiplier - value) <= 1e-9 * Math.max(1, Math.abs(value))) {
        return 10 ** -decimalsOfLiteral(literal) * multiplier;
      }
    }
  }
  return 10 ** -decimalsOfLiteral(String(value));
}

/** The values that round to `value` as printed. */
export function roundingInterval(value: number, text?: string): Interval {
  const half = roundingUnit(value, text) / 2;
  return { lo: value - half, hi: value + half };
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

/** Interval arithmetic for a quotient of positive intervals. */
export function divide(a: Interval, b: Interval): Interval {
  return { lo: a.lo / b.hi, hi: a.hi / b.lo };
}

export function sum(parts: readonly Interval[]): Interval {
  return parts.reduce((acc, p) => ({ lo: acc.lo + p.lo, hi: acc.hi + p.hi }), { lo: 0, hi: 0 });
}
