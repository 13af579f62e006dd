// Check: the parts a total is said to include (医师 and 护士 among 卫生技术人员; the hospital and
// primary-care rows of a bed total that also counts public-health beds) cannot add up to more than
// the total, beyond rounding. Unlike a sum, the parts need not be all of it.
import type { County, Figure, Indicator } from '../../data/seedSchema.ts';
import { finding, type Finding, type Label, type Side } from './finding.ts';
import { dedupeQuotes, direction, statedFigure, statedIndicator, type Direction, type Stated } from './stated.ts';

/** A stated value with what it is, how many residents its unit is per (1 for a count), and which
 * way it bounds (a floor target "≥ 7.14"; a stated count bounds both ways). */
interface Measured {
  stated: Stated;
  label: Label;
  perCapitaBase: number;
  bound: Direction;
}

const ofFigure = (f: Figure): Measured | null => {
  const stated = statedFigure(f);
  return stated ? { stated, label: f.label, perCapitaBase: f.perCapitaBase ?? 1, bound: f.comparator ? direction(f.comparator) : 'about' } : null;
};

const ofIndicatorCell = (ind: Indicator, side: Side): Measured | null => {
  const stated = statedIndicator(ind, side);
  const bound = side === 'target' ? direction(ind.target!.comparator) : 'about';
  return stated ? { stated, label: ind.label, perCapitaBase: ind.perCapitaBase ?? 1, bound } : null;
};

/** A part by id, in the total's year: a row's cell of that year, or a figure of that year. */
function part(county: County, id: string, year: number): Measured | null {
  const ind = county.indicators.find((i) => i.id === id);
  if (ind) {
    const side = ind.baseline?.year === year ? 'baseline' : ind.target?.year === year ? 'target' : null;
    return side ? ofIndicatorCell(ind, side) : null;
  }
  const f = county.figures.find((g) => g.id === id && g.year === year);
  return f ? ofFigure(f) : null;
}

export function partsExceedingTotals(county: County): Finding[] {
  const findings: Finding[] = [];
  const check = (ref: string, total: Measured, side: Side | null, partIds: string[]) => {
    const parts = partIds.map((id) => part(county, id, total.stated.year));
    if (!parts.every((p): p is Measured => p !== null)) return;
    // a floor on the total is met by parts that exceed it, and parts that are caps can be small
    if (total.bound === 'lower' || parts.some((p) => p.bound === 'upper')) return;
    // a count and a per-capita figure are not comparable; per 1000 and per 10,000 are, per resident
    const perCapita = (m: Measured) => m.perCapitaBase > 1;
    if (parts.some((p) => perCapita(p) !== perCapita(total))) return;
    const inTotalUnit = (m: Measured, v: number) => (v / m.perCapitaBase) * total.perCapitaBase;
    const exact = total.stated.exactCount && parts.every((p) => p.stated.exactCount);
    const partsSum = parts.reduce((s, p) => s + inTotalUnit(p, p.stated.value), 0);
    const partsLeast = parts.reduce((s, p) => s + inTotalUnit(p, p.stated.interval.lo), 0);
    const exceeds = exact ? partsSum > total.stated.value : partsLeast > total.stated.interval.hi;
    if (!exceeds) return;
    findings.push(finding(
      county.id,
      {
        kind: 'parts_exceed_total', label: total.label, side, year: total.stated.year, total: total.stated.value,
        parts: parts.map((p) => ({ label: p.label, value: inTotalUnit(p, p.stated.value) })), partsSum,
      },
      dedupeQuotes([...total.stated.quotes, ...parts.flatMap((p) => p.stated.quotes)]),
      [ref, ...partIds],
    ));
  };

  for (const ind of county.indicators) {
    if (!ind.includes) continue;
    for (const side of ['baseline', 'target'] as const) {
      const total = ofIndicatorCell(ind, side);
      if (total) check(ind.id, total, side, ind.includes);
    }
  }
  for (const f of county.figures) {
    const total = f.includes ? ofFigure(f) : null;
    if (total) check(f.id, total, null, f.includes!);
  }
  return findings;
}
