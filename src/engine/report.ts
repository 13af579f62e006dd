// A county projection as plain, serialisable rows: every number and status the page, the printout,
// the CSV and the CLI show, worked out once here so that they cannot disagree.
import type { County } from '../data/seedSchema.ts';
import type { Basis, CountyProjection, TargetSource, TrendFit } from './projectCounty.ts';
import { quotient } from './quotient.ts';
import { simulatedIndicators, type Resource } from '../data/catalogue.ts';
import type { ObservedValues } from './observed.ts';
import { judge } from './verdict.ts';
import type { MonteCarloResult } from './monteCarlo.ts';
import type { InputValue } from './inputs.ts';

/** One status per target: the projection against the target (at the reported precision), then
 * the probability of meeting it — a met projection less likely than 80 % is at risk. */
export type TargetStatus = 'met' | 'at_risk' | 'missed' | 'not_computable';
export const atRiskBelow = 0.8;

export function statusOf(met: boolean | null, probability: number | null): TargetStatus {
  if (met === null) return 'not_computable';
  if (!met) return 'missed';
  return probability !== null && probability < atRiskBelow ? 'at_risk' : 'met';
}

export interface VerdictRow {
  indicator: string;
  year: number;
  /** the projection as computed */
  projected: number;
  /** the projection rounded to the reported precision: what is shown beside the target */
  shown: number;
  /** the reported precision, in decimals */
  digits: number;
  target: number | null;
  comparator: string;
  /** the projection meets the target (null: no number to judge) */
  met: boolean | null;
  status: TargetStatus;
  /** shown − target at the reported precision, positive on the good side */
  margin: number | null;
  binding: boolean;
  /** Monte Carlo probability of meeting the target; null until uncertainty runs */
  probability: number | null;
  /** the goal-seek: the fewest whole units a year that meet the target (one fewer does not), from
   * the year after the last observation before the year judged */
  additionNeededPerYear: number | null;
  /** the value judged was observed that year, or projected */
  basis: Basis;
  /** where the target comes from: the county's own, a national benchmark, or carried forward */
  targetSource: TargetSource;
}

/** One target in the final evaluation (终期评估) of the plan: the value of its target year, observed
 * or projected (or none: a row the model does not project and no value was entered for), against
 * the target, with the pace a year achieved beside the pace the plan needed. */
export interface EvaluationRow {
  indicator: string;
  year: number;
  target: number | null;
  comparator: string;
  /** the value as entered or projected; null: none */
  value: number | null;
  shown: number | null;
  digits: number;
  basis: Basis | null;
  /** where the observed value comes from, as entered */
  source: string | null;
  met: boolean | null;
  status: TargetStatus;
  /** shown − target, positive on the good side */
  gap: number | null;
  baseline: number | null;
  /** (value − baseline) ÷ years, and (target − baseline) ÷ years, from the baseline year */
  paceAchievedPerYear: number | null;
  paceNeededPerYear: number | null;
  simulated: boolean;
}

export interface IndicatorSummary {
  id: string;
  digits: number;
  /** the baseline year: the plan's stated ratio and the model's own start (count ÷ population, or
   * ratio × population ÷ population), and whether they differ at the reported precision */
  baseline: { stated: number | null; model: number; differs: boolean };
}

export interface BandSeries {
  p10: number[];
  p50: number[];
  p90: number[];
}

/** why a series has years with no number (NaN here, null in JSON, an empty CSV cell) */
export type NoNumber = 'nothing_to_divide_by';

export interface CountyReport {
  id: string;
  years: number[];
  /** every value a finite number, or NaN where the series is named in noNumber */
  series: Record<string, number[]>;
  /** the series (and bands) with years that have no number, and why: a ratio of no doctors, a
   * rate of no children */
  noNumber: Record<string, NoNumber>;
  /** Monte Carlo p10/p50/p90 per indicator, once uncertainty has run */
  bands: Record<string, BandSeries>;
  indicators: IndicatorSummary[];
  verdicts: VerdictRow[];
  starts: CountyProjection['starts'];
  /** every assumption the page lets the user set, its value in force and its reference value */
  inputs: InputValue[];
  /** the years each series (population, a resource, an indicator) was observed in, not projected:
   * a count is observed where it or its rate was entered, a rate where it or its count was */
  observedYears: Record<string, number[]>;
  /** resources on a trend fitted to the county's own observed years */
  trendFits: Partial<Record<Resource, TrendFit>>;
  /** the final evaluation of the plan's targets */
  evaluation: EvaluationRow[];
}

const rounded = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

