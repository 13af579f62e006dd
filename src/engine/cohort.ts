// The cohort-component projection: residents by sex and single year of age (0–84, 85+), year by
// year from the base year. Each year every cohort survives to the next age (lifeTable.ts), net
// migrants join by the migration age schedule, and births are the total fertility rate times the
// age schedule of fertility over the mean number of women at each age in the year; boys and girls
// by the sex ratio at birth, alive at the year's end by the infant mortality. Where a year's total
// is observed, every cohort is scaled to it and the projection continues from there.
//
// Single years rather than five-year groups: the under-3 cohort that childcare serves and the
// large cohorts born 1962–1975 crossing 60 and 65 in 2022–2035 move one age a year, which five-year
// groups smear over five; the cost per run (about 1,000 multiply-adds a year) is paid in preallocated
// arrays, and everything that does not change between Monte Carlo draws is prepared once.
import { ages, firstFertileAge, fertilityFiveYearPerMille, lastFertileAge, migrationShape, openAge } from '../data/demography.ts';
import { birthSurvival, levelFor, mortalityTable, survivalInto, type MortalityTable } from './lifeTable.ts';

export interface CohortInputs {
  /** residents in the base year by sex and age: index sex·86 + age, 0 men, 1 women */
  residents: Float64Array;
  steps: number;
  infantMortalityPerMille: number;
  under5MortalityPerMille: number;
  /** boys per 100 girls */
  sexRatioAtBirth: number;
}

/** What varies between runs: per year index 0 = base year; a shorter array repeats its last value. */
export interface CohortRates {
  totalFertilityRate: ArrayLike<number>;
  lifeExpectancy: ArrayLike<number>;
  netMigrationPerMille: ArrayLike<number>;
  /** a total observed in that year (undefined: none) */
  observedPopulation?: ReadonlyArray<number | undefined>;
}

export interface PopulationSeries {
  population: Float64Array;
  births: Float64Array;
  underThree: Float64Array;
}

export interface CohortSeries extends PopulationSeries {
  under15: Float64Array;
  age15to64: Float64Array;
  age60plus: Float64Array;
  age65plus: Float64Array;
}

/** The rate for year index t: per-year values, the last one carried forward. */
export function rateAt(rates: ArrayLike<number>, t: number): number {
  if (rates.length === 0) return 0;
  return rates[Math.min(t, rates.length - 1)]!;
}

/** share of a year's births at each single age 15–49 (the five-year schedule spread evenly), summing to one */
export const fertilityShape = (() => {
  const shape = new Float64Array(ages);
  const sum = fertilityFiveYearPerMille.reduce((a, b) => a + b, 0) * 5;
  for (let x = firstFertileAge; x <= lastFertileAge; x++) shape[x] = fertilityFiveYearPerMille[Math.floor((x - firstFertileAge) / 5)]! / sum;
  return shape;
})();

/** share of net migrants at each sex and age (index sex·86 + age), summing to one */
export const migrationSchedule = (() => {
  const s = new Float64Array(2 * ages);
  let sum = 0;
  for (let x = 0; x < ages; x++) sum += 2 * migrationShape(x);
  for (let x = 0; x < ages; x++) s[x] = s[ages + x] = migrationShape(x) / sum;
  return s;
})();

export interface CohortModel {
  years: number;
  table: MortalityTable;
  /** projects under `rates` into `out` (arrays of length steps + 1), reusing its own buffers */
  run(rates: CohortRates, out: CohortSeries): void;
}

export const emptySeries = (n: number): CohortSeries => ({
  population: new Float64Array(n), births: new Float64Array(n), underThree: new Float64Array(n),
  under15: new Float64Array(n), age15to64: new Float64Array(n), age60plus: new Float64Array(n), age65plus: new Float64Array(n),
});

