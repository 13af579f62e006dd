// One county's verdict for one column (a resource family) as the overview and the presenter show
// it: the indicator, its verdict, met / at risk / missed, and the projection at the plan's precision.
import type { County } from '../data/seedSchema.ts';
import { familyOf } from '../data/catalogue.ts';
import type { CountyReport, VerdictRow } from '../engine/report.ts';
import type { Messages } from '../i18n/zh.ts';
import type { Lang } from '../i18n/fill.ts';
import { fill } from '../i18n/fill.ts';
import { formatDecimals, printedDecimals } from './format.ts';

/** met, but less likely than this under uncertainty, shows as at risk */
export const atRiskBelow = 0.8;

export type CellStatus = 'met' | 'at-risk' | 'missed' | 'not-computable' | null;

export interface VerdictCell {
  ind: County['indicators'][number];
  verdict: VerdictRow | null;
  status: CellStatus;
  projected: string | null;
}

export function verdictCell(c: County, family: string, report: CountyReport | null, lang: Lang, m: Messages): VerdictCell | null {
  const ind = c.indicators.find((i) => familyOf(i.id) === family && i.target?.value !== null);
  if (!ind) return null;
  const verdict = report?.verdicts.find((v) => v.indicator === ind.id) ?? null;
  const status: CellStatus = !verdict ? null : verdict.met === null ? 'not-computable' : !verdict.met ? 'missed' : verdict.probability !== null && verdict.probability < atRiskBelow ? 'at-risk' : 'met';
  const digits = ind.target && ind.target.value !== null ? printedDecimals(ind.target.value, ind.target.text) + 1 : 2;
  const projected = verdict ? formatDecimals(lang, verdict.projected, digits) : null;
  return { ind, verdict, status, projected: ind.ratioOf && projected ? fill(m.ratioValue, { v: projected }) : projected };
}