export function countyReport(county: County, p: CountyProjection, inputs: InputValue[] = [], observed: ObservedValues = {}): CountyReport {
  const series: Record<string, number[]> = {
    population: [...p.population],
    births: [...p.births],
    under_three: [...p.underThree],
    birth_rate_per_mille: [...p.birthRatePerMille],
    population_0_14: [...p.ageBands.under15],
    population_15_64: [...p.ageBands.age15to64],
    population_65_plus: [...p.ageBands.age65plus],
    share_65_plus: [...p.ageBands.share65plus],
  };
  for (const [resource, stock] of Object.entries(p.stocks)) series[resource] = [...stock];
  series.bed_need = [...p.bedNeed];
  series.bed_need_per_1000 = Array.from(p.bedNeed, (need, t) => quotient(need, p.population[t]!) * 1000);
  series.bed_need_per_1000_at_base_ages = Array.from(p.bedNeedAtBaseAges, (need, t) => quotient(need, p.population[t]!) * 1000);
  series.childcare_demand = [...p.childcareDemand];
  series.childcare_demand_at_base_share = [...p.childcareDemandAtBaseShare];
  if (p.childcarePer100UnderThree) series.childcare_slots_per_100_under3 = [...p.childcarePer100UnderThree];
  for (const ind of p.indicators) series[ind.id] = [...ind.values];
  const indicators: IndicatorSummary[] = [];
  const verdicts: VerdictRow[] = [];
  for (const ind of p.indicators) {
    const row = county.indicators.find((i) => i.id === ind.id)!;
    const stated = row.baseline && row.baseline.year === p.years[0] ? row.baseline.value : null;
    const model = ind.values[0]!;
    indicators.push({ id: ind.id, digits: ind.digits, baseline: { stated, model, differs: stated !== null && rounded(stated, ind.digits) !== rounded(model, ind.digits) } });
    if (!row.target) continue;
    // the target year, then (for a 2030 horizon) the same target carried forward; each row written
    // out whole in the interface's order (a spread then more fields put rows on V8's slow path)
    const metOf = (status: string) => (status === 'not_numeric' ? null : status === 'met');
    if (ind.verdict) {
      const v = ind.verdict;
      const met = metOf(v.status);
      verdicts.push({ indicator: ind.id, year: v.year, projected: ind.values[v.year - p.years[0]!]!, shown: v.shown, digits: v.digits, target: row.target.value, comparator: row.target.comparator, met, status: statusOf(met, null), margin: v.margin, binding: row.binding, probability: null, additionNeededPerYear: ind.additionNeededPerYear, basis: ind.basis, targetSource: { kind: 'county', source: 'plan' } });
    }
    if (ind.horizonVerdict) {
      const v = ind.horizonVerdict;
      const met = metOf(v.status);
      const comparator = v.targetSource.kind === 'national_benchmark' ? '>=' : row.target.comparator;
      verdicts.push({ indicator: ind.id, year: v.year, projected: ind.values[v.year - p.years[0]!]!, shown: v.shown, digits: v.digits, target: v.target, comparator, met, status: statusOf(met, null), margin: v.margin, binding: row.binding, probability: null, additionNeededPerYear: v.additionNeededPerYear, basis: v.basis, targetSource: v.targetSource });
    }
  }
  const observedYears: Record<string, number[]> = {};
  const yearsOf = (id: string, mask: readonly boolean[]) => {
    const seen = p.years.filter((_, t) => mask[t]);
    if (seen.length) observedYears[id] = seen;
  };
  yearsOf('population', p.populationObserved);
  for (const [r, mask] of Object.entries(p.stocksObserved)) yearsOf(r, mask);
  for (const ind of p.indicators) yearsOf(ind.id, ind.observed);
  const report: CountyReport = { id: county.id, years: p.years, series, noNumber: gaps(series), bands: {}, indicators, verdicts, starts: p.starts, inputs, observedYears, trendFits: p.trendFits, evaluation: [] };
  return { ...report, evaluation: finalEvaluation(county, report, observed) };
}

/** The final evaluation: each target of the plan at its target year. A simulated row reads the
 * report's own verdict (so the evaluation and the table cannot disagree); a row the model does not
 * project is judged on the value observed that year, if one was entered. */
