// Check 1: a total (a prose figure or a table row) against the sum of its parts, beyond rounding.
import type { County } from '../../data/seedSchema.ts';
import { overlaps, sum } from '../../data/precision.ts';
import type { Finding } from './finding.ts';
import { dedupeQuotes, statedFigure, statedIndicator, type Stated } from './stated.ts';
import { fmt, sideEn, sideZh } from './prose.ts';

export function sumMismatches(county: County): Finding[] {
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
