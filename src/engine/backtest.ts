// The cohort model on the nation: from the 2020 census structure at the end of 2020, with the
// published total fertility and life expectancy of each year, against the births and year-end
// populations NBS published for 2021–2024. Nothing here is tuned to the result.
import { nationalLifeExpectancy, nationalTotalFertility, nationalYearEnd2020, sexRatioAtBirth2020 } from '../data/demography.ts';
import { nationalShares, residentsByAge } from '../data/ageStructure.ts';
import { nationalSeries } from '../data/parameters.ts';
import { projectCohorts } from './cohort.ts';

export interface BacktestRow {
  series: 'births' | 'population';
  year: number;
  /** millions */
  projected: number;
  observed: number;
  source: string;
}

/** NBS communiqués, millions: births in the year and residents at its end */
export const published = {
  births: { 2021: 10.62, 2022: 9.56, 2023: 9.02, 2024: 9.54 } as Record<number, number>,
  population: { 2021: 1412.6, 2022: 1411.75, 2023: 1409.67, 2024: 1408.28 } as Record<number, number>,
};
const communique = (year: number) => `NBS ${year} Statistical Communiqué`;

/** national infant and under-5 mortality, ‰ (2023, as the parameter table's national fallback) */
const nationalChildMortality = { infant: 4.5, under5: 6.2 };

export function backtest(): BacktestRow[] {
  const years = [2020, 2021, 2022, 2023, 2024];
  const series = projectCohorts(
    { residents: residentsByAge(nationalYearEnd2020, nationalShares), steps: years.length - 1, infantMortalityPerMille: nationalChildMortality.infant, under5MortalityPerMille: nationalChildMortality.under5, sexRatioAtBirth: sexRatioAtBirth2020 },
    { totalFertilityRate: nationalSeries(nationalTotalFertility, years), lifeExpectancy: nationalSeries(nationalLifeExpectancy, years), netMigrationPerMille: [0] },
  );
  const rows: BacktestRow[] = [];
  years.slice(1).forEach((year, i) => {
    rows.push({ series: 'births', year, projected: series.births[i + 1]! / 1e6, observed: published.births[year]!, source: communique(year) });
    rows.push({ series: 'population', year, projected: series.population[i + 1]! / 1e6, observed: published.population[year]!, source: communique(year) });
  });
  return rows;
}

/** mean absolute relative error of one series */
export const meanError = (rows: readonly BacktestRow[], s: BacktestRow['series']) => {
  const of = rows.filter((r) => r.series === s);
  return of.reduce((a, r) => a + Math.abs(r.projected / r.observed - 1), 0) / of.length;
};
export const aims = { births: 0.05, population: 0.003 } as const;
