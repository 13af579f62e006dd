// Check 5: the populations a plan's numbers imply (counts over per-capita ratios or staffing norms,
// the stated population, one-sided bounds), year by year; they must be able to agree within
// rounding. A year without a population of its own is held to the base year's, allowed to have
// changed as fast as a county's population can (src/data/plausibleRanges.ts).
import type { County, Figure, Indicator } from '../../data/seedSchema.ts';
import { overlaps, roundingInterval, roundingUnit, sum, type Interval } from '../../data/precision.ts';
import { populationChangePerYear } from '../../data/plausibleRanges.ts';
import { finding, type Finding, type ImpliedPopulation, type Label, type Quote } from './finding.ts';
import { dedupeQuotes, direction, statedFigure, tableCounts, type Stated } from './stated.ts';

/** An implied population with what shows it, before a year's are compared. */
export interface Implied extends ImpliedPopulation {
  quotes: Quote[];
  refs: string[];
}

/** A per-capita value a count can be divided by: a table row's cell or a per-capita figure. */
interface PerCapita {
  ref: string;
  label: Label;
  /** as printed ("4.60", "0.19~0.22") */
  text: string;
  interval: Interval;
  value: number;
  base: number;
  quotes: Quote[];
}

/** A row's cell for `year`, at the finest printing the plan gives it: "4.6" in the table is "4.60"
 * in the prose, and a restatement that agrees with the cell narrows it. */
function rowPerCapita(row: Indicator, year: number): PerCapita | null {
  if (!row.perCapitaBase) return null;
  const side = row.baseline?.year === year ? 'baseline' : row.target?.year === year ? 'target' : null;
  const cell = side ? row[side] : null;
  if (!side || !cell || cell.value === null || cell.value <= 0) return null;
  if (side === 'target' && direction((cell as NonNullable<Indicator['target']>).comparator) === 'none') return null;
  let best = { text: cell.text, interval: roundingInterval(cell.value, cell.text), quote: row.source };
  for (const r of row.restatements) {
    if (r.of !== side || r.year !== year || r.comparator !== undefined || r.change !== undefined) continue;
    const iv = roundingInterval(r.value, r.source.quote);
    if (overlaps(iv, best.interval) && iv.hi - iv.lo < best.interval.hi - best.interval.lo) {
      const digits = -Math.log10(roundingUnit(r.value, r.source.quote));
      best = { text: r.value.toFixed(Math.max(0, Math.round(digits))), interval: iv, quote: r.source };
    }
  }
  return { ref: row.id, label: row.label, text: best.text, interval: best.interval, value: cell.value, base: row.perCapitaBase, quotes: dedupeQuotes([row.source, best.quote]) };
}

function figurePerCapita(f: Figure): PerCapita | null {
  const s = statedFigure(f);
  if (!s || !f.perCapitaBase || f.value <= 0) return null;
  const text = (v: number) => {
    const unit = roundingUnit(v, f.provenance.kind === 'stated' ? f.provenance.quote : undefined);
    return v.toFixed(Math.max(0, Math.round(-Math.log10(unit))));
  };
  return {
    ref: f.id, label: f.label, text: f.upTo === undefined ? text(f.value) : `${text(f.value)}–${text(f.upTo)}`,
    interval: s.interval, value: f.upTo === undefined ? f.value : (f.value + f.upTo) / 2, base: f.perCapitaBase, quotes: s.quotes,
  };
}

