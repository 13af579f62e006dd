// Check 2: a ratio target (医护比, 床护比) against the ratio its two component rows imply.
import type { Comparator, County, Indicator } from '../../data/seedSchema.ts';
import { divide, overlaps, roundingInterval } from '../../data/precision.ts';
import { finding, type Finding, type Label, type Quote, type Side } from './finding.ts';
import { dedupeQuotes, direction } from './stated.ts';

/** A ratio as stated (a table row or a prose figure), ready to compare with its parts. */
interface StatedRatio {
  ref: string;
  label: Label;
  side: Side;
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
    // a comparator with no direction never conflicts; saying so narrows `dir` for the facts
    if (!conflict || dir === 'none') continue;
    findings.push(finding(
      county.id,
      {
        kind: 'ratio_target_conflict', label: ratio.label, side: ratio.side, year: ratio.year, text: ratio.text, value: ratio.value, bound: dir,
        numerator: { label: num.label, text: n.text }, denominator: { label: den.label, text: d.text },
        impliedPoint: n.value / d.value, implied,
      },
      dedupeQuotes([...ratio.quotes, num.source, den.source]),
      [ratio.ref, num.id, den.id],
    ));
  }
  return findings;
}
