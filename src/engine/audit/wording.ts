// Check 4: a table cell whose wording (以上, 以下, 不超过 …) points the other way from its printed
// sign (≥, ≤). Its regexes are the only Chinese strings in the engine (a test holds it to that):
// they read the plan's own words, here and for the direction check (direction.ts).
import type { County } from '../../data/seedSchema.ts';
import { finding, type Finding } from './finding.ts';

const upperSigns = /[≤<＜≦]/u;
const lowerSigns = /[≥>＞≧]/u;
const upperWords = /以下|以内|不超过|不高于|低于/u;
const lowerWords = /以上|不低于|高于|达到|(?<!不)超过/u;

/** Words that say which way a target moves from its baseline, or that it keeps a level reached. */
const fallWords = /降低|下降|降至|降到|减少|减低|回落/u;
const riseWords = /提高|提升|增长|增加|上升|扩大/u;
const keepWords = /保持|巩固|稳定在|维持/u;

/** The way a statement's words move the value: 'fall', 'rise', 'keep', or null when they do not say. */
export function movementWords(text: string): 'fall' | 'rise' | 'keep' | null {
  if (keepWords.test(text)) return 'keep';
  const fall = fallWords.test(text);
  const rise = riseWords.test(text);
  return fall === rise ? null : fall ? 'fall' : 'rise';
}

export function wordingConflict(text: string): boolean {
  return (upperSigns.test(text) && lowerWords.test(text)) || (lowerSigns.test(text) && upperWords.test(text));
}

export function comparatorWording(county: County): Finding[] {
  const findings: Finding[] = [];
  for (const ind of county.indicators) {
    for (const side of ['baseline', 'target'] as const) {
      const cell = ind[side];
      if (!cell || !wordingConflict(cell.text)) continue;
      findings.push(finding(county.id, { kind: 'comparator_wording', label: ind.label, side, text: cell.text }, [ind.source], [ind.id]));
    }
  }
  return findings;
}
