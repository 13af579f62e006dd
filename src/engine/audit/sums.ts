// Check 1: a total (a prose figure or a table row) against the sum of its parts, beyond rounding.
import type { County } from '../../data/seedSchema.ts';
import { overlaps, sum } from '../../data/precision.ts';
import { finding, type Finding, type Label, type Side } from './finding.ts';
import { dedupeQuotes, statedFigure, statedIndicator, type Stated } from './stated.ts';

export function sumMismatches(county: County): Finding[] {
  const findings: Finding[] = [];
  const check = (totalRef: string, label: Label, total: Stated, parts: Stated[], side: Side | null) => {
    const exact = total.exactCount && parts.every((p) => p.exactCount);
    const partsSum = parts.reduce((s, p) => s + p.value, 0);
    const consistent = exact
      ? partsSum === total.value
      : overlaps(total.interval, sum(parts.map((p) => p.interval)));
    if (consistent) return;
    findings.push(finding(
      county.id,
      { kind: 'sum_mismatch', label, side, year: total.year, total: total.value, parts: parts.map((p) => p.value), partsSum },
      dedupeQuotes([...total.quotes, ...parts.flatMap((p) => p.quotes)]),
      [totalRef, ...parts.map((p) => p.ref)],
    ));
  };

  for (const f of county.figures) {
    if (!f.sumOf) continue;
    const total = statedFigure(f);
    const parts = f.sumOf.map((id) => county.figures.find((g) => g.id === id)).map((g) => (g ? statedFigure(g) : null));
    if (total && parts.every((p): p is Stated => p !== null)) check(f.id, f.label, total, parts, null);
  }
  for (const ind of county.indicators) {
    if (!ind.sumOf) continue;
    for (const side of ['baseline', 'target'] as const) {
      const total = statedIndicator(ind, side);
      const parts = ind.sumOf.map((id) => county.indicators.find((j) => j.id === id)).map((j) => (j ? statedIndicator(j, side) : null));
      if (total && parts.every((p): p is Stated => p !== null)) check(ind.id, ind.label, total, parts, side);
    }
  }
  return findings;
}
