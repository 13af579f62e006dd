// Check 4: a table cell whose wording (以上, 以下, 不超过 …) points the other way from its printed
// sign (≥, ≤). Its regexes are the only Chinese strings in the engine (a test holds it to that):
// they read the plan's own words.
import type { County } from '../../data/seedSchema.ts';
import { finding, type Finding } from './finding.ts';

const upperSigns = /[≤<＜≦]/u;
const lowerSigns = /[≥>＞≧]/u;
const upperWords = /以下|以内|不超过|不高于|低于/u;
const lowerWords = /以上|不低于|高于|达到|(?<!不)超过/u;

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
