// A verdict as every view prints it: the projection at the engine's reported precision (as a
// ratio "1 : x" where the plan writes one), the engine's status, and the words and mark for that
// status. The overview, the cards, the presenter and the printout all take it from here.
import type { County, Indicator } from '../data/seedSchema.ts';
import { familyOf } from '../data/catalogue.ts';
import type { CountyReport, TargetStatus, VerdictRow } from '../engine/report.ts';
import type { Messages } from '../i18n/zh.ts';
import { fill, type Lang } from '../i18n/fill.ts';
import { formatDecimals } from '../i18n/numberFormat.ts';
import { formatTarget } from './format.ts';

export interface VerdictCell {
  ind: Indicator;
  verdict: VerdictRow | null;
  status: TargetStatus | null;
  projected: string | null;
}

/** the projection as shown beside its target */
export function shownValue(lang: Lang, m: Messages, ind: Pick<Indicator, 'ratioOf'>, v: Pick<VerdictRow, 'shown' | 'digits'>): string {
  const text = formatDecimals(lang, v.shown, v.digits);
  return ind.ratioOf && Number.isFinite(v.shown) ? fill(m.ratioValue, { v: text }) : text;
}

export const statusMark: Record<TargetStatus, string> = { met: '✓', at_risk: '!', missed: '✗', not_computable: '' };

export function statusText(m: Messages, status: TargetStatus | null): string {
  return status === null ? m.computing : { met: m.met, at_risk: m.atRisk, missed: m.missed, not_computable: m.notComputable }[status];
}

/** One county's verdict for one column (a resource family) of the overview and the presenter: at
 * the target year, or at `year` (2030: the target carried forward) */
export function verdictCell(c: County, family: string, report: CountyReport | null, lang: Lang, m: Messages, year?: number): VerdictCell | null {
  const ind = c.indicators.find((i) => familyOf(i.id) === family && i.target?.value !== null);
  if (!ind) return null;
  const verdict = report?.verdicts.find((v) => v.indicator === ind.id && (year === undefined || v.year === year)) ?? null;
  return { ind, verdict, status: verdict?.status ?? null, projected: verdict ? shownValue(lang, m, ind, verdict) : null };
}

/** +0.12 / −0.12 at the given digits (a margin or a pace, already at its precision) */
export function signedValue(lang: Lang, value: number, digits: number): string {
  return value === 0 ? formatDecimals(lang, 0, digits) : `${value > 0 ? '+' : '−'}${formatDecimals(lang, Math.abs(value), digits)}`;
}

/** The target a verdict is judged against, as the reader sees it: the plan's own as the plan prints
 * it; a 2030 target entered, or a national benchmark (said so), from the verdict's own numbers. */
export function verdictTarget(lang: Lang, m: Messages, ind: Indicator, v: Pick<VerdictRow, 'target' | 'comparator' | 'digits' | 'targetSource'>): string {
  if (v.targetSource.kind === 'carried_forward' || (v.targetSource.kind === 'county' && v.targetSource.source === 'plan') || v.target === null) return formatTarget(lang, m, ind);
  const value = formatDecimals(lang, v.target, v.digits);
  const text = fill(m.cmp[v.comparator as keyof Messages['cmp']] ?? '{v}', { v: ind.ratioOf ? fill(m.ratioValue, { v: value }) : value, text: value });
  return v.targetSource.kind === 'national_benchmark' ? fill(m.benchmarkTarget, { target: text }) : text;
}
