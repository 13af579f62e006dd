// The plan audit: where a plan contradicts itself, found by computation over the transcribed data,
// never by a list of known answers. Each check compares numbers only beyond the plan's own rounding.
import type { County, Figure, Indicator } from '../data/seedSchema.ts';
import type { Comparator } from '../data/seedSchema.ts';
import { divide, overlaps, roundingInterval, roundingUnit, sum, type Interval } from '../data/precision.ts';

export type FindingKind =
  | 'sum_mismatch'
  | 'ratio_target_conflict'
  | 'restated_differently'
  | 'comparator_wording'
  | 'implied_population';

export interface Quote {
  seed: string;
  quote: string;
}

export interface Finding {
  county: string;
  kind: FindingKind;
  message: { zh: string; en: string };
  quotes: Quote[];
  /** ids of the indicators and figures involved, so the UI can point at them */
  refs: string[];
}

const fmt = (n: number, maxDigits = 2) =>
  new Intl.NumberFormat('en-US', { maximumFractionDigits: maxDigits, useGrouping: true }).format(n);
const fmtRange = (iv: Interval, digits = 2) =>
  fmt(iv.lo, digits) === fmt(iv.hi, digits) ? fmt(iv.lo, digits) : `${fmt(iv.lo, digits)}–${fmt(iv.hi, digits)}`;

/** A stated value as an interval, with its quote, year and id: the common currency of the checks. */
interface Stated {
  ref: string;
  year: number;
  value: number;
  interval: Interval;
  exactCount: boolean;
  quotes: Quote[];
}

function statedFigure(f: Figure): Stated | null {
  const p = f.provenance;
  if (p.kind === 'assumption') return null;
  const quotes = p.kind === 'stated' ? [{ seed: p.seed, quote: p.quote }] : p.quotes;
  const text = p.kind === 'stated' ? p.quote : undefined;
  return {
    ref: f.id,
    year: f.year,
    value: f.value,
    interval: roundingInterval(f.value, text),
    exactCount: Number.isInteger(f.value) && roundingUnit(f.value, text) === 1,
    quotes,
  };
}

