// A county projection as plain, serialisable rows: what the CLI prints and the CSV export holds.
import type { County } from '../data/seedSchema.ts';
import type { CountyProjection } from './projectCounty.ts';
import type { MonteCarloResult } from './monteCarlo.ts';

export interface VerdictRow {
  indicator: string;
  year: number;
  projected: number;
  target: number | null;
  comparator: string;
  met: boolean | null;
  /** projected − target, positive on the good side */
  margin: number | null;
  binding: boolean;
  /** Monte Carlo probability of meeting the target; null until uncertainty runs */
  probability: number | null;
  additionNeededPerYear: number | null;
}

export interface CountyReport {
  id: string;
  years: number[];
  series: Record<string, number[]>;
  verdicts: VerdictRow[];
  starts: CountyProjection['starts'];
}

export function countyReport(county: County, p: CountyProjection): CountyReport {
  const series: Record<string, number[]> = {
    population: [...p.population],
    births: [...p.births],
    under_three: [...p.underThree],
  };
  for (const [resource, stock] of Object.entries(p.stocks)) series[resource] = [...stock];
  series.bed_need = [...p.bedNeed];
  series.childcare_demand = [...p.childcareDemand];
  if (p.childcarePer100UnderThree) series.childcare_slots_per_100_under3 = [...p.childcarePer100UnderThree];
  for (const ind of p.indicators) series[ind.id] = [...ind.values];
  const verdicts: VerdictRow[] = [];
  for (const ind of p.indicators) {
    const row = county.indicators.find((i) => i.id === ind.id)!;
    if (!row.target) continue;
    // the target year, then (for a 2030 horizon) the same target carried forward
    for (const v of [ind.verdict, ind.horizonVerdict]) {
      if (!v) continue;
      verdicts.push({
        indicator: ind.id,
        year: v.year,
        projected: ind.values[v.year - p.years[0]!]!,
        target: v === ind.verdict ? row.target.value : (ind.horizonVerdict?.target ?? row.target.value),
        comparator: row.target.comparator,
        met: v.status === 'not_numeric' ? null : v.status === 'met',
        margin: v.margin,
        binding: row.binding,
        probability: null,
        additionNeededPerYear: v === ind.verdict ? ind.additionNeededPerYear : null,
      });
    }
  }
  return { id: county.id, years: p.years, series, verdicts, starts: p.starts };
}

/** One row per county, series and year: county,series,year,value (empty where there is no number). */
export function reportsToCsv(reports: readonly CountyReport[]): string {
  const lines = ['county,series,year,value'];
  for (const r of reports) {
    for (const [name, values] of Object.entries(r.series)) {
      values.forEach((v, t) => lines.push(`${r.id},${name},${r.years[t]},${Number.isFinite(v) ? Number(v.toPrecision(12)) : ''}`));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Adds the Monte Carlo bands (as series name_p10/_p50/_p90) and each target's probability. */
export function withUncertainty(report: CountyReport, mc: MonteCarloResult): CountyReport {
  const series = { ...report.series };
  for (const [id, band] of Object.entries(mc.bands)) {
    series[`${id}_p10`] = [...band.p10];
    series[`${id}_p50`] = [...band.p50];
    series[`${id}_p90`] = [...band.p90];
  }
  // Monte Carlo judges the target year; a carried-forward horizon row keeps no probability
  const verdicts = report.verdicts.map((v) => ({ ...v, probability: v.year === targetYearOf(report, v.indicator) ? (mc.probabilityMet[v.indicator] ?? null) : null }));
  return { ...report, series, verdicts };
}

/** the first verdict row of an indicator is its target year */
function targetYearOf(report: CountyReport, indicator: string): number | undefined {
  return report.verdicts.find((v) => v.indicator === indicator)?.year;
}
