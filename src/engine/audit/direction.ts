// Check: a target whose direction contradicts its wording or its baseline — "降低到14%以下" above a
// baseline of 13.62, "持续降低…低于19%" above 17.7, "保持在90以上" of a rate at 88.01 that has never
// been there. The baseline is taken with its rounding; a bound (以下, 以上) is the threshold it prints.
import type { Comparator, County, Indicator } from '../../data/seedSchema.ts';
import { roundingInterval } from '../../data/precision.ts';
import { finding, type Finding, type Quote } from './finding.ts';
import { direction } from './stated.ts';
import { movementWords } from './wording.ts';

/** One statement of a target: the table's cell or a restatement in the prose. */
interface TargetStatement {
  text: string;
  value: number;
  year: number;
  comparator: Comparator | undefined;
  quote: Quote;
  fromTable: boolean;
}

function statements(ind: Indicator): TargetStatement[] {
  const t = ind.target;
  const out: TargetStatement[] = [];
  if (t && t.value !== null) {
    out.push({ text: t.text, value: t.value, year: t.year, comparator: t.comparator, quote: ind.source, fromTable: true });
  }
  // a restatement as a change (提高5个百分点) moves the way its change says, by construction
  for (const r of ind.restatements) {
    if (r.of !== 'target' || r.change !== undefined) continue;
    out.push({ text: r.source.quote, value: r.value, year: r.year, comparator: r.comparator, quote: r.source, fromTable: false });
  }
  return out;
}

export function targetDirections(county: County): Finding[] {
  const findings: Finding[] = [];
  for (const ind of county.indicators) {
    const b = ind.baseline;
    if (!b || b.value === null) continue;
    const baseline = roundingInterval(b.value, b.text);
    for (const s of statements(ind)) {
      const bound = direction(s.comparator);
      // a bound ("14%以下") is the threshold it prints, not a measurement rounded to it
      const target = bound === 'lower' || bound === 'upper' ? { lo: s.value, hi: s.value } : roundingInterval(s.value, s.fromTable ? s.text : s.quote.quote);
      const words = movementWords(s.text);
      const keeps = s.comparator === 'keep>=' || (words === 'keep' && bound === 'lower');
      const variant =
        keeps && baseline.hi < target.lo ? 'keep_not_reached'
        : words === 'fall' && target.lo > baseline.hi ? 'fall_above_baseline'
        : words === 'rise' && target.hi < baseline.lo ? 'rise_below_baseline'
        : null;
      if (!variant) continue;
      findings.push(finding(
        county.id,
        { kind: 'target_direction', variant, label: ind.label, text: s.text, value: s.value, year: s.year, baselineText: b.text, baselineYear: b.year },
        s.fromTable ? [ind.source] : [ind.source, s.quote],
        [ind.id],
      ));
    }
  }
  return findings;
}
