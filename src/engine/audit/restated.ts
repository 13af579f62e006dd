// Check 3: the same number stated twice (table and prose, two figures, a figure and a table row,
// a prose count and the table's breakdown rows) with values that disagree beyond rounding.
import type { County, Figure, Indicator } from '../../data/seedSchema.ts';
import { overlaps, roundingInterval, sum } from '../../data/precision.ts';
import { finding, type Finding, type RestatedFacts } from './finding.ts';
import { dedupeQuotes, direction, statedFigure, statedIndicator, tableCounts } from './stated.ts';

/** A table cell restated in the prose: the facts of their disagreement, or null where they agree. */
function cellRestated(ind: Indicator, r: Indicator['restatements'][number]): RestatedFacts | null {
  const cell = ind[r.of];
  // a restatement for another year, or of a cell with no number, is extra information, not a conflict
  if (!cell || cell.value === null || cell.year !== r.year) return null;
  const tableIv = roundingInterval(cell.value, cell.text);
  const base = { kind: 'restated_differently', label: ind.label, side: r.of, tableText: cell.text } as const;
  if (r.change !== undefined) {
    // "提高5个百分点": the baseline as printed plus the change as printed
    const baseline = ind.baseline;
    if (!baseline || baseline.value === null) return null;
    const b = roundingInterval(baseline.value, baseline.text);
    const d = roundingInterval(r.change, r.source.quote);
    if (overlaps(tableIv, { lo: b.lo + d.lo, hi: b.hi + d.hi })) return null;
    return { ...base, variant: 'cell_change', tableYear: cell.year, baselineText: baseline.text, change: r.change, value: r.value, year: r.year };
  }
  const restatedIv = roundingInterval(r.value, r.source.quote);
  const bound = direction(r.comparator);
  if (r.of === 'baseline' && (bound === 'lower' || bound === 'upper')) {
    // "控制在11.91/10万以下" of a year whose value was 0: a bound the table's value meets agrees with it
    const met = bound === 'upper' ? tableIv.lo <= restatedIv.hi : tableIv.hi >= restatedIv.lo;
    return met ? null : { ...base, variant: 'cell_comparator', comparator: r.comparator!, value: r.value, quote: r.source.quote };
  }
  if (!overlaps(tableIv, restatedIv)) return { ...base, variant: 'cell_value', tableYear: cell.year, value: r.value, comparator: r.comparator ?? null, year: r.year };
  const tableBound = r.of === 'target' ? direction((cell as NonNullable<Indicator['target']>).comparator) : 'none';
  if (r.of === 'target' && bound !== 'none' && tableBound !== 'none' && bound !== tableBound) {
    return { ...base, variant: 'cell_comparator', comparator: r.comparator!, value: r.value, quote: r.source.quote };
  }
  return null;
}

export function restatedDifferently(county: County): Finding[] {
  const findings: Finding[] = [];
  for (const ind of county.indicators) {
    for (const r of ind.restatements) {
      const facts = cellRestated(ind, r);
      if (facts) findings.push(finding(county.id, facts, dedupeQuotes([ind.source, r.source]), [ind.id]));
    }
  }
  // Figures of the same measure, year and scope that no sum relates must agree. Each figure is
  // reported once, against the first before it that it disagrees with: every figure stated
  // differently is named, and a file with many figures of one measure gives a finding per figure,
  // not one per pair (300 figures gave 44,551 findings; 2,000 never finished).
  const groups = new Map<string, Figure[]>();
  for (const f of county.figures) {
    const key = `${f.metric}|${f.year}|${f.scope ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const group of groups.values()) {
    // bounds ("不少于60张") are not restatements
    const stated = group.filter((f) => !f.comparator).flatMap((f) => {
      const s = statedFigure(f);
      return s ? [{ f, s }] : [];
    });
    // a total beside its own parts is not a restatement either
    const differ = (a: (typeof stated)[number], b: (typeof stated)[number]) => !a.f.sumOf?.includes(b.f.id) && !b.f.sumOf?.includes(a.f.id) && !overlaps(a.s.interval, b.s.interval);
    for (let j = 1; j < stated.length; j++) {
      const b = stated[j]!;
      let i = 0;
      while (i < j && !differ(stated[i]!, b)) i++;
      if (i === j) continue;
      const a = stated[i]!;
      findings.push(finding(
        county.id,
        { kind: 'restated_differently', variant: 'figures', label: a.f.label, year: a.f.year, values: [a.f.value, b.f.value] },
        dedupeQuotes([...a.s.quotes, ...b.s.quotes]),
        [a.f.id, b.f.id],
      ));
    }
  }
  // A figure that restates a table row (often a sum over a per-institution table).
  for (const f of county.figures) {
    if (!f.restates) continue;
    const ind = county.indicators.find((i) => i.id === f.restates!.indicator);
    const row = ind ? statedIndicator(ind, f.restates.side) : null;
    const s = statedFigure(f);
    if (!ind || !row || !s || row.year !== f.year) continue;
    const agree = row.exactCount && s.exactCount ? row.value === s.value : overlaps(row.interval, s.interval);
    if (agree) continue;
    const parts = f.sumOf?.map((id) => county.figures.find((g) => g.id === id)?.value).filter((v): v is number => v !== undefined) ?? [];
    findings.push(finding(
      county.id,
      { kind: 'restated_differently', variant: 'figure_vs_row', indicator: ind.label, figure: f.label, year: f.year, tableValue: row.value, figureValue: f.value, parts },
      dedupeQuotes([...row.quotes, ...s.quotes]),
      [ind.id, f.id],
    ));
  }

  // A whole-county count in the prose and the same count as the table's breakdown rows.
  for (const [key, rows] of tableCounts(county)) {
    const total = rows.reduce((s, r) => s + r.value, 0);
    const exact = rows.every((r) => r.exactCount);
    for (const f of county.figures) {
      if (!f.numeratorOf || f.scope || `${f.numeratorOf}|${f.year}` !== key) continue;
      const s = statedFigure(f);
      if (!s) continue;
      const agree = exact && s.exactCount ? s.value === total : overlaps(s.interval, sum(rows.map((r) => r.interval)));
      if (agree) continue;
      findings.push(finding(
        county.id,
        {
          kind: 'restated_differently', variant: 'count_vs_rows', label: f.label, year: f.year, value: f.value,
          rows: rows.map((r) => county.indicators.find((i) => i.id === r.ref)!.label), parts: rows.map((r) => r.value), total,
        },
        dedupeQuotes([...s.quotes, ...rows.flatMap((r) => r.quotes)]),
        [f.id, ...rows.map((r) => r.ref)],
      ));
    }
  }
  return findings;
}