function statedIndicator(ind: Indicator, side: 'baseline' | 'target'): Stated | null {
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

type Direction = 'lower' | 'upper' | 'about' | 'none';
function direction(c: Comparator | undefined): Direction {
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

const sideZh = { baseline: '基期值', target: '目标值' } as const;
const comparatorSymbol: Record<Comparator, string> = {
  '>=': '≥', '>': '>', '<=': '≤', '<': '<', '~': '≈', 'keep>=': '≥', '=': '=', increase: '↑', decrease: '↓', text: '',
};
const sideEn = { baseline: 'baseline', target: 'target' } as const;

// ---------------------------------------------------------------- 1. totals vs their parts
function sumMismatches(county: County): Finding[] {
  const findings: Finding[] = [];
  const check = (totalRef: string, label: { zh: string; en: string }, total: Stated, parts: Stated[], sideNote: { zh: string; en: string }) => {
    const exact = total.exactCount && parts.every((p) => p.exactCount);
    const partsSum = parts.reduce((s, p) => s + p.value, 0);
    const consistent = exact
      ? partsSum === total.value
      : overlaps(total.interval, sum(parts.map((p) => p.interval)));
    if (consistent) return;
    const partsText = parts.map((p) => fmt(p.value)).join(' + ');
    findings.push({
      county: county.id,
      kind: 'sum_mismatch',
      message: {
        zh: `${label.zh}${sideNote.zh}（${total.year}年）为 ${fmt(total.value)}，但各分项之和为 ${partsText} = ${fmt(partsSum)}。`,
        en: `${label.en}${sideNote.en} (${total.year}) is ${fmt(total.value)}, but its parts add up to ${partsText} = ${fmt(partsSum)}.`,
      },
      quotes: dedupeQuotes([...total.quotes, ...parts.flatMap((p) => p.quotes)]),
      refs: [totalRef, ...parts.map((p) => p.ref)],
    });
  };

  for (const f of county.figures) {
    if (!f.sumOf) continue;
    const total = statedFigure(f);
    const parts = f.sumOf.map((id) => county.figures.find((g) => g.id === id)).map((g) => (g ? statedFigure(g) : null));
    if (total && parts.every((p): p is Stated => p !== null)) check(f.id, f.label, total, parts, { zh: '', en: '' });
  }
  for (const ind of county.indicators) {
    if (!ind.sumOf) continue;
    for (const side of ['baseline', 'target'] as const) {
      const total = statedIndicator(ind, side);
      const parts = ind.sumOf.map((id) => county.indicators.find((j) => j.id === id)).map((j) => (j ? statedIndicator(j, side) : null));
      if (total && parts.every((p): p is Stated => p !== null)) {
        check(ind.id, ind.label, total, parts, { zh: sideZh[side], en: ` ${sideEn[side]}` });
      }
    }
  }
  return findings;
}

// ---------------------------------------------------------------- 2. ratio targets vs their parts
/** A ratio as stated (a table row or a prose figure), ready to compare with its parts. */
interface StatedRatio {
  ref: string;
  label: { zh: string; en: string };
  side: 'baseline' | 'target';
  year: number;
  value: number;
  text: string;
  comparator: Comparator;
  tolerance: number;
  ratioOf: { numerator: string; denominator: string };
  quotes: Quote[];
}

function statedRatios(county: County): StatedRatio[] {
  const ratios: StatedRatio[] = [];
  for (const ind of county.indicators) {
    if (!ind.ratioOf) continue;
    for (const side of ['baseline', 'target'] as const) {
      const cell = ind[side];
      if (!cell || cell.value === null) continue;
      const target = side === 'target' ? (cell as NonNullable<Indicator['target']>) : null;
      ratios.push({
        ref: ind.id, label: ind.label, side, year: cell.year, value: cell.value, text: cell.text,
        comparator: target ? target.comparator : '~', tolerance: target?.tolerance ?? 0,
        ratioOf: ind.ratioOf, quotes: [ind.source],
      });
    }
  }
  for (const f of county.figures) {
    if (!f.ratioOf || f.provenance.kind !== 'stated') continue;
    const side = f.year === county.plan.baselineYear ? 'baseline' : 'target';
    ratios.push({
      ref: f.id, label: f.label, side, year: f.year, value: f.value, text: `1:${f.value}`,
      comparator: side === 'baseline' ? '~' : '>=', tolerance: 0,
      ratioOf: f.ratioOf, quotes: [{ seed: f.provenance.seed, quote: f.provenance.quote }],
    });
  }
  return ratios;
}

function ratioConflicts(county: County): Finding[] {
  const findings: Finding[] = [];
  for (const ratio of statedRatios(county)) {
    const num = county.indicators.find((j) => j.id === ratio.ratioOf.numerator);
    const den = county.indicators.find((j) => j.id === ratio.ratioOf.denominator);
    if (!num || !den) continue;
    const n = num[ratio.side];
    const d = den[ratio.side];
    if (!n || n.value === null || !d || d.value === null || n.year !== ratio.year || d.year !== ratio.year) continue;
    const implied = divide(roundingInterval(n.value, n.text), roundingInterval(d.value, d.text));
    const stated = roundingInterval(ratio.value, ratio.text);
    const dir = direction(ratio.comparator);
    const statedWide = { lo: stated.lo - ratio.tolerance, hi: stated.hi + ratio.tolerance };
    const conflict =
      dir === 'lower' ? implied.hi < statedWide.lo : dir === 'upper' ? implied.lo > statedWide.hi : dir === 'about' ? !overlaps(implied, statedWide) : false;
    if (!conflict) continue;
    const impliedPoint = n.value / d.value;
    const boundZh = dir === 'lower' ? '不低于' : dir === 'upper' ? '不高于' : '约为';
    const boundEn = dir === 'lower' ? 'at least' : dir === 'upper' ? 'at most' : 'about';
    findings.push({
      county: county.id,
      kind: 'ratio_target_conflict',
      message: {
        zh: `${ratio.label.zh}${sideZh[ratio.side]}（${ratio.year}年）为“${ratio.text}”（${boundZh} 1:${fmt(ratio.value)}），但由${num.label.zh}（${n.text}）与${den.label.zh}（${d.text}）算得 1:${fmt(impliedPoint)}（按四舍五入范围 1:${fmtRange(implied)}）。`,
        en: `${ratio.label.en} ${sideEn[ratio.side]} (${ratio.year}) is "${ratio.text}" (${boundEn} 1:${fmt(ratio.value)}), but ${num.label.en} (${n.text}) over ${den.label.en} (${d.text}) gives 1:${fmt(impliedPoint)} (1:${fmtRange(implied)} allowing for rounding).`,
      },
      quotes: dedupeQuotes([...ratio.quotes, num.source, den.source]),
      refs: [ratio.ref, num.id, den.id],
    });
  }
  return findings;
}

// ---------------------------------------------------------------- 3. the same figure stated twice
function restatedDifferently(county: County): Finding[] {
  const findings: Finding[] = [];
  for (const ind of county.indicators) {
    for (const r of ind.restatements) {
      const cell = ind[r.of];
      if (!cell) continue;
      const tableValue = cell.value;
      const restatedIv = roundingInterval(r.value, r.source.quote);
      // A restatement for another year, or of a cell with no number, is extra information, not a conflict.
      const valueDiffers =
        tableValue !== null && cell.year === r.year && !overlaps(roundingInterval(tableValue, cell.text), restatedIv);
      const tableComparator = r.of === 'target' ? (cell as NonNullable<Indicator['target']>).comparator : undefined;
      const comparatorDiffers =
        r.of === 'target' && r.comparator !== undefined && direction(r.comparator) !== 'none' && direction(tableComparator) !== 'none' && direction(r.comparator) !== direction(tableComparator);
      if (!valueDiffers && !comparatorDiffers) continue;
      const what = valueDiffers
        ? {
            zh: `表中为“${cell.text}”（${cell.year}年），正文另处写作 ${fmt(r.value)}（${r.year}年）`,
            en: `the table gives "${cell.text}" (${cell.year}) but elsewhere the plan says ${fmt(r.value)} (${r.year})`,
          }
        : {
            zh: `表中为“${cell.text}”，正文另处为 ${comparatorSymbol[r.comparator!]} ${fmt(r.value)}（“${r.source.quote}”）`,
            en: `the table reads "${cell.text}" but elsewhere the plan words it as ${comparatorSymbol[r.comparator!]} ${fmt(r.value)}`,
          };
      findings.push({
        county: county.id,
        kind: 'restated_differently',
        message: {
          zh: `${ind.label.zh}的${sideZh[r.of]}前后不一：${what.zh}。`,
          en: `${ind.label.en}: ${sideEn[r.of]} stated twice differently: ${what.en}.`,
        },
        quotes: dedupeQuotes([ind.source, r.source]),
        refs: [ind.id],
      });
    }
  }
  // Figures of the same measure, year and scope that no sum relates must agree.
  const groups = new Map<string, Figure[]>();
  for (const f of county.figures) {
    const key = `${f.metric}|${f.year}|${f.scope ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const group of groups.values()) {
    const stated = group.map((f) => ({ f, s: statedFigure(f) })).filter((x) => x.s);
    for (let i = 0; i < stated.length; i++) {
      for (let j = i + 1; j < stated.length; j++) {
        const a = stated[i]!;
        const b = stated[j]!;
        // bounds ("不少于60张") and a total beside its own parts are not restatements
        if (a.f.comparator || b.f.comparator || a.f.sumOf?.includes(b.f.id) || b.f.sumOf?.includes(a.f.id)) continue;
        if (overlaps(a.s!.interval, b.s!.interval)) continue;
        findings.push({
          county: county.id,
          kind: 'restated_differently',
          message: {
            zh: `${a.f.label.zh}（${a.f.year}年）两处数字不同：${fmt(a.f.value)} 与 ${fmt(b.f.value)}。`,
            en: `${a.f.label.en} (${a.f.year}) is stated twice with different values: ${fmt(a.f.value)} and ${fmt(b.f.value)}.`,
          },
          quotes: dedupeQuotes([...a.s!.quotes, ...b.s!.quotes]),
          refs: [a.f.id, b.f.id],
        });
      }
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
    const parts = f.sumOf?.map((id) => county.figures.find((g) => g.id === id)?.value).filter((v): v is number => v !== undefined);
    const how = parts?.length ? `${parts.map((v) => fmt(v)).join(' + ')} = ${fmt(f.value)}` : fmt(f.value);
    findings.push({
      county: county.id,
      kind: 'restated_differently',
      message: {
        zh: `${ind.label.zh}（${f.year}年）：指标表为 ${fmt(row.value)}，但${f.label.zh}为 ${how}。`,
        en: `${ind.label.en} (${f.year}): the indicator table says ${fmt(row.value)}, but ${f.label.en} gives ${how}.`,
      },
      quotes: dedupeQuotes([...row.quotes, ...s.quotes]),
      refs: [ind.id, f.id],
    });
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
      const labels = rows.map((r) => county.indicators.find((i) => i.id === r.ref)!);
      const parts = rows.map((r) => fmt(r.value)).join(' + ');
      findings.push({
        county: county.id,
        kind: 'restated_differently',
        message: {
          zh: `${f.label.zh}（${f.year}年）正文为 ${fmt(f.value)}，但指标表中${labels.map((l) => l.label.zh).join('、')}合计 ${parts} = ${fmt(total)}。`,
          en: `${f.label.en} (${f.year}) is ${fmt(f.value)} in the text, but the indicator table's ${labels.map((l) => l.label.en).join(', ')} add up to ${parts} = ${fmt(total)}.`,
        },
        quotes: dedupeQuotes([...s.quotes, ...rows.flatMap((r) => r.quotes)]),
        refs: [f.id, ...rows.map((r) => r.ref)],
      });
    }
  }
  return findings;
}

