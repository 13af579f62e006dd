// A county's residents under its assumptions: the cohort model (cohort.ts) started from its 2020
// age structure (ageStructure.ts), with the series projectCounty and Monte Carlo read — the total,
// births and children under 3 by year, and the broad age bands the charts and the bed need use.
import { residentsByAge, type BandShares } from '../data/ageStructure.ts';
import { cohortModel, emptySeries, type CohortModel, type CohortRates, type CohortSeries } from './cohort.ts';

export type { PopulationSeries, CohortSeries } from './cohort.ts';

/** the demographic part of a county's assumptions (CountyAssumptions in projectCounty.ts) */
export interface DemographicAssumptions {
  basePopulation: number;
  ageShares: BandShares;
  infantMortalityPerMille: number;
  under5MortalityPerMille: number;
  sexRatioAtBirth: number;
  totalFertilityRate: readonly number[];
  lifeExpectancy: readonly number[];
  netMigrationPerMille: readonly number[];
  observedPopulation?: ReadonlyArray<number | undefined>;
}
export { rateAt } from './cohort.ts';

/** The prepared projection of one county (its 2020 cohorts and life-table inverse), to run many times. */
export function countyPopulationModel(a: DemographicAssumptions, steps: number, options: { bands?: boolean } = {}): CohortModel {
  return cohortModel({
    residents: residentsByAge(a.basePopulation, a.ageShares),
    steps,
    infantMortalityPerMille: a.infantMortalityPerMille,
    under5MortalityPerMille: a.under5MortalityPerMille,
    sexRatioAtBirth: a.sexRatioAtBirth,
  }, options);
}

export const ratesOf = (a: DemographicAssumptions): CohortRates => ({
  totalFertilityRate: a.totalFertilityRate,
  lifeExpectancy: a.lifeExpectancy,
  netMigrationPerMille: a.netMigrationPerMille,
  observedPopulation: a.observedPopulation,
});

/** Residents of a county, by year from its baseline, under its assumptions. */
export function projectPopulation(a: DemographicAssumptions, steps: number): CohortSeries {
  const out = emptySeries(steps + 1);
  countyPopulationModel(a, steps).run(ratesOf(a), out);
  return out;
}

/** Births per 1000 residents in each year (the mean of its start and end), an outcome of the model. */
export function crudeBirthRatePerMille(s: CohortSeries): Float64Array {
  return Float64Array.from(s.births, (b, t) => (1000 * b) / (t === 0 ? s.population[0]! : (s.population[t - 1]! + s.population[t]!) / 2));
}

/** How much more hospital use the age structure asks of each year than of the baseline's: residents
 * aged 60+ are admitted `olderRatio` times as often as those under 60. */
export function ageUseFactor(s: CohortSeries, olderRatio: number): Float64Array {
  const use = (t: number) => 1 + (olderRatio - 1) * (s.age60plus[t]! / s.population[t]!);
  const base = use(0);
  return Float64Array.from(s.population, (p, t) => (p > 0 && base > 0 ? use(t) / base : 1));
}
