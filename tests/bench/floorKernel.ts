// The floor for `npm run bench`: the same Monte Carlo arithmetic as src/engine (residents from the
// county's population surface — its cohorts run at the surface's nodes, then each draw's residents
// the surface's sum of terms at its fertility, life expectancy and migration offsets; the scenario
// has none of the cases that make the engine rerun the cohorts instead); each resource's stock with attrition and additions, or on its
// trend; every indicator per year; a verdict per target at its reported precision; p10/p50/p90 per
// indicator and year) written as plainly as typed arrays allow, with everything a county does not
// change between draws laid out once as numbers. What the project costs beyond it is the price of
// its structure. The bench checks that both give the same numbers. No observed years (the bench's
// scenario has none).
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat32 } from 'pure-rand/distribution/uniformFloat32';
import type { County } from '../../src/data/seedSchema.ts';
import { simulatedIndicators } from '../../src/data/catalogue.ts';
import { parameters } from '../../src/data/parameters.ts';
import { projectCounty, type CountyAssumptions } from '../../src/engine/projectCounty.ts';
import { targetGauge } from '../../src/engine/verdict.ts';
import { allKnobs } from '../../src/engine/knobs.ts';
import { quantileScratch, quantilesInto } from '../../src/engine/quantiles.ts';
import { countyPopulationModel } from '../../src/engine/population.ts';
import { emptySeries } from '../../src/engine/cohort.ts';
import { surfaceNodes, tabulateSurface } from '../../src/engine/populationSurface.ts';

export interface FloorResult {
  bands: Record<string, { p10: Float64Array; p50: Float64Array; p90: Float64Array }>;
  probabilityMet: Record<string, number>;
}

function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

const clamp = (min: number, max: number, v: number) => Math.min(max, Math.max(min, v));

