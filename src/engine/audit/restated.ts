// Check 3: the same number stated twice (table and prose, two figures, a figure and a table row,
// a prose count and the table's breakdown rows) with values that disagree beyond rounding.
import type { County, Figure, Indicator } from '../../data/seedSchema.ts';
import { overlaps, roundingInterval, sum } from '../../data/precision.ts';
import type { Finding } from './finding.ts';
import { dedupeQuotes, direction, statedFigure, statedIndicator, tableCounts } from './stated.ts';
import { comparatorSymbol, fmt, sideEn, sideZh } from './prose.ts';

export function restatedDifferently(county: County): Finding[] {
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
