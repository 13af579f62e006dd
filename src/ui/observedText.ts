// Observed values as people bring them: a block pasted from a spreadsheet (tab-separated) or a CSV
// file, one row per series and one column per year (or the other way round), numbers written as
// people write them ("2,600", "６.８"). A row named "source"/"来源" gives each year's source. Every
// value that can be read is kept; every cell that cannot is said, by line and column, and the rest
// still loads.
import { parseNumber } from '../i18n/parseNumber.ts';
import { observedEntry, observedYears, type ObservedEntry } from '../scenario/scenarioSchema.ts';

export type ObservedBlock = Record<string, Record<string, ObservedEntry>>;

export type ObservedProblem =
  | { kind: 'no_years'; line: number }
  | { kind: 'unknown_series'; line: number; text: string }
  | { kind: 'not_a_number'; line: number; column: number; text: string }
  | { kind: 'out_of_range'; line: number; column: number; text: string };

export interface ObservedRead {
  observed: ObservedBlock;
  /** how many values were read */
  count: number;
  problems: ObservedProblem[];
}

const sourceWords = new Set(['source', 'sources', '来源', '数据来源', '資料來源', '来源说明']);

/** One line of CSV or tab-separated text into cells (quotes as in CSV). */
function cellsOf(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') quoted = true;
    else if (ch === separator) cells.push(cell.trim()), (cell = '');
    else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

const yearOf = (text: string): number | null => {
  const m = /^(\d{4})\s*(年)?$/u.exec(text.trim());
  const y = m ? Number(m[1]) : NaN;
  return y >= observedYears.first && y <= observedYears.last ? y : null;
};

/** Reads a block. `seriesOf` names a row's series from its label (an id, or a name in either
 * language), null when it names none. */
export function readObservedText(text: string, seriesOf: (label: string) => string | null): ObservedRead {
  const lines = text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  const separator = lines.some((l) => l.includes('\t')) ? '\t' : ',';
  const rows = lines.map((l, i) => ({ line: i + 1, cells: cellsOf(l, separator) })).filter((r) => r.cells.some((c) => c !== ''));
  const out: ObservedRead = { observed: {}, count: 0, problems: [] };
  if (!rows.length) return out;
  // years across the first row, or down the first column
  const header = rows[0]!;
  const across = header.cells.slice(1).some((c) => yearOf(c) !== null);
  const down = !across && rows.slice(1).some((r) => yearOf(r.cells[0] ?? '') !== null);
  if (!across && !down) {
    out.problems.push({ kind: 'no_years', line: header.line });
    return out;
  }
  // one cell as (series label, year, value text, where)
  const cells: { label: string; labelLine: number; year: number | null; text: string; line: number; column: number; sourceRow: boolean }[] = [];
  if (across) {
    const years = header.cells.map((c, j) => (j === 0 ? null : yearOf(c)));
    for (const r of rows.slice(1)) {
      const label = r.cells[0] ?? '';
      r.cells.forEach((c, j) => j > 0 && cells.push({ label, labelLine: r.line, year: years[j] ?? null, text: c, line: r.line, column: j + 1, sourceRow: sourceWords.has(label.toLowerCase()) }));
    }
  } else {
    const labels = header.cells;
    for (const r of rows.slice(1)) {
      const year = yearOf(r.cells[0] ?? '');
      r.cells.forEach((c, j) => j > 0 && cells.push({ label: labels[j] ?? '', labelLine: header.line, year, text: c, line: r.line, column: j + 1, sourceRow: sourceWords.has((labels[j] ?? '').toLowerCase()) }));
    }
  }
  // sources first (by year), then the values
  const sources = new Map<number, string>();
  for (const c of cells) if (c.sourceRow && c.year !== null && c.text) sources.set(c.year, c.text.slice(0, 120));
  const unknown = new Set<string>();
  for (const c of cells) {
    if (c.sourceRow || c.text === '' || c.year === null) continue;
    const series = seriesOf(c.label);
    if (series === null) {
      if (!unknown.has(c.label)) out.problems.push({ kind: 'unknown_series', line: c.labelLine, text: c.label });
      unknown.add(c.label);
      continue;
    }
    const parsed = parseNumber(c.text);
    if (!parsed.ok) {
      out.problems.push({ kind: 'not_a_number', line: c.line, column: c.column, text: c.text });
      continue;
    }
    const source = sources.get(c.year);
    const entry = observedEntry.safeParse(source ? { value: parsed.value, source } : parsed.value);
    if (!entry.success) {
      out.problems.push({ kind: 'out_of_range', line: c.line, column: c.column, text: c.text });
      continue;
    }
    (out.observed[series] ??= {})[String(c.year)] = entry.data;
    out.count++;
  }
  return out;
}

/** Observed entries merged into a county's: the new ones win year by year. */
export function mergeObserved(current: ObservedBlock | undefined, incoming: ObservedBlock): ObservedBlock {
  const next: ObservedBlock = { ...current };
  for (const [series, years] of Object.entries(incoming)) next[series] = { ...next[series], ...years };
  return next;
}

/** One observed value set, or removed (undefined); a series with no year left disappears. */
export function withObservedValue(current: ObservedBlock | undefined, series: string, year: number, entry: ObservedEntry | undefined): ObservedBlock | undefined {
  const years = { ...current?.[series] };
  if (entry === undefined) delete years[String(year)];
  else years[String(year)] = entry;
  const next: ObservedBlock = { ...current };
  if (Object.keys(years).length) next[series] = years;
  else delete next[series];
  return Object.keys(next).length ? next : undefined;
}

/** Each observed value of one year given this source (empty: none). */
export function withObservedSource(current: ObservedBlock | undefined, year: number, source: string): ObservedBlock | undefined {
  if (!current) return current;
  const key = String(year);
  const text = source.trim().slice(0, 120);
  const next: ObservedBlock = {};
  for (const [series, years] of Object.entries(current)) {
    const e = years[key];
    if (e === undefined) {
      next[series] = years;
      continue;
    }
    const value = typeof e === 'number' ? e : e.value;
    next[series] = { ...years, [key]: text ? { value, source: text } : value };
  }
  return next;
}