/** Every population the plan's figures imply, by year. */
export function impliedPopulations(county: County): Map<number, Implied[]> {
  const byYear = new Map<number, Implied[]>();
  const add = (year: number, x: Implied) => byYear.set(year, [...(byYear.get(year) ?? []), x]);

  // Stated populations (whole county), then the county's own entry where no figure states one.
  for (const f of county.figures) {
    if (f.metric !== 'population' || f.scope) continue;
    const s = statedFigure(f);
    if (s && f.provenance.kind === 'stated') add(f.year, { basis: { from: 'figure', label: f.label }, interval: s.interval, point: s.value, bound: null, quotes: s.quotes, refs: [f.id] });
  }
  const p = county.population;
  const ownFigure = county.figures.some((f) => f.metric === 'population' && !f.scope && f.year === p.year);
  // a derived population is computed from these very figures: it cannot be evidence beside them
  if (!ownFigure && (p.provenance.kind === 'stated' || p.provenance.kind === 'assumption')) {
    const quotes = p.provenance.kind === 'stated' ? [{ seed: p.provenance.seed, quote: p.provenance.quote }] : [];
    const interval = p.provenance.kind === 'stated' ? roundingInterval(p.value, p.provenance.quote) : { lo: p.value, hi: p.value };
    add(p.year, { basis: { from: 'county_population', provenance: p.provenance.kind }, interval, point: p.value, bound: null, quotes, refs: ['population'] });
  }

  // Counts over their per-capita ratio. A count is the whole numerator when a figure says so
  // (numeratorOf; a named institution can be the county's only one of its kind), or as the total
  // of a table's breakdown rows (the rows that count the same per-capita row).
  const counts = new Map<string, { counted: Label[]; stated: Stated[] }>();
  for (const f of county.figures) {
    if (!f.numeratorOf) continue;
    const s = statedFigure(f);
    if (!s) continue;
    const key = `${f.numeratorOf}|${s.year}`;
    const entry = counts.get(key) ?? { counted: [f.label], stated: [] };
    entry.stated.push(s);
    counts.set(key, entry);
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
    const row = county.indicators.find((i) => i.id === perCapitaId);
    const fig = county.figures.find((f) => f.id === perCapitaId && f.year === year);
    const ratio = row ? rowPerCapita(row, year) : fig ? figurePerCapita(fig) : null;
    if (!ratio) continue;
    for (const s of entry.stated) {
      const countIv = s.exactCount ? { lo: s.value, hi: s.value } : s.interval;
      add(year, {
        interval: { lo: (countIv.lo / ratio.interval.hi) * ratio.base, hi: (countIv.hi / ratio.interval.lo) * ratio.base },
        point: (s.value / ratio.value) * ratio.base,
        bound: null,
        basis: { from: 'count_per_capita', counted: entry.counted, count: s.value, perCapita: ratio.label, perCapitaText: ratio.text },
        quotes: dedupeQuotes([...s.quotes, ...ratio.quotes]),
        refs: [s.ref, ratio.ref],
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

  // Years with figures but no population of their own are held to the base year's population.
  const baseYear = county.plan.baselineYear;
  const isPopulation = (x: Implied) => (x.basis.from === 'figure' || x.basis.from === 'county_population') && x.bound === null;
  const base = (byYear.get(baseYear) ?? []).find(isPopulation);
  // with none stated for the base year, the county's own (derived) entry stands in
  const basePopulation = base
    ? { interval: base.interval, point: base.point, label: base.basis.from === 'figure' ? base.basis.label : null, provenance: base.basis.from === 'county_population' ? base.basis.provenance : 'stated' as const, quotes: base.quotes, ref: base.refs[0]! }
    : p.year === baseYear ? { interval: { lo: p.value, hi: p.value }, point: p.value, label: null, provenance: p.provenance.kind, quotes: [], ref: 'population' } : null;
  const g = populationChangePerYear.share;
  for (const [year, implied] of byYear) {
    if (year === baseYear || !basePopulation || implied.some(isPopulation)) continue;
    const n = Math.abs(year - baseYear);
    implied.push({
      basis: { from: 'carried_population', year: baseYear, label: basePopulation.label, provenance: basePopulation.provenance, changePerYear: g },
      interval: { lo: basePopulation.interval.lo * (1 - g) ** n, hi: basePopulation.interval.hi * (1 + g) ** n },
      point: basePopulation.point,
      bound: null,
      quotes: basePopulation.quotes,
      refs: [basePopulation.ref],
    });
  }
  return byYear;
}

export function impliedPopulationConflicts(county: County): Finding[] {
  const findings: Finding[] = [];
  for (const [year, implied] of [...impliedPopulations(county)].sort((a, b) => a[0] - b[0])) {
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
