// Population by yearly steps: P[t+1] = P[t]·(1 + (b − d + m)/1000), rates in ‰ per year.
// Births B[t] = b[t]·P[t]/1000; children under 3: U3[t] = B[t]·s0 + B[t−1]·s1 + B[t−2]·s2.

export interface PopulationInputs {
  /** residents in the base year */
  population0: number;
  /** number of yearly steps after the base year (2025 − 2020 = 5) */
  steps: number;
  /** crude birth rate per year, ‰, index 0 = base year; a shorter array repeats its last value */
  birthRatePerMille: readonly number[];
  deathRatePerMille: readonly number[];
  netMigrationPerMille: readonly number[];
  /** births in the two years before the base year: [B(−2), B(−1)] */
  birthsBefore: readonly [number, number];
  /** share of each birth cohort alive and resident at ages 0, 1 and 2 */
  survival: readonly [number, number, number];
  /** residents observed at a step (index t; undefined: none): the path takes it as a fact there
   * and grows on from it */
  observedPopulation?: readonly (number | undefined)[];
}

export interface PopulationSeries {
  population: Float64Array;
  births: Float64Array;
  underThree: Float64Array;
}

/** Share of a birth cohort alive at ages 0, 1 and 2, from infant and under-5 mortality (‰). Deaths
 * between ages 1 and 5 are spread evenly over those four years; half a year's deaths count at each age. */
export function underThreeSurvival(infantMortalityPerMille: number, under5MortalityPerMille: number): [number, number, number] {
  const infant = infantMortalityPerMille / 1000;
  const under5 = Math.max(infant, under5MortalityPerMille / 1000);
  const perYearAfterInfancy = (under5 - infant) / 4;
  return [1 - infant / 2, 1 - infant - perYearAfterInfancy / 2, 1 - infant - perYearAfterInfancy * 1.5];
}

/** The rate for year index t: per-year values, the last one carried forward. */
export function rateAt(rates: readonly number[], t: number): number {
  if (rates.length === 0) return 0;
  return rates[Math.min(t, rates.length - 1)]!;
}

export function projectPopulation(inputs: PopulationInputs): PopulationSeries {
  const n = inputs.steps + 1;
  const population = new Float64Array(n);
  const births = new Float64Array(n);
  const underThree = new Float64Array(n);
  const [s0, s1, s2] = inputs.survival;
  population[0] = inputs.population0;
  for (let t = 0; t < n; t++) {
    const b = rateAt(inputs.birthRatePerMille, t);
    if (t > 0) {
      const growth = (rateAt(inputs.birthRatePerMille, t - 1) - rateAt(inputs.deathRatePerMille, t - 1) + rateAt(inputs.netMigrationPerMille, t - 1)) / 1000;
      population[t] = inputs.observedPopulation?.[t] ?? Math.max(0, population[t - 1]! * (1 + growth));
    }
    births[t] = (b * population[t]!) / 1000;
    const b1 = t >= 1 ? births[t - 1]! : inputs.birthsBefore[1];
    const b2 = t >= 2 ? births[t - 2]! : t === 1 ? inputs.birthsBefore[1] : inputs.birthsBefore[0];
    underThree[t] = births[t]! * s0 + b1 * s1 + b2 * s2;
  }
  return { population, births, underThree };
}
