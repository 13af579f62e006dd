// Check 4: a table cell whose wording (以上, 以下, 不超过 …) points the other way from its printed
// sign (≥, ≤). The regexes below are the only Chinese text the engine holds: they read the plan.
import type { County } from '../../data/seedSchema.ts';
import type { Finding } from './finding.ts';
import { sideEn, sideZh } from './prose.ts';

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