export function finalEvaluation(county: County, report: Pick<CountyReport, 'years' | 'verdicts'>, observed: ObservedValues): EvaluationRow[] {
  const rows: EvaluationRow[] = [];
  const baseYear = report.years[0]!;
  for (const ind of county.indicators) {
    const t = ind.target;
    if (!t) continue;
    const baseline = ind.baseline?.value ?? null;
    const span = t.year - (ind.baseline?.year ?? baseYear);
    const pace = (v: number | null) => (v === null || baseline === null || !(span > 0) ? null : (v - baseline) / span);
    const seen = observed[ind.id]?.[t.year];
    // an observed rate's source, else the source of the count it was worked out from
    const spec = simulatedIndicators[ind.id];
    const countSource = spec?.kind === 'per_capita' ? observed[spec.resource]?.[t.year]?.source : undefined;
    const verdict = report.verdicts.find((v) => v.indicator === ind.id && v.year === t.year);
    // every row written out whole, in one order: an object spread followed by more fields put each
    // row on V8's slow path (two thirds of a projection's report time)
    const row = (value: number | null, shown: number | null, digits: number, basis: Basis | null, source: string | null, met: boolean | null, status: TargetStatus, gap: number | null, simulated: boolean): EvaluationRow => ({
      indicator: ind.id, year: t.year, target: t.value, comparator: t.comparator, value, shown, digits, basis, source, met, status, gap,
      baseline, paceAchievedPerYear: pace(value), paceNeededPerYear: t.value === null ? null : pace(t.value), simulated,
    });
    if (verdict) {
      const value = verdict.basis === 'observed' && seen ? seen.value : verdict.projected;
      rows.push(row(value, verdict.shown, verdict.digits, verdict.basis, verdict.basis === 'observed' ? (seen?.source ?? countSource ?? null) : null, verdict.met, verdict.status, verdict.margin, true));
      continue;
    }
    if (seen) {
      const v = judge(seen.value, t, ind.baseline?.value ?? null);
      const met = v.status === 'not_numeric' ? null : v.status === 'met';
      rows.push(row(seen.value, v.shown, v.digits, 'observed', seen.source ?? null, met, statusOf(met, null), v.margin, false));
      continue;
    }
    rows.push(row(null, null, 2, null, null, null, 'not_computable', null, false));
  }
  return rows;
}

/** every quotient is a number or NaN (see quotient): the series with a NaN have nothing to divide by */
function gaps(series: Record<string, ArrayLike<number>>): Record<string, NoNumber> {
  return Object.fromEntries(Object.entries(series).filter(([, v]) => Array.prototype.some.call(v, (x: number) => !Number.isFinite(x))).map(([id]) => [id, 'nothing_to_divide_by' as const]));
}

/** Adds the Monte Carlo bands and each target's probability, and the status that follows from it. */
export function withUncertainty(report: CountyReport, mc: Pick<MonteCarloResult, 'probabilityMet'> & { bands: Record<string, Record<keyof BandSeries, ArrayLike<number>>> }): CountyReport {
  const bands: Record<string, BandSeries> = {};
  for (const [id, band] of Object.entries(mc.bands)) bands[id] = { p10: Array.from(band.p10), p50: Array.from(band.p50), p90: Array.from(band.p90) };
  const noNumber = { ...report.noNumber, ...gaps(Object.fromEntries(Object.entries(bands).flatMap(([id, b]) => [[`${id}_p10`, b.p10], [`${id}_p50`, b.p50], [`${id}_p90`, b.p90]]))) };
  // Monte Carlo judges the target year; a carried-forward horizon row keeps no probability, nor
  // does a target the projection gives no number for (no doctors left: no doctor:nurse ratio)
  const verdicts = report.verdicts.map((v) => {
    const probability = v.met !== null && v.year === targetYearOf(report, v.indicator) ? (mc.probabilityMet[v.indicator] ?? null) : null;
    return { ...v, probability, status: statusOf(v.met, probability) };
  });
  // the evaluation's simulated rows are the verdicts' own: their status follows the probability
  const evaluation = report.evaluation.map((e) => {
    const v = e.simulated ? verdicts.find((x) => x.indicator === e.indicator && x.year === e.year) : undefined;
    return v ? { ...e, status: v.status } : e;
  });
  return { ...report, bands, noNumber, verdicts, evaluation };
}

/** A newer deterministic report of the county with the bands and probabilities of an earlier whole
 * one: while a slider is dragged, the last Monte Carlo answer stays on screen, its statuses judged
 * with the newer projection, until the next one comes. */
export function withUncertaintyOf(report: CountyReport, earlier: CountyReport): CountyReport {
  const probabilityMet = Object.fromEntries(earlier.verdicts.flatMap((v) => (v.probability === null ? [] : [[v.indicator, v.probability] as const])));
  return withUncertainty(report, { bands: earlier.bands, probabilityMet });
}

/** the first verdict row of an indicator is its target year */
function targetYearOf(report: CountyReport, indicator: string): number | undefined {
  return report.verdicts.find((v) => v.indicator === indicator)?.year;
}
