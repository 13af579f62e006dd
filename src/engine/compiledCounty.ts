// The projection of one county reduced to its arithmetic, for Monte Carlo and the tornado:
// everything that does not change between draws (starting stocks, projects, targets and their
// precision) is worked out once, and a block of draws is run together in structure-of-arrays loops
// (each year's value of every draw side by side), so a draw costs little more than its arithmetic.
// A draw is one offset in [−1, 1] per knob (knobs.ts), applied around the value in force exactly as
// withKnob applies it; tests compare the two paths.
import type { County } from '../data/seedSchema.ts';
import { simulatedIndicators, type Resource } from '../data/catalogue.ts';
import type { CountyAssumptions } from './projectCounty.ts';
import { onTopOfTrend, projectCounty, type CountyProjection } from './projectCounty.ts';
import { targetGauge } from './verdict.ts';
import { countyPopulationModel, rateAt } from './population.ts';
import { emptySeries } from './cohort.ts';
import { allKnobs, knobParameter, knobValue } from './knobs.ts';
import type { Parameter } from '../data/parameters.ts';
import { observedSteps, uniformHalfWidth } from './observed.ts';
import { residentsInto, surfaceFromDraws, surfaceNodes, surfaceScratch, tabulateSurface, type PopulationSurface } from './populationSurface.ts';

export interface CompiledCounty {
  years: number[];
  indicatorIds: string[];
  resources: Resource[];
  /** which of allKnobs move this county under these assumptions */
  applies: boolean[];
  /** whether runDraws, in a run of surfaceFromDraws draws or more, reads residents from a
   * population surface (else it reruns the cohorts) */
  readonly populationSurface: boolean;
  /** writes indicator values to values[i * years + t] and verdicts to met[i] (1 met, 0 missed, −1 none);
   * `offsets[k]` moves allKnobs[k] (0: the value in force); residents from the cohorts themselves */
  run(offsets: Float64Array, values: Float64Array, met: Int8Array): void;
  /** runs draws `from` to `from + draws` of a run of `stride` draws at once: `offsets[k * draws + d]`
   * moves allKnobs[k] in the block's draw d (the offsets of this block only); writes the value of indicator i in year t of draw d to
   * columns[i][t * stride + d], and adds to judged[i] and met[i] the draws judged and met, and to
   * missing[i] the values with no number (a ratio over zero) in any year. (A run
   * goes through in blocks of a few hundred draws, whose working arrays stay in the cache.) Residents
   * come from the county's population surface where it has one (populationSurface.ts: within
   * surfaceTolerance of the cohorts), so a draw may differ from run() in the seventh digit. */
  runDraws(offsets: Float64Array, draws: number, columns: Float64Array[], judged: Float64Array, met: Float64Array, from?: number, stride?: number, missing?: Float64Array): void;
}