/** Prepares one county's projection: the starting cohorts, the life-table inverse, the buffers. */
export function cohortModel(inputs: CohortInputs): CohortModel {
  const n = inputs.steps + 1;
  const table = mortalityTable(inputs.infantMortalityPerMille, inputs.under5MortalityPerMille, inputs.sexRatioAtBirth);
  const newbornSurvival = birthSurvival(table);
  const boys = table.boys;
  let now = new Float64Array(2 * ages);
  let next = new Float64Array(2 * ages);
  const survival = new Float64Array(2 * ages);
  const openCache = new Float64Array(4).fill(Number.NaN);

  function record(t: number, pop: Float64Array, out: CohortSeries): void {
    let total = 0, u3 = 0, u15 = 0, a65 = 0, a60 = 0;
    for (let sex = 0; sex < 2; sex++) {
      const b = sex * ages;
      for (let x = 0; x < ages; x++) {
        const v = pop[b + x]!;
        total += v;
        if (x < 3) u3 += v;
        if (x < 15) u15 += v;
        else if (x >= 60) {
          a60 += v;
          if (x >= 65) a65 += v;
        }
      }
    }
    out.population[t] = total;
    out.underThree[t] = u3;
    out.under15[t] = u15;
    out.age60plus[t] = a60;
    out.age65plus[t] = a65;
    out.age15to64[t] = total - u15 - a65;
  }

  function scaleTo(pop: Float64Array, observed: number | undefined): void {
    if (observed === undefined || !(observed >= 0)) return;
    let total = 0;
    for (let i = 0; i < pop.length; i++) total += pop[i]!;
    if (!(total > 0)) return;
    const f = observed / total;
    for (let i = 0; i < pop.length; i++) pop[i]! *= f;
  }

  /** births in a year: the total fertility rate over the schedule-weighted women at its start and end */
  function birthsIn(tfr: number, start: Float64Array, end: Float64Array | null): number {
    let exposure = 0;
    for (let x = firstFertileAge; x <= lastFertileAge; x++) {
      const w = start[ages + x]!;
      exposure += fertilityShape[x]! * (end ? (w + end[ages + x]!) / 2 : w);
    }
    return Math.max(0, tfr) * exposure;
  }

  return {
    years: n,
    table,
    run(rates, out) {
      now.set(inputs.residents);
      scaleTo(now, rates.observedPopulation?.[0]);
      record(0, now, out);
      out.births[0] = birthsIn(rateAt(rates.totalFertilityRate, 0), now, null);
      let level = Number.NaN;
      for (let t = 1; t < n; t++) {
        const k = levelFor(table, rateAt(rates.lifeExpectancy, t));
        if (k !== level) {
          survivalInto(table, k, survival, openCache);
          level = k;
        }
        for (let sex = 0; sex < 2; sex++) {
          const b = sex * ages;
          for (let x = openAge; x >= 1; x--) next[b + x] = now[b + x - 1]! * survival[b + x - 1]!;
          next[b + openAge]! += now[b + openAge]! * survival[b + openAge]!;
        }
        const migrants = (rateAt(rates.netMigrationPerMille, t) / 1000) * out.population[t - 1]!;
        if (migrants !== 0) for (let i = 0; i < next.length; i++) next[i] = Math.max(0, next[i]! + migrants * migrationSchedule[i]!);
        const births = birthsIn(rateAt(rates.totalFertilityRate, t), now, next);
        out.births[t] = births;
        const born = births * newbornSurvival;
        next[0] = Math.max(0, born * boys + migrants * migrationSchedule[0]!);
        next[ages] = Math.max(0, born * (1 - boys) + migrants * migrationSchedule[ages]!);
        scaleTo(next, rates.observedPopulation?.[t]);
        record(t, next, out);
        const swap = now;
        now = next;
        next = swap;
      }
    },
  };
}

/** One projection, fresh arrays. */
export function projectCohorts(inputs: CohortInputs, rates: CohortRates): CohortSeries {
  const out = emptySeries(inputs.steps + 1);
  cohortModel(inputs).run(rates, out);
  return out;
}