export function floorMonteCarlo(county: County, a: CountyAssumptions, draws: number, seed: number): FloorResult {
  // --- laid out once ---
  const p = projectCounty(county, a);
  const n = p.years.length;
  const y0 = p.years[0]!;
  const R = p.starts.length;
  const resources = p.starts.map((s) => s.resource);
  const knob = (parameter: string, resource?: string) => allKnobs.findIndex((k) => k.parameter === parameter && k.resource === resource);
  const rate = (xs: number[], t: number) => xs[Math.min(t, xs.length - 1)] ?? 0;
  const fertilityBase = Float64Array.from({ length: n }, (_, t) => rate(a.totalFertilityRate, t));
  const lifeBase = Float64Array.from({ length: n }, (_, t) => rate(a.lifeExpectancy, t));
  const migrationBase = Float64Array.from({ length: n }, (_, t) => rate(a.netMigrationPerMille, t));
  const kf = knob('totalFertilityRate');
  const kl = knob('lifeExpectancy');
  const km = knob('netMigrationPerMille');
  const cohorts = countyPopulationModel(a, n - 1, { bands: false });
  const residents = emptySeries(n);
  const drawRates = { totalFertilityRate: new Float64Array(n), lifeExpectancy: new Float64Array(n), netMigrationPerMille: new Float64Array(n) };
  const start = Float64Array.from(p.starts, (s) => s.value);
  const gain = Float64Array.from(resources, (r) => a.resources[r]?.gainPer1000PerYear ?? Number.NaN);
  const attrition = Float64Array.from(resources, (r) => a.resources[r]?.attrition ?? 0);
  const kAttrition = Int32Array.from(resources, (r) => knob('attrition', r));
  const kGain = Int32Array.from(resources, (r) => knob('gainPer1000PerYear', r));
  const additions = new Float64Array(R * n);
  const extra = new Float64Array(R * n);
  resources.forEach((r, i) => {
    for (let t = 1; t < n; t++) additions[i * n + t] = a.resources[r]?.additionsPerYear ?? 0;
    for (const pr of a.projects) {
      if (pr.resource !== r || pr.openingYear === null) continue;
      const t = pr.openingYear - y0;
      if (t >= 1 && t < n) additions[i * n + t]! += pr.amount;
      if (pr.onTopOfTrend) for (let u = Math.max(1, t); u < n; u++) extra[i * n + u]! += pr.amount;
    }
  });
  const ids = p.indicators.map((x) => x.id);
  const I = ids.length;
  const num = new Int32Array(I);
  const den = new Int32Array(I); // −1: the population
  const scale = new Float64Array(I);
  const judgeAt = new Int32Array(I).fill(-1);
  const steps = new Float64Array(I);
  const target = new Float64Array(I);
  const side = new Int8Array(I);
  const tolerance = new Float64Array(I);
  const strict = new Uint8Array(I);
  ids.forEach((id, i) => {
    const spec = simulatedIndicators[id]!;
    if (spec.kind === 'per_capita') [num[i], den[i], scale[i]] = [resources.indexOf(spec.resource), -1, spec.perCapitaBase];
    else [num[i], den[i], scale[i]] = [resources.indexOf(spec.numerator), resources.indexOf(spec.denominator), 1];
    const row = county.indicators.find((x) => x.id === id)!;
    const t = row.target ? row.target.year - y0 : -1;
    const g = row.target && t >= 1 && t < n ? targetGauge(row.target, row.baseline?.value ?? null) : null;
    if (g) [judgeAt[i], steps[i], target[i], side[i], tolerance[i], strict[i]] = [t, g.scale, g.targetSteps, g.side, g.toleranceSteps, g.strict ? 1 : 0];
  });
  const fertilityP = parameters.totalFertilityRate;
  const lifeP = parameters.lifeExpectancy;
  const migrationP = parameters.netMigrationPerMille;
  const attritionP = parameters.attrition;
  const gainP = parameters.gainPer1000PerYear;

  // --- the draws ---
  const K = allKnobs.length;
  const rng = xoroshiro128plus(seed ^ hash32(county.id));
  const offsets = new Float64Array(K * draws);
  for (let d = 0; d < draws; d++) for (let k = 0; k < K; k++) offsets[k * draws + d] = 2 * uniformFloat32(rng) - 1;
  const population = new Float64Array(n * draws);
  const stock = new Float64Array(R * n * draws);
  const values = new Float64Array(I * n * draws);
  const judged = new Float64Array(I);
  const met = new Float64Array(I);
  const moved = (base: number, k: number, d: number, relative: number, min: number, max: number) => {
    const o = k < 0 ? 0 : offsets[k * draws + d]!;
    return o === 0 ? base : clamp(min, max, base * (1 + o * relative));
  };
  // a knob moved by its parameter's uncertainty (relative or absolute), within its bounds
  const shifted = (base: number, k: number, d: number, p: { uncertainty?: { relative?: number; absolute?: number }; bounds: { min: number; max: number } }) => {
    const o = k < 0 ? 0 : offsets[k * draws + d]!;
    if (o === 0) return base;
    const u = p.uncertainty!;
    return clamp(p.bounds.min, p.bounds.max, u.relative !== undefined ? base * (1 + o * u.relative) : base + o * u.absolute!);
  };
  // residents: the county's population surface, tabulated from its cohorts at the same nodes
  // (laid out once), read per draw as its sum of terms
  const knobAt = [kf, kl, km];
  const surface = tabulateSurface([surfaceNodes.totalFertilityRate, surfaceNodes.lifeExpectancy, surfaceNodes.netMigrationPerMille], n, new Float64Array(n).fill(Number.NaN), (o) => {
    for (let t = 0; t < n; t++) {
      drawRates.totalFertilityRate[t] = o[0] === 0 ? fertilityBase[t]! : clamp(fertilityP.bounds.min, fertilityP.bounds.max, fertilityBase[t]! * (1 + o[0]! * fertilityP.uncertainty!.relative!));
      drawRates.lifeExpectancy[t] = o[1] === 0 ? lifeBase[t]! : clamp(lifeP.bounds.min, lifeP.bounds.max, lifeBase[t]! + o[1]! * lifeP.uncertainty!.absolute!);
      drawRates.netMigrationPerMille[t] = o[2] === 0 ? migrationBase[t]! : clamp(migrationP.bounds.min, migrationP.bounds.max, migrationBase[t]! + o[2]! * migrationP.uncertainty!.absolute!);
    }
    cohorts.run(drawRates, residents);
    return { residents: residents.population, clamped: cohorts.clamped > 0 };
  })!;
  const { powers, coefficients } = surface;
  const terms = coefficients.length / n;
  const power = new Float64Array(4);
  const raised = [new Float64Array(4), new Float64Array(4), new Float64Array(4)];
  for (let d = 0; d < draws; d++) {
    for (let q = 0; q < 3; q++) {
      const o = offsets[knobAt[q]! * draws + d]!;
      power[0] = 1;
      for (let e = 1; e < 4; e++) power[e] = power[e - 1]! * o;
      raised[q]!.set(power);
    }
    population[d] = surface.values[0]!;
    for (let t = 1; t < n; t++) population[t * draws + d] = 0;
    for (let k = 0; k < terms; k++) {
      let term = 1;
      for (let q = 0; q < 3; q++) if (powers[k * 3 + q]) term *= raised[q]![powers[k * 3 + q]!]!;
      for (let t = 1; t < n; t++) population[t * draws + d]! += coefficients[k * n + t]! * term;
    }
  }
  for (let r = 0; r < R; r++) {
    const at = r * n * draws;
    for (let d = 0; d < draws; d++) stock[at + d] = start[r]!;
    const onTrend = !Number.isNaN(gain[r]!);
    for (let d = 0; d < draws; d++) {
      if (onTrend) {
        const g = moved(gain[r]!, kGain[r]!, d, gainP.uncertainty!.relative!, gainP.bounds.min, gainP.bounds.max);
        let per1000 = (start[r]! / population[d]!) * 1000;
        for (let t = 1; t < n; t++) {
          per1000 += g;
          stock[at + t * draws + d] = (per1000 * population[t * draws + d]!) / 1000 + extra[r * n + t]!;
        }
      } else {
        const keep = 1 - moved(attrition[r]!, kAttrition[r]!, d, attritionP.uncertainty!.relative!, attritionP.bounds.min, attritionP.bounds.max);
        for (let t = 1; t < n; t++) stock[at + t * draws + d] = Math.max(0, stock[at + (t - 1) * draws + d]! * keep + additions[r * n + t]!);
      }
    }
  }
  for (let i = 0; i < I; i++) {
    const out = i * n * draws;
    const top = num[i]! * n * draws;
    const bottom = den[i]! * n * draws;
    for (let j = 0; j < n * draws; j++) {
      const b = den[i]! < 0 ? population[j]! : stock[bottom + j]!;
      const q = (stock[top + j]! / b) * scale[i]!;
      values[out + j] = b > 0 && Number.isFinite(q) ? q : Number.NaN;
    }
    if (judgeAt[i]! < 0) continue;
    for (let d = 0; d < draws; d++) {
      const v = values[out + judgeAt[i]! * draws + d]!;
      if (!Number.isFinite(v)) continue;
      const s = Math.round(v * steps[i]!);
      const gap = side[i] === 0 ? tolerance[i]! - Math.abs(s - target[i]!) : side[i]! * (s - target[i]!);
      judged[i]!++;
      if (strict[i] ? gap > 0 : gap >= 0) met[i]!++;
    }
  }

  // --- the summary ---
  const scratch = quantileScratch(draws);
  const result: FloorResult = { bands: {}, probabilityMet: {} };
  ids.forEach((id, i) => {
    const band = { p10: new Float64Array(n), p50: new Float64Array(n), p90: new Float64Array(n) };
    for (let t = 0; t < n; t++) {
      const column = values.subarray((i * n + t) * draws, (i * n + t + 1) * draws);
      let k = 0;
      for (let j = 0; j < draws; j++) if (!Number.isNaN(column[j]!)) column[k++] = column[j]!;
      quantilesInto(column.subarray(0, k), [0.1, 0.5, 0.9], [band.p10, band.p50, band.p90], t, scratch);
    }
    result.bands[id] = band;
    if (judged[i]! > 0) result.probabilityMet[id] = met[i]! / judged[i]!;
  });
  return result;
}