/** `reference`: projectCounty(county, base), where the caller has it already */
export function compileCounty(county: County, base: CountyAssumptions, reference: CountyProjection = projectCounty(county, base)): CompiledCounty {
  const years = reference.years;
  const n = years.length;
  const steps = n - 1;
  const resources = reference.starts.map((s) => s.resource);
  const start = Float64Array.from(reference.starts, (s) => s.value);
  const baseAttrition = Float64Array.from(resources, (r) => base.resources[r]?.attrition ?? 0);
  // a trend fitted to the county's observed years is drawn within its own standard error
  const fits = resources.map((r) => reference.trendFits[r] ?? null);
  const baseGain = Float64Array.from(resources, (r, i) => fits[i]?.gainPer1000PerYear ?? base.resources[r]?.gainPer1000PerYear ?? Number.NaN);
  const gainSpread = Float64Array.from(fits, (f) => (f ? uniformHalfWidth(f.standardError) : Number.NaN));
  // what was observed, fixed in every draw: the residents, each count (entered, or a ratio entered
  // × that draw's residents), and a ratio indicator's own value
  const y0 = years[0]!;
  const nan = (xs: (number | undefined)[]) => Float64Array.from(xs, (x) => x ?? Number.NaN);
  const populationSeen = nan(observedSteps(base.observed, 'population', y0, steps));
  const countSeen = resources.map((r) => nan(observedSteps(base.observed, r, y0, steps)));
  const ratioSeen = resources.map((r) =>
    Object.entries(simulatedIndicators).flatMap(([id, s]) => (s.kind === 'per_capita' && s.resource === r ? [{ per: s.perCapitaBase, values: nan(observedSteps(base.observed, id, y0, steps)) }] : [])).filter((x) => x.values.some((v) => !Number.isNaN(v))),
  );
  // additions per resource and year (constant additions plus dated projects), as the reference run had them
  const additions = resources.map((r) => {
    const perYear = base.resources[r]?.additionsPerYear ?? 0;
    const a = new Float64Array(n);
    for (let t = 1; t < n; t++) a[t] = perYear;
    for (const p of base.projects) {
      if (p.resource !== r || p.openingYear === null) continue;
      const t = p.openingYear - years[0]!;
      if (t >= 1 && t <= steps) a[t]! += p.amount;
    }
    return a;
  });
  const trendExtra = resources.map((r) => onTopOfTrend(steps, base.projects, r, years[0]!));
  const series = {
    totalFertilityRate: Float64Array.from({ length: n }, (_, t) => rateAt(base.totalFertilityRate, t)),
    lifeExpectancy: Float64Array.from({ length: n }, (_, t) => rateAt(base.lifeExpectancy, t)),
    netMigrationPerMille: Float64Array.from({ length: n }, (_, t) => rateAt(base.netMigrationPerMille, t)),
  };
  // the county's cohorts and life-table inverse, prepared once; each draw reruns them in place
  const cohorts = countyPopulationModel(base, steps, { bands: false });
  const residents = emptySeries(n);

  // where each knob acts: a rate series, or one resource's attrition or trend gain
  const applies = allKnobs.map((k) => (!k.resource ? knobValue(base, k) !== null : resources.includes(k.resource) && (knobValue(base, k) !== null || (k.parameter === 'gainPer1000PerYear' && fits[resources.indexOf(k.resource)] !== null))));
  // each knob's range as numbers (perturb in knobs.ts, inlined), and where it acts
  const act = allKnobs.map((k, i) => ({ ...rangeOf(knobParameter(k)), field: k.parameter, r: k.resource ? resources.indexOf(k.resource) : -1, applies: applies[i]! }));
  const rateFields = ['totalFertilityRate', 'lifeExpectancy', 'netMigrationPerMille'] as const;
  const rateKnob = rateFields.map((f) => act.findIndex((a) => a.field === f && a.applies));
  const onTrend = resources.map((_, r) => !Number.isNaN(baseGain[r]!));
  // the knob that moves each resource's path: its trend gain on a trend path, else its attrition
  const resourceKnob = resources.map((_, r) => act.findIndex((a) => a.r === r && a.applies && a.field === (onTrend[r] ? 'gainPer1000PerYear' : 'attrition')));
  // a count observed in year t: entered, or the first ratio entered × the draw's residents
  const seenAt = resources.map((_, r) =>
    Array.from({ length: n }, (_, t) => {
      const count = countSeen[r]![t]!;
      if (!Number.isNaN(count)) return { count, ratio: Number.NaN, per: 1 };
      const entered = ratioSeen[r]!.find((x) => !Number.isNaN(x.values[t]!));
      return entered ? { count: Number.NaN, ratio: entered.values[t]!, per: entered.per } : null;
    }),
  );

  const indicators = reference.indicators.map((ind) => {
    const spec = simulatedIndicators[ind.id]!;
    const row = county.indicators.find((i) => i.id === ind.id)!;
    const targetIndex = row.target ? row.target.year - years[0]! : -1;
    const gauge = row.target && targetIndex >= 1 && targetIndex <= steps ? targetGauge(row.target, row.baseline?.value ?? null) : null;
    const own = nan(observedSteps(base.observed, ind.id, y0, steps));
    // one shape for both kinds (den −1: per head of the residents, times `scale`), so the kernel's
    // loop reads one kind of object: two kept it from staying optimised
    const perCapita = spec.kind === 'per_capita';
    return {
      num: resources.indexOf(perCapita ? spec.resource : spec.numerator),
      den: perCapita ? -1 : resources.indexOf(spec.denominator),
      scale: perCapita ? spec.perCapitaBase : 1,
      targetIndex,
      gauge,
      own: !perCapita && own.some((v) => !Number.isNaN(v)) ? own : null,
    };
  });

  // buffers for a block of draws, grown when a bigger block comes
  let block = 0;
  let rates: Float64Array[] = [];
  let population = new Float64Array(0);
  let stock: Float64Array[] = [];
  let perDraw = new Float64Array(0);
  let per1000 = new Float64Array(0);
  const grow = (draws: number) => {
    if (draws <= block) return;
    block = draws;
    rates = rateFields.map(() => new Float64Array(n * draws));
    population = new Float64Array(n * draws);
    stock = resources.map(() => new Float64Array(n * draws));
    perDraw = new Float64Array(draws);
    per1000 = new Float64Array(draws);
  };
  // one draw's rates for the cohort run, with the residents observed fixed in every draw
  const drawRates = {
    totalFertilityRate: new Float64Array(n),
    lifeExpectancy: new Float64Array(n),
    netMigrationPerMille: new Float64Array(n),
    observedPopulation: Array.from(populationSeen, (v) => (Number.isNaN(v) ? undefined : v)),
  };
  /** into[at + d] = `base` moved by draw d's offset of knob k, as perturb does (or, for a gain
   * fitted to observed years, within its standard error) */
  const moved = (k: number, base: number, spread: number, offsets: Float64Array, first: number, draws: number, into: Float64Array, at: number) =>
    movedInto(act[k]!, base, spread, offsets, first, draws, into, at);

  // residents as a function of the three rate knobs, tabulated at a few nodes (populationSurface.ts):
  // where a knob's range stays within its bounds and no cohort is emptied at any node, a draw
  // interpolates instead of rerunning the cohorts
  const withinBounds = rateFields.every((f, q) => {
    const k = rateKnob[q]!;
    if (k < 0) return true;
    const { relative, absolute, min, max } = act[k]!;
    return series[f].every((v) => [-1, 1].every((o) => {
      const x = relative !== 0 ? v * (1 + o * relative) : v + o * absolute;
      return x >= min && x <= max;
    }));
  });
  const nodeOffset = new Float64Array(1);
  // tabulated on the first run long enough to repay it (a tornado or a handful of draws never is)
  let surface: PopulationSurface | null | undefined = withinBounds ? undefined : null;
  let scratch: ReturnType<typeof surfaceScratch> | null = null;
  const surfaceFor = (draws: number): PopulationSurface | null => {
    if (draws < surfaceFromDraws) return null;
    if (surface !== undefined) return surface;
    surface = tabulateSurface(
      rateFields.map((f, q) => (rateKnob[q]! < 0 ? [0] : surfaceNodes[f])),
      n,
      Float64Array.from({ length: n }, (_, t) => (t === 0 ? Number.NaN : populationSeen[t]!)),
      (at) => {
        rateFields.forEach((f, q) => {
          const k = rateKnob[q]!;
          if (k < 0) drawRates[f].set(series[f]);
          else for (let t = 0; t < n; t++) (nodeOffset[0] = at[q]!), moved(k, series[f][t]!, Number.NaN, nodeOffset, 0, 1, drawRates[f], t);
        });
        cohorts.run(drawRates, residents);
        return { residents: residents.population, clamped: cohorts.clamped > 0 };
      },
    );
    if (surface) surface.fixed[0] = surface.values[0]!;
    return surface;
  };

  /** the residents of each draw with the county's cohorts rerun in place with that draw's rates
   * (where the county has no surface; not vectorised across draws: its ages are the inner loop) */
  const cohortsInto = (offsets: Float64Array, draws: number) => {
    for (let f = 0; f < rateFields.length; f++) {
      const rate = rates[f]!;
      const values = series[rateFields[f]!];
      const k = rateKnob[f]!;
      for (let t = 0; t < n; t++) {
        if (k < 0) rate.fill(values[t]!, t * draws, (t + 1) * draws);
        else moved(k, values[t]!, Number.NaN, offsets, k * draws, draws, rate, t * draws);
      }
    }
    const [fertility, life, migration] = rates as [Float64Array, Float64Array, Float64Array];
    for (let d = 0; d < draws; d++) {
      for (let t = 0, j = d; t < n; t++, j += draws) {
        drawRates.totalFertilityRate[t] = fertility[j]!;
        drawRates.lifeExpectancy[t] = life[j]!;
        drawRates.netMigrationPerMille[t] = migration[j]!;
      }
      cohorts.run(drawRates, residents);
      for (let t = 0, j = d; t < n; t++, j += draws) population[j] = residents.population[t]!;
    }
  };

  const counted = new Float64Array(2);
  /** a block of draws; `exact`: residents from the cohorts themselves, never the surface. (Its loops
   * are functions of the module, not of this closure: a closure made per county is optimised
   * afresh for each, and ran much of each run unoptimised.) */
  const runBlock = (offsets: Float64Array, draws: number, columns: Float64Array[], judged: Float64Array, met: Float64Array, from: number, stride: number, exact: boolean, missing?: Float64Array) => {
    grow(draws);
    // the run's length (`stride`), not the block's, decides: a draw's number never depends on its block
    const surface = exact ? null : surfaceFor(stride);
    if (surface) {
      if (!scratch || scratch.draws < draws) scratch = surfaceScratch(surface, draws);
      residentsInto(surface, offsets, rateKnob.map((k) => (k < 0 ? -1 : k * draws)), draws, population, scratch);
    } else cohortsInto(offsets, draws);
    for (let r = 0; r < resources.length; r++) {
      const s = stock[r]!;
      s.fill(start[r]!, 0, draws);
      const k = resourceKnob[r]!;
      const value = onTrend[r] ? baseGain[r]! : baseAttrition[r]!;
      if (k < 0) perDraw.fill(value, 0, draws);
      else moved(k, value, onTrend[r] ? gainSpread[r]! : Number.NaN, offsets, k * draws, draws, perDraw, 0);
      if (onTrend[r]) trendPath(s, perDraw, per1000, population, trendExtra[r]!, seenAt[r]!, start[r]!, n, draws);
      else attritionPath(s, perDraw, additions[r]!, seenAt[r]!, population, n, draws);
    }
    for (let i = 0; i < indicators.length; i++) {
      const ind = indicators[i]!;
      const column = columns[i]!;
      const gaps = quotientsInto(column, stock[ind.num]!, ind.den < 0 ? population : stock[ind.den]!, ind.scale, ind.own, n, draws, stride, from);
      if (missing) missing[i]! += gaps;
      const g = ind.gauge;
      if (!g) continue;
      counted.fill(0);
      countMet(column, ind.targetIndex * stride + from, draws, g.scale, g.side, g.toleranceSteps, g.targetSteps, g.strict, counted);
      judged[i]! += counted[0]!;
      met[i]! += counted[1]!;
    }
  };

  const runDraws: CompiledCounty['runDraws'] = (offsets, draws, columns, judged, met, from = 0, stride = draws, missing) => runBlock(offsets, draws, columns, judged, met, from, stride, false, missing);

  // one draw is a block of one (the tornado's path), its residents from the cohorts: the few runs a
  // tornado makes are worth their exactness, and its centre is the deterministic projection itself
  const one = indicators.map(() => new Float64Array(n));
  const judgedOne = new Float64Array(indicators.length);
  const metOne = new Float64Array(indicators.length);
  return {
    years,
    indicatorIds: reference.indicators.map((i) => i.id),
    resources,
    applies,
    get populationSurface() {
      return surfaceFor(Infinity) !== null;
    },
    runDraws,
    run(offsets, values, met) {
      judgedOne.fill(0);
      metOne.fill(0);
      runBlock(offsets, 1, one, judgedOne, metOne, 0, 1, true);
      for (let i = 0; i < indicators.length; i++) {
        values.set(one[i]!, i * n);
        met[i] = judgedOne[i] ? metOne[i]! : -1;
      }
    },
  };
}