/** Table rows that count a per-capita row (e.g. 医院(张) under 每千人口床位数), by "perCapitaId|year":
 * together they are the whole county's count. */
function tableCounts(county: County): Map<string, Stated[]> {
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

// ---------------------------------------------------------------- 4. wording vs printed sign
const upperSigns = /[≤<＜≦]/u;
const lowerSigns = /[≥>＞≧]/u;
const upperWords = /以下|以内|不超过|不高于|低于/u;
const lowerWords = /以上|不低于|高于|达到|(?<!不)超过/u;

export function wordingConflict(text: string): boolean {
  return (upperSigns.test(text) && lowerWords.test(text)) || (lowerSigns.test(text) && upperWords.test(text));
}

function comparatorWording(county: County): Finding[] {
  const findings: Finding[] = [];
  for (const ind of county.indicators) {
    for (const side of ['baseline', 'target'] as const) {
      const cell = ind[side];
      if (!cell || !wordingConflict(cell.text)) continue;
      findings.push({
        county: county.id,
        kind: 'comparator_wording',
        message: {
          zh: `${ind.label.zh}的${sideZh[side]}“${cell.text}”：文字与符号方向相反（一为上限，一为下限）。`,
          en: `${ind.label.en} ${sideEn[side]} "${cell.text}": the wording and the printed sign point opposite ways (one a cap, the other a floor).`,
        },
        quotes: [ind.source],
        refs: [ind.id],
      });
    }
  }
  return findings;
}

// ---------------------------------------------------------------- 5. counts that imply different populations
interface Implied {
  interval: Interval;
  point: number;
  /** a one-sided statement: the population is at least / at most `point` */
  bound?: 'lower' | 'upper';
  label: { zh: string; en: string };
  quotes: Quote[];
  refs: string[];
}

function impliedPopulations(county: County): Finding[] {
  const byYear = new Map<number, Implied[]>();
  const add = (year: number, x: Implied) => byYear.set(year, [...(byYear.get(year) ?? []), x]);

  // Stated populations (whole county).
  for (const f of county.figures) {
    if (f.metric !== 'population' || f.scope) continue;
    const s = statedFigure(f);
    if (s && f.provenance.kind === 'stated') add(f.year, { interval: s.interval, point: s.value, label: f.label, quotes: s.quotes, refs: [f.id] });
  }
  if (county.population.provenance.kind === 'stated' && !county.figures.some((f) => f.metric === 'population' && !f.scope && f.year === county.population.year)) {
    const p = county.population;
    const quote = { seed: (p.provenance as { seed: string }).seed, quote: (p.provenance as { quote: string }).quote };
    add(p.year, { interval: roundingInterval(p.value, quote.quote), point: p.value, label: { zh: '常住人口', en: 'resident population' }, quotes: [quote], refs: ['population'] });
  }

  // Counts over their per-capita ratio. A count is the whole county's when it is a figure without
  // scope, or the total of a table's breakdown rows (the rows that count the same per-capita row).
  const counts = new Map<string, { label: { zh: string; en: string }; stated: Stated[] }>();
  const addCount = (perCapitaId: string, label: { zh: string; en: string }, s: Stated) => {
    const key = `${perCapitaId}|${s.year}`;
    const entry = counts.get(key) ?? { label, stated: [] };
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
    const labels = rows.map((r) => county.indicators.find((i) => i.id === r.ref)!.label);
    const total: Stated = {
      ref: rows.map((r) => r.ref).join('+'),
      year: rows[0]!.year,
      value: rows.reduce((s, r) => s + r.value, 0),
      interval: sum(rows.map((r) => r.interval)),
      exactCount: rows.every((r) => r.exactCount),
      quotes: rows.flatMap((r) => r.quotes),
    };
    counts.set(key, { label: { zh: labels.map((l) => l.zh).join('＋'), en: labels.map((l) => l.en).join(' + ') }, stated: [total] });
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
        label: {
          zh: `${entry.label.zh} ${fmt(s.value)} ÷ ${ratioRow.label.zh} ${cell.text}`,
          en: `${entry.label.en} ${fmt(s.value)} ÷ ${ratioRow.label.en} ${cell.text}`,
        },
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
      add(f.year, { interval: { lo, hi: Number.POSITIVE_INFINITY }, point: s.value, label: f.label, quotes: s.quotes, refs: [f.id], bound: 'lower' });
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
        label: {
          zh: `${f.label.zh} ${fmt(s.value)} ÷ (${rows.map((r, i) => `${r!.label.zh} ${cells[i]!.text}`).join(' + ')})`,
          en: `${f.label.en} ${fmt(s.value)} ÷ (${rows.map((r, i) => `${r!.label.en} ${cells[i]!.text}`).join(' + ')})`,
        },
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
    const describe = (x: Implied, lang: 'zh' | 'en') => {
      const people = lang === 'zh' ? '人' : '';
      if (x.bound === 'lower') return `${x.label[lang]} → ${lang === 'zh' ? '至少' : 'at least'} ${fmt(x.point, 0)}${people}`;
      if (x.bound === 'upper') return `${x.label[lang]} → ${lang === 'zh' ? '至多' : 'at most'} ${fmt(x.interval.hi, 0)}${people}`;
      return `${x.label[lang]} → ${fmt(x.point, 0)}${people} (${fmtRange(x.interval, 0)})`;
    };
    const lines = (lang: 'zh' | 'en') => sorted.map((x) => describe(x, lang)).join(lang === 'zh' ? '；' : '; ');
    findings.push({
      county: county.id,
      kind: 'implied_population',
      message: {
        zh: `${year}年的数字隐含的常住人口互相矛盾，即使计入四舍五入仍至少相差 ${fmt(maxLo - minHi, 0)} 人：${lines('zh')}。`,
        en: `Figures for ${year} imply resident populations that cannot all be true: at least ${fmt(maxLo - minHi, 0)} apart even allowing for rounding: ${lines('en')}.`,
      },
      quotes: dedupeQuotes(sorted.flatMap((x) => x.quotes)),
      refs: [...new Set(sorted.flatMap((x) => x.refs))],
    });
  }
  return findings;
}

function dedupeQuotes(quotes: Quote[]): Quote[] {
  const seen = new Set<string>();
  return quotes.filter((q) => {
    const key = `${q.seed}|${q.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every contradiction the data shows, in a stable order. */
export function auditCounty(county: County): Finding[] {
  return [
    ...sumMismatches(county),
    ...ratioConflicts(county),
    ...restatedDifferently(county),
    ...comparatorWording(county),
    ...impliedPopulations(county),
  ];
}

export function auditCounties(counties: readonly County[]): Finding[] {
  return counties.flatMap(auditCounty);
}
