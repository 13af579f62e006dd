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
import * as demography from '../data/demography.ts';
import { fertilityFiveYearPerMille, migrationShape } from '../data/demography.ts';
import * as lifeTable from './lifeTable.ts';
import { birthSurvival, levelFor, mortalityTable, survivalInto, type MortalityTable } from './lifeTable.ts';

// read once into local constants: the hot loops below must not go through a module binding per use
const ages = demography.ages;
const openAge = demography.openAge;
const firstFertileAge = demography.firstFertileAge;
const lastFertileAge = demography.lastFertileAge;
const standardDeath = lifeTable.standardDeath;
const maleMortalityFactor = lifeTable.maleMortalityFactor;

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
  /** cohorts the last run held at zero (more out-migrants than people): where a run's residents
   * stop being a smooth function of its rates (populationSurface.ts) */
  readonly clamped: number;
}

export const emptySeries = (n: number): CohortSeries => ({
  population: new Float64Array(n), births: new Float64Array(n), underThree: new Float64Array(n),
  under15: new Float64Array(n), age15to64: new Float64Array(n), age60plus: new Float64Array(n), age65plus: new Float64Array(n),
});

/** Prepares one county's projection: the starting cohorts, the life-table inverse, the buffers. */
/** `bands`: false when only the total and births are read (Monte Carlo), sparing the band sums */
export function cohortModel(inputs: CohortInputs, { bands = true }: { bands?: boolean } = {}): CohortModel {
  const n = inputs.steps + 1;
  const table = mortalityTable(inputs.infantMortalityPerMille, inputs.under5MortalityPerMille, inputs.sexRatioAtBirth);
  const newbornSurvival = birthSurvival(table);
  const boys = table.boys;
  let now = new Float64Array(2 * ages);
  let next = new Float64Array(2 * ages);
  const survival = new Float64Array(2 * ages);
  let clampedLastRun = 0;

  /** the broad bands of one year (the total is summed as the run goes) */
  function recordBands(t: number, pop: Float64Array, out: CohortSeries): void {
    let u3 = 0, u15 = 0, a65 = 0, a60 = 0;
    for (let sex = 0; sex < 2; sex++) {
      const b = sex * ages;
      for (let x = 0; x < 15; x++) {
        if (x < 3) u3 += pop[b + x]!;
        u15 += pop[b + x]!;
      }
      for (let x = 60; x < ages; x++) {
        a60 += pop[b + x]!;
        if (x >= 65) a65 += pop[b + x]!;
      }
    }
    out.underThree[t] = u3;
    out.under15[t] = u15;
    out.age60plus[t] = a60;
    out.age65plus[t] = a65;
    out.age15to64[t] = out.population[t]! - u15 - a65;
  }

  const sum = (pop: Float64Array) => {
    let total = 0;
    for (let i = 0; i < pop.length; i++) total += pop[i]!;
    return total;
  };

  /** scales every cohort to an observed total; the total after */
  function scaleTo(pop: Float64Array, total: number, observed: number | undefined): number {
    if (observed === undefined || !(observed >= 0) || !(total > 0)) return total;
    const f = observed / total;
    for (let i = 0; i < pop.length; i++) pop[i]! *= f;
    // the total is the observed figure itself (the cohorts' sum differs from it in the last digits)
    return observed;
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
    get clamped() {
      return clampedLastRun;
    },
    run(rates, out) {
      let clamped = 0;
      now.set(inputs.residents);
      out.population[0] = scaleTo(now, sum(now), rates.observedPopulation?.[0]);
      if (bands) recordBands(0, now, out);
      out.births[0] = birthsIn(rateAt(rates.totalFertilityRate, 0), now, null);
      let level = Number.NaN;
      for (let t = 1; t < n; t++) {
        const k = levelFor(table, rateAt(rates.lifeExpectancy, t));
        if (k !== level) {
          survivalInto(table, k, survival, true);
          level = k;
        }
        const migrants = (rateAt(rates.netMigrationPerMille, t) / 1000) * out.population[t - 1]!;
        // each cohort a year older, survivors and net migrants; the open group keeps its own survivors
        let total = 0;
        for (let sex = 0; sex < 2; sex++) {
          const b = sex * ages;
          let open = now[b + openAge - 1]! * survival[b + openAge - 1]! + now[b + openAge]! * survival[b + openAge]! + migrants * migrationSchedule[b + openAge]!;
          if (open < 0) (open = 0), clamped++;
          next[b + openAge] = open;
          total += open;
          // ages 6–84 from 5–83: survival 1 − k·q written out here (as survivalInto has it) when no
          // probability reaches one, so the year is one pass over the cohorts
          const kf = level * (sex === 0 ? maleMortalityFactor : 1);
          if (kf * standardDeath[openAge - 1]! < 1) {
            for (let x = openAge - 1; x >= 6; x--) {
              let v = now[b + x - 1]! * (1 - kf * standardDeath[x - 1]!) + migrants * migrationSchedule[b + x]!;
              if (v < 0) (v = 0), clamped++;
              next[b + x] = v;
              total += v;
            }
          } else {
            for (let x = openAge - 1; x >= 6; x--) {
              let v = now[b + x - 1]! * survival[b + x - 1]! + migrants * migrationSchedule[b + x]!;
              if (v < 0) (v = 0), clamped++;
              next[b + x] = v;
              total += v;
            }
          }
          for (let x = 5; x >= 1; x--) {
            let v = now[b + x - 1]! * survival[b + x - 1]! + migrants * migrationSchedule[b + x]!;
            if (v < 0) (v = 0), clamped++;
            next[b + x] = v;
            total += v;
          }
        }
        const births = birthsIn(rateAt(rates.totalFertilityRate, t), now, next);
        out.births[t] = births;
        const born = births * newbornSurvival;
        const boysAlive = born * boys + migrants * migrationSchedule[0]!;
        const girlsAlive = born * (1 - boys) + migrants * migrationSchedule[ages]!;
        if (boysAlive < 0 || girlsAlive < 0) clamped++;
        next[0] = Math.max(0, boysAlive);
        next[ages] = Math.max(0, girlsAlive);
        out.population[t] = scaleTo(next, total + next[0]! + next[ages]!, rates.observedPopulation?.[t]);
        if (bands) recordBands(t, next, out);
        const swap = now;
        now = next;
        next = swap;
      }
      clampedLastRun = clamped;
    },
  };
}

/** One projection, fresh arrays. */
export function projectCohorts(inputs: CohortInputs, rates: CohortRates): CohortSeries {
  const out = emptySeries(inputs.steps + 1);
  cohortModel(inputs).run(rates, out);
  return out;
}
