// Check 2: a ratio target (医护比, 床护比) against the ratio its two component rows imply.
import type { Comparator, County, Indicator } from '../../data/seedSchema.ts';
import { divide, overlaps, roundingInterval } from '../../data/precision.ts';
import type { Finding, Quote } from './finding.ts';
import { dedupeQuotes, direction } from './stated.ts';
import { fmt, fmtRange, sideEn, sideZh } from './prose.ts';

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

export function ratioConflicts(county: County): Finding[] {
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
