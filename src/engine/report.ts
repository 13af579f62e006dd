// A county projection as plain, serialisable rows: every number and status the page, the printout,
// the CSV and the CLI show, worked out once here so that they cannot disagree.
import type { County } from '../data/seedSchema.ts';
import { quotient, type CountyProjection } from './projectCounty.ts';
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
  /** the goal-seek: the fewest whole units a year that meet the target (one fewer does not) */
  additionNeededPerYear: number | null;
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
}

const rounded = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

export function countyReport(county: County, p: CountyProjection, inputs: InputValue[] = []): CountyReport {
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
    // the target year, then (for a 2030 horizon) the same target carried forward
    for (const v of [ind.verdict, ind.horizonVerdict]) {
      if (!v) continue;
      const met = v.status === 'not_numeric' ? null : v.status === 'met';
      verdicts.push({
        indicator: ind.id,
        year: v.year,
        projected: ind.values[v.year - p.years[0]!]!,
        shown: v.shown,
        digits: v.digits,
        target: v === ind.verdict ? row.target.value : (ind.horizonVerdict?.target ?? row.target.value),
        comparator: row.target.comparator,
        met,
        status: statusOf(met, null),
        margin: v.margin,
        binding: row.binding,
        probability: null,
        additionNeededPerYear: v === ind.verdict ? ind.additionNeededPerYear : null,
      });
    }
  }
  return { id: county.id, years: p.years, series, noNumber: gaps(series), bands: {}, indicators, verdicts, starts: p.starts, inputs };
}

/** every quotient is a number or NaN (see quotient): the series with a NaN have nothing to divide by */
function gaps(series: Record<string, ArrayLike<number>>): Record<string, NoNumber> {
  return Object.fromEntries(Object.entries(series).filter(([, v]) => Array.prototype.some.call(v, (x: number) => !Number.isFinite(x))).map(([id]) => [id, 'nothing_to_divide_by' as const]));
}

/** Adds the Monte Carlo bands and each target's probability, and the status that follows from it. */
export function withUncertainty(report: CountyReport, mc: MonteCarloResult): CountyReport {
  const bands: Record<string, BandSeries> = {};
  for (const [id, band] of Object.entries(mc.bands)) bands[id] = { p10: [...band.p10], p50: [...band.p50], p90: [...band.p90] };
  const noNumber = { ...report.noNumber, ...gaps(Object.fromEntries(Object.entries(bands).flatMap(([id, b]) => [[`${id}_p10`, b.p10], [`${id}_p50`, b.p50], [`${id}_p90`, b.p90]]))) };
  // Monte Carlo judges the target year; a carried-forward horizon row keeps no probability, nor
  // does a target the projection gives no number for (no doctors left: no doctor:nurse ratio)
  const verdicts = report.verdicts.map((v) => {
    const probability = v.met !== null && v.year === targetYearOf(report, v.indicator) ? (mc.probabilityMet[v.indicator] ?? null) : null;
    return { ...v, probability, status: statusOf(v.met, probability) };
  });
  return { ...report, bands, noNumber, verdicts };
}

/** the first verdict row of an indicator is its target year */
function targetYearOf(report: CountyReport, indicator: string): number | undefined {
  return report.verdicts.find((v) => v.indicator === indicator)?.year;
}
