// Check 5: the populations a plan's numbers imply (counts over per-capita ratios, the stated
// population, one-sided bounds), year by year; they must be able to agree within rounding.
import type { Comparator, County } from '../../data/seedSchema.ts';
import { roundingInterval, sum } from '../../data/precision.ts';
import { finding, type Finding, type ImpliedPopulation, type Label, type Quote } from './finding.ts';
import { dedupeQuotes, direction, statedFigure, tableCounts, type Stated } from './stated.ts';

/** An implied population with what shows it, before a year's are compared. */
interface Implied extends ImpliedPopulation {
  quotes: Quote[];
  refs: string[];
}

export function impliedPopulations(county: County): Finding[] {
  const byYear = new Map<number, Implied[]>();
  const add = (year: number, x: Implied) => byYear.set(year, [...(byYear.get(year) ?? []), x]);

  // Stated populations (whole county).
  for (const f of county.figures) {
    if (f.metric !== 'population' || f.scope) continue;
    const s = statedFigure(f);
    if (s && f.provenance.kind === 'stated') add(f.year, { basis: { from: 'figure', label: f.label }, interval: s.interval, point: s.value, bound: null, quotes: s.quotes, refs: [f.id] });
  }
  if (county.population.provenance.kind === 'stated' && !county.figures.some((f) => f.metric === 'population' && !f.scope && f.year === county.population.year)) {
    const p = county.population;
    const quote = { seed: (p.provenance as { seed: string }).seed, quote: (p.provenance as { quote: string }).quote };
    add(p.year, { basis: { from: 'county_population' }, interval: roundingInterval(p.value, quote.quote), point: p.value, bound: null, quotes: [quote], refs: ['population'] });
  }

  // Counts over their per-capita ratio. A count is the whole county's when it is a figure without
  // scope, or the total of a table's breakdown rows (the rows that count the same per-capita row).
  const counts = new Map<string, { counted: Label[]; stated: Stated[] }>();
  const addCount = (perCapitaId: string, label: Label, s: Stated) => {
    const key = `${perCapitaId}|${s.year}`;
    const entry = counts.get(key) ?? { counted: [label], stated: [] };
    entry.stated.push(s);
    counts.set(key, entry);
  };
  for (const f of county.figures) {
    if (!f.numeratorOf || f.scope) continue;
    const s = statedFigure(f);
    if (s) addCount(f.numeratorOf, f.label, s);
  }
  const figureKeys = new Set(counts.keys());
  // Table breakdown rows add up to the whole count; use them only where no prose total exists
  // (where both exist, the restatement check compares them directly).
  for (const [key, rows] of tableCounts(county)) {
    if (figureKeys.has(key)) continue;
    const total: Stated = {
      ref: rows.map((r) => r.ref).join('+'),
      year: rows[0]!.year,
      value: rows.reduce((s, r) => s + r.value, 0),
      interval: sum(rows.map((r) => r.interval)),
      exactCount: rows.every((r) => r.exactCount),
      quotes: rows.flatMap((r) => r.quotes),
    };
    counts.set(key, { counted: rows.map((r) => county.indicators.find((i) => i.id === r.ref)!.label), stated: [total] });
  }

  for (const [key, entry] of counts) {
    const [perCapitaId, yearText] = key.split('|') as [string, string];
    const year = Number(yearText);
    const ratioRow = county.indicators.find((i) => i.id === perCapitaId);
    if (!ratioRow || !ratioRow.perCapitaBase) continue;
    const cell = ratioRow.baseline?.year === year ? ratioRow.baseline : ratioRow.target?.year === year ? ratioRow.target : null;
    if (!cell || cell.value === null || cell.value <= 0) continue;
    if ('comparator' in cell && direction(cell.comparator as Comparator) === 'none') continue;
    for (const s of entry.stated) {
      const countIv = s.exactCount ? { lo: s.value, hi: s.value } : s.interval;
      const ratioIv = roundingInterval(cell.value, cell.text);
      const base = ratioRow.perCapitaBase;
      add(year, {
        interval: { lo: (countIv.lo / ratioIv.hi) * base, hi: (countIv.hi / ratioIv.lo) * base },
        point: (s.value / cell.value) * base,
        bound: null,
        basis: { from: 'count_per_capita', counted: entry.counted, count: s.value, perCapita: ratioRow.label, perCapitaText: cell.text },
        quotes: dedupeQuotes([...s.quotes, ratioRow.source]),
        refs: [s.ref, ratioRow.id],
      });
    }
  }

  // Bounds: a count of residents (at least that many people live here), and a staff total that
  // includes the staff the per-capita rows count (so the population is at most total ÷ Σ ratios).
  for (const f of county.figures) {
    const s = statedFigure(f);
    if (!s) continue;
    if (f.countsResidents) {
      // "29万余人" (more than 290,000) bounds at the value itself, not at its rounding
      const lo = f.comparator === '<=' ? 0 : f.comparator === '>=' ? s.value : s.interval.lo;
      add(f.year, { basis: { from: 'figure', label: f.label }, interval: { lo, hi: Number.POSITIVE_INFINITY }, point: s.value, bound: 'lower', quotes: s.quotes, refs: [f.id] });
    }
    if (f.includesCountsOf) {
      const rows = f.includesCountsOf.map((id) => county.indicators.find((i) => i.id === id));
      const cells = rows.map((r) => (r?.baseline?.year === f.year ? r.baseline : r?.target?.year === f.year ? r.target : null));
      if (rows.some((r) => !r?.perCapitaBase) || cells.some((c) => !c || c.value === null)) continue;
      const perPerson = cells.reduce((acc, c, i) => {
        const iv = roundingInterval(c!.value!, c!.text);
        return { lo: acc.lo + iv.lo / rows[i]!.perCapitaBase!, hi: acc.hi + iv.hi / rows[i]!.perCapitaBase! };
      }, { lo: 0, hi: 0 });
      const totalHi = f.comparator === '>=' ? Number.POSITIVE_INFINITY : s.exactCount ? s.value : s.interval.hi;
      const pointRatio = cells.reduce((acc, c, i) => acc + c!.value! / rows[i]!.perCapitaBase!, 0);
      add(f.year, {
        interval: { lo: 0, hi: totalHi / perPerson.lo },
        point: s.value / pointRatio,
        basis: { from: 'staff_per_capita', label: f.label, count: s.value, perCapita: rows.map((r, i) => ({ label: r!.label, text: cells[i]!.text })) },
        quotes: dedupeQuotes([...s.quotes, ...rows.map((r) => r!.source)]),
        refs: [f.id, ...rows.map((r) => r!.id)],
        bound: 'upper',
      });
    }
  }

  const findings: Finding[] = [];
  for (const [year, implied] of [...byYear].sort((a, b) => a[0] - b[0])) {
    if (implied.length < 2) continue;
    const maxLo = Math.max(...implied.map((x) => x.interval.lo));
    const minHi = Math.min(...implied.map((x) => x.interval.hi));
    if (maxLo <= minHi) continue;
    const sorted = [...implied].sort((a, b) => a.point - b.point);
    findings.push(finding(
      county.id,
      { kind: 'implied_population', year, gap: maxLo - minHi, implied: sorted.map(({ basis, point, interval, bound }) => ({ basis, point, interval, bound })) },
      dedupeQuotes(sorted.flatMap((x) => x.quotes)),
      [...new Set(sorted.flatMap((x) => x.refs))],
    ));
  }
  return findings;
}