/** into[at + d] = `base` moved by offsets[first + d] within `range` (perturb in knobs.ts), or by
 * `spread` × offset where a spread is given (a trend fitted to observed years) */
function movedInto(range: { relative: number; absolute: number; min: number; max: number }, base: number, spread: number, offsets: Float64Array, first: number, draws: number, into: Float64Array, at: number): void {
  const { relative, absolute, min, max } = range;
  for (let d = 0; d < draws; d++) {
    const offset = offsets[first + d]!;
    if (offset === 0) into[at + d] = base;
    else if (!Number.isNaN(spread)) into[at + d] = base + spread * offset;
    else into[at + d] = Math.min(max, Math.max(min, relative !== 0 ? base * (1 + offset * relative) : base + offset * absolute));
  }
}

type Seen = { count: number; ratio: number; per: number } | null;

/** a stock on its per-1000 trend: `gain` per 1000 a year on top of the start, projects on top */
function trendPath(s: Float64Array, gain: Float64Array, per1000: Float64Array, population: Float64Array, extra: ArrayLike<number>, seenAtR: readonly Seen[], start: number, n: number, draws: number): void {
  per1000.fill((start / population[0]!) * 1000, 0, draws);
  for (let t = 1; t < n; t++) {
    const now = t * draws;
    const e = extra[t]!;
    const seen = seenAtR[t];
    if (!seen) {
      for (let d = 0; d < draws; d++) s[now + d] = ((per1000[d] = per1000[d]! + gain[d]!) * population[now + d]!) / 1000 + e;
      continue;
    }
    const { count: seenCount, ratio, per } = seen;
    for (let d = 0; d < draws; d++) {
      const p = population[now + d]!;
      per1000[d] = per1000[d]! + gain[d]!;
      const count = Number.isNaN(seenCount) ? (ratio * p) / per : seenCount;
      if (p > 0) per1000[d] = ((count - e) / p) * 1000;
      s[now + d] = count;
    }
  }
}

/** a stock that loses `attrition` a year (overwritten with the share kept) and gains its additions */
function attritionPath(s: Float64Array, attrition: Float64Array, add: ArrayLike<number>, seenAtR: readonly Seen[], population: Float64Array, n: number, draws: number): void {
  // the share kept a year, once per draw rather than once a year
  for (let d = 0; d < draws; d++) attrition[d] = 1 - attrition[d]!;
  for (let t = 1; t < n; t++) {
    const now = t * draws;
    const before = now - draws;
    const a = add[t]!;
    const seen = seenAtR[t];
    if (!seen) {
      // (v < 0 ? 0 : v is Math.max(0, v) for every v a stock can be, NaN included)
      for (let d = 0; d < draws; d++) {
        const v = s[before + d]! * attrition[d]! + a;
        s[now + d] = v < 0 ? 0 : v;
      }
    } else if (!Number.isNaN(seen.count)) s.fill(seen.count, now, now + draws);
    else {
      const { ratio, per } = seen;
      for (let d = 0; d < draws; d++) s[now + d] = (ratio * population[now + d]!) / per;
    }
  }
}

/** an indicator's values, year by year (quotient() of projectCounty.ts: no number where the
 * divisor is not positive), into column[t * stride + from + d]; the count of values with none */
function quotientsInto(column: Float64Array, num: Float64Array, den: Float64Array, scale: number, own: Float64Array | null, n: number, draws: number, stride: number, from: number): number {
  let gaps = 0;
  for (let t = 0; t < n; t++) {
    const seen = own && t > 0 ? own[t]! : Number.NaN;
    const out = t * stride + from;
    if (!Number.isNaN(seen)) {
      column.fill(seen, out, out + draws);
      continue;
    }
    if (t === 0) {
      // the baseline: the same in every draw
      const q = (num[0]! / den[0]!) * scale;
      const has = den[0]! > 0 && Number.isFinite(q);
      column.fill(has ? q : Number.NaN, out, out + draws);
      if (!has) gaps += draws;
      continue;
    }
    for (let d = 0, j = t * draws; d < draws; d++, j++) {
      const b = den[j]!;
      const q = (num[j]! / b) * scale;
      if (b > 0 && Number.isFinite(q)) column[out + d] = q;
      else (column[out + d] = Number.NaN), gaps++;
    }
  }
  return gaps;
}

/** the verdict of judge() in verdict.ts for the draws at column[at + d], counted without building
 * one per draw: into[0] the draws judged, into[1] those met */
function countMet(column: Float64Array, at: number, draws: number, scale: number, side: number, toleranceSteps: number, targetSteps: number, strict: boolean, into: Float64Array): void {
  let judged = 0;
  let met = 0;
  for (let d = 0; d < draws; d++) {
    const v = column[at + d]!;
    if (!Number.isFinite(v)) continue;
    const steps = Math.round(v * scale);
    const gap = side === 0 ? toleranceSteps - Math.abs(steps - targetSteps) : side * (steps - targetSteps);
    judged++;
    if (strict ? gap > 0 : gap >= 0) met++;
  }
  into[0] = judged;
  into[1] = met;
}

/** a parameter's uncertainty and bounds as plain numbers */
function rangeOf(p: Parameter): { relative: number; absolute: number; min: number; max: number } {
  const u = p.uncertainty;
  return { relative: u?.relative ?? 0, absolute: u?.absolute ?? 0, min: p.bounds.min, max: p.bounds.max };
}
