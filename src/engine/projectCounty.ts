// One county, year by year from the plan's baseline to the horizon: population, the stock of each
// resource the plan targets, every simulated indicator, its verdict and the constant yearly
// addition that would just meet it. Pure: the same inputs give the same numbers.
import type { County } from '../data/seedSchema.ts';
import { simulatedIndicators, type Resource } from '../data/catalogue.ts';
import { ageUseFactor, crudeBirthRatePerMille, projectPopulation } from './population.ts';
import type { BandShares } from '../data/ageStructure.ts';
import { annuityFactor, constantAdditionFor, projectStock } from './stock.ts';
import { aimFor, judge, metThreshold, reportedDecimals, type TargetSpec, type Verdict } from './verdict.ts';
import { startingStock, type StartingStock } from './baseline.ts';
import { bedsNeeded } from './bedNeed.ts';
import { fitLine, lastObservedStep, observedCounts, observedSteps, type ObservedValues } from './observed.ts';
import { benchmarkFor, type FigureSource } from '../data/nationalFigures.ts';
import { quotient } from './quotient.ts';

export interface ResourceAssumptions {
  /** share leaving each year (staff) or closing (beds, places) */
  attrition: number;
  /** constant additions each year: hires, new beds, new places */
  additionsPerYear: number;
  /** trend mode: the resource per 1000 residents rises by this much a year (attrition, additions
   * and projects are then not used for the path; goal-seek still answers in additions a year) */
  gainPer1000PerYear?: number;
  /** on the trend path of the trend scenario: the national gain, or the county's own fitted to
   * its observed years where it has two or more (a resource with neither keeps replacement hiring) */
  onTrend?: boolean;
}

export interface ProjectTiming {
  id: string;
  resource: 'beds' | 'childcare_slots';
  amount: number;
  /** null: never opens within the horizon (undated or cancelled) */
  openingYear: number | null;
  /** a project the user added: it adds to a trend path too (the plan's own projects are part of
   * the pace a trend stands for, so a trend path does not add them again) */
  onTopOfTrend?: boolean;
  /** the name a user gave a project they added */
  name?: string;
}

/** Capacity from projects that add to a trend path, opened by each step (cumulative). */
export function onTopOfTrend(steps: number, projects: readonly ProjectTiming[], resource: Resource, baseYear: number): Float64Array {
  const cumulative = new Float64Array(steps + 1);
  for (const p of projects) {
    if (!p.onTopOfTrend || p.resource !== resource || p.openingYear === null) continue;
    for (let t = Math.max(1, p.openingYear - baseYear); t <= steps; t++) cumulative[t]! += p.amount;
  }
  return cumulative;
}

/** Everything one projection of a county assumes; the fields are the parameters of
 * src/data/parameters.ts (the table says what each is, its unit and its default). */
export interface CountyAssumptions {
  horizonYear: number;
  /** residents in the baseline year */
  basePopulation: number;
  /** per year, index 0 = baseline year; the last value carries forward: children per woman, years
   * of life at birth, net migrants per 1000 residents */
  totalFertilityRate: number[];
  lifeExpectancy: number[];
  netMigrationPerMille: number[];
  infantMortalityPerMille: number;
  under5MortalityPerMille: number;
  /** boys per 100 girls at birth */
  sexRatioAtBirth: number;
  /** the baseline residents' shares by broad age band */
  ageShares: BandShares;
  /** admissions per resident aged 60+ ÷ those under 60 */
  olderHospitalUseRatio: number;
  resources: Partial<Record<Resource, ResourceAssumptions>>;
  projects: ProjectTiming[];
  /** Hill-Burton demand view: admissions per resident, days per stay, target occupancy (shares) */
  admissionRate: number;
  averageStayDays: number;
  targetOccupancy: number;
  /** share of families with a child under 3 who want a childcare place */
  childcareDemandShare: number;
  /** targets for the horizon year (e.g. 2030) entered by the user, by indicator id; otherwise the
   * plan's target is carried forward */
  horizonTargets?: Record<string, number>;
  /** what actually happened, by series and year: the projection continues from it */
  observed?: ObservedValues;
}

/** Where a verdict's target comes from: the county's own (its plan, or a 2030 target entered),
 * a national benchmark for 2030, or the plan's 2025 target carried forward. */
export type TargetSource =
  | { kind: 'county'; source: 'plan' | 'entered' }
  | { kind: 'national_benchmark'; source: FigureSource }
  | { kind: 'carried_forward'; source: 'plan' };

/** observed: the value judged was entered as what happened that year; projected: the model's */
export type Basis = 'observed' | 'projected';

export interface IndicatorProjection {
  id: string;
  values: Float64Array;
  verdict: (Verdict & { year: number }) | null;
  /** past the target year: judged at the horizon against the user's target for that year, or the
   * plan's target carried forward */
  horizonVerdict: (Verdict & { year: number; target: number | null; targetSource: TargetSource; basis: Basis; additionNeededPerYear: number | null }) | null;
  /** the verdict's value was observed that year, or projected */
  basis: Basis;
  /** the steps whose value was observed (the indicator itself, or its resource's count) */
  observed: boolean[];
  /** the reported precision (decimals) its values are shown and judged at */
  digits: number;
  /** the constant yearly addition that lands the path on the target as printed (what "plan as
   * written" adds); per-capita targets only */
  additionToTargetPerYear: number | null;
  /** the goal-seek answer: the fewest whole units a year that meet the target at the reported
   * precision (one fewer does not); for a cap, the most that still meet it. Negative: room to spare. */
  additionNeededPerYear: number | null;
}

export interface CountyProjection {
  county: string;
  years: number[];
  population: Float64Array;
  births: Float64Array;
  underThree: Float64Array;
  /** births per 1000 residents: an outcome of fertility and the number of women */
  birthRatePerMille: Float64Array;
  /** residents by broad age band and the share aged 65+ */
  ageBands: { under15: Float64Array; age15to64: Float64Array; age65plus: Float64Array; share65plus: Float64Array };
  stocks: Partial<Record<Resource, Float64Array>>;
  starts: StartingStock[];
  indicators: IndicatorProjection[];
  /** beds needed: population × admission rate (moved with the share aged 60+) × average stay ÷ (365 × occupancy) */
  bedNeed: Float64Array;
  /** the same with the baseline's age structure held: what the aging adds is the gap */
  bedNeedAtBaseAges: Float64Array;
  /** childcare places wanted: children under 3 × the share of families wanting a place */
  childcareDemand: Float64Array;
  /** the same were children under 3 to stay the baseline's share of residents */
  childcareDemandAtBaseShare: Float64Array;
  /** childcare places per 100 children under 3 (when the plan targets childcare) */
  childcarePer100UnderThree: Float64Array | null;
  /** the steps with an observed population */
  populationObserved: boolean[];
  /** the steps at which each resource's count was observed (entered, or from its rate) */
  stocksObserved: Partial<Record<Resource, boolean[]>>;
  /** the resources on a trend path fitted to the county's own observed years */
  trendFits: Partial<Record<Resource, TrendFit>>;
}

export interface TrendFit {
  gainPer1000PerYear: number;
  standardError: number;
  /** the years fitted: the baseline and each observed year */
  years: number[];
}

const noResource: ResourceAssumptions = { attrition: 0, additionsPerYear: 0 };

function additionsSeries(steps: number, perYear: number, projects: readonly ProjectTiming[], resource: Resource, baseYear: number): number[] {
  const additions = Array.from({ length: steps + 1 }, (_, t) => (t === 0 ? 0 : perYear));
  for (const p of projects) {
    if (p.resource !== resource || p.openingYear === null) continue;
    const t = p.openingYear - baseYear;
    if (t >= 1 && t <= steps) additions[t]! += p.amount;
  }
  return additions;
}


/** The resource per 1000 residents rising by the gain a year, plus the user's projects on top;
 * an observed count resets the rate at its year and the gain goes on from there. */
function trendStock(start: number, gainPer1000PerYear: number, population: ArrayLike<number>, extra: Float64Array, observed: readonly (number | undefined)[]): Float64Array {
  const stock = new Float64Array(extra.length);
  let per1000 = (start / population[0]!) * 1000;
  for (let t = 0; t < stock.length; t++) {
    if (t > 0) per1000 += gainPer1000PerYear;
    const seen = observed[t];
    if (seen !== undefined && population[t]! > 0) per1000 = ((seen - extra[t]!) / population[t]!) * 1000;
    stock[t] = seen ?? (per1000 * population[t]!) / 1000 + extra[t]!;
  }
  return stock;
}

/** A resource's own trend: the least-squares line of its count per 1000 residents through the
 * baseline and its observed years (two or more of them). */
function fitTrend(start: number, counts: readonly (number | undefined)[], population: ArrayLike<number>, baseYear: number): TrendFit | null {
  const points = [{ x: 0, y: (start / population[0]!) * 1000 }];
  counts.forEach((c, t) => {
    if (t > 0 && c !== undefined && population[t]! > 0) points.push({ x: t, y: (c / population[t]!) * 1000 });
  });
  const fit = fitLine(points);
  return fit && { gainPer1000PerYear: fit.slope, standardError: fit.slopeStandardError, years: points.map((p) => baseYear + p.x) };
}

/** The goal-seek for one per-capita target, in closed form: a stock that ends at `endWithout` after
 * n years with no additions ends at endWithout + H·annuity with H a year. `perCapitaUnits` is the
 * population in units of the indicator's base (residents ÷ 1000). The whole-number answer is checked
 * with the verdict itself, so "H a year meets it" and "H − 1 does not" always hold together. */
function goalSeek(target: TargetSpec, baseline: number | null, endWithout: number, attrition: number, n: number, perCapitaUnits: number): { toTarget: number; needed: number } | null {
  const aim = aimFor(target);
  const edge = metThreshold(target);
  if (aim === null || edge === null || !(perCapitaUnits > 0)) return null;
  const toTarget = constantAdditionFor(aim * perCapitaUnits, endWithout, attrition, n);
  const exact = constantAdditionFor(edge.value * perCapitaUnits, endWithout, attrition, n);
  if (!Number.isFinite(exact) || !Number.isFinite(toTarget)) return null;
  const annuity = annuityFactor(attrition, n);
  const meets = (h: number) => judge((endWithout + h * annuity) / perCapitaUnits, target, baseline).status === 'met';
  // the closed form lands within a unit of the answer; the verdict settles the rounding edge
  const more = edge.side === 'floor' ? 1 : -1;
  let needed = edge.side === 'floor' ? Math.ceil(exact) : Math.floor(exact);
  for (let i = 0; i < 4 && !meets(needed); i++) needed += more;
  for (let i = 0; i < 4 && meets(needed - more); i++) needed -= more;
  return { toTarget, needed };
}

export function projectCounty(county: County, a: CountyAssumptions): CountyProjection {
  const baseYear = county.plan.baselineYear;
  const steps = Math.max(0, a.horizonYear - baseYear);
  const years = Array.from({ length: steps + 1 }, (_, t) => baseYear + t);
  const populationSeen = observedSteps(a.observed, 'population', baseYear, steps);
  const residents = projectPopulation({ ...a, observedPopulation: populationSeen }, steps);
  const { population, births, underThree } = residents;

  const stocks: Partial<Record<Resource, Float64Array>> = {};
  const withoutAdditions: Partial<Record<Resource, Float64Array>> = {};
  const countsSeen: Partial<Record<Resource, (number | undefined)[]>> = {};
  const trendFits: Partial<Record<Resource, TrendFit>> = {};
  const starts: StartingStock[] = [];
  const resources = new Set<Resource>();
  for (const ind of county.indicators) {
    const spec = simulatedIndicators[ind.id];
    if (spec?.kind === 'per_capita') resources.add(spec.resource);
    if (spec?.kind === 'ratio') {
      resources.add(spec.numerator);
      resources.add(spec.denominator);
    }
  }
  for (const resource of resources) {
    const start = startingStock(county, resource, a.basePopulation);
    if (!start) continue;
    starts.push(start);
    const r = a.resources[resource] ?? noResource;
    const seen = observedCounts(a.observed, resource, population, baseYear, steps);
    countsSeen[resource] = seen;
    const fit = r.onTrend ? fitTrend(start.value, seen, population, baseYear) : null;
    if (fit) trendFits[resource] = fit;
    const gain = fit?.gainPer1000PerYear ?? r.gainPer1000PerYear;
    stocks[resource] =
      gain === undefined
        ? projectStock({ initial: start.value, steps, attrition: [r.attrition], additions: additionsSeries(steps, r.additionsPerYear, a.projects, resource, baseYear), observed: seen })
        : trendStock(start.value, gain, population, onTopOfTrend(steps, a.projects, resource, baseYear), seen);
    withoutAdditions[resource] = projectStock({ initial: start.value, steps, attrition: [r.attrition], additions: additionsSeries(steps, 0, a.projects, resource, baseYear), observed: seen });
  }

  const indicators: IndicatorProjection[] = [];
  for (const ind of county.indicators) {
    const spec = simulatedIndicators[ind.id];
    if (!spec) continue;
    const values = new Float64Array(steps + 1);
    const ownSeen = observedSteps(a.observed, ind.id, baseYear, steps);
    let countSeen: (number | undefined)[] = [];
    if (spec.kind === 'per_capita') {
      const stock = stocks[spec.resource];
      if (!stock) continue;
      countSeen = countsSeen[spec.resource]!;
      for (let t = 0; t <= steps; t++) values[t] = quotient(stock[t]!, population[t]!, spec.perCapitaBase);
    } else {
      const num = stocks[spec.numerator];
      const den = stocks[spec.denominator];
      if (!num || !den) continue;
      for (let t = 0; t <= steps; t++) values[t] = quotient(num[t]!, den[t]!);
    }
    // the indicator's own observed value stands as entered (where its count was not entered too)
    const observed = years.map((_, t) => t > 0 && (ownSeen[t] !== undefined || countSeen[t] !== undefined));
    for (let t = 1; t <= steps; t++) if (ownSeen[t] !== undefined && countSeen[t] === undefined) values[t] = ownSeen[t]!;
    const baseline = ind.baseline?.value ?? null;
    const target = ind.target;
    const n = target ? target.year - baseYear : -1;
    const reachable = target !== null && n >= 1 && n <= steps;
    // the goal-seek from the last observed year before the one judged: what a year from then on
    const seek = (spec0: TargetSpec, at: number) => {
      if (spec.kind !== 'per_capita') return null;
      const from = lastObservedStep(countSeen, at);
      if (from >= at) return null;
      return goalSeek(spec0, baseline, withoutAdditions[spec.resource]![at]!, (a.resources[spec.resource] ?? noResource).attrition, at - from, population[at]! / spec.perCapitaBase);
    };
    const goal = reachable ? seek(target, n) : null;
    const verdict = reachable ? { ...judge(values[n]!, target, baseline), year: target.year } : null;
    let horizonVerdict: IndicatorProjection['horizonVerdict'] = null;
    if (reachable && n < steps) {
      const { spec: horizonTarget, source } = horizonTargetOf(ind.id, target, a.horizonTargets?.[ind.id], years[steps]!);
      const g = seek(horizonTarget, steps);
      horizonVerdict = { ...judge(values[steps]!, horizonTarget, baseline), year: years[steps]!, target: horizonTarget.value, targetSource: source, basis: observed[steps] ? 'observed' : 'projected', additionNeededPerYear: g?.needed ?? null };
    }
    indicators.push({
      id: ind.id,
      values,
      digits: reportedDecimals(target),
      verdict,
      horizonVerdict,
      basis: reachable && observed[n] ? 'observed' : 'projected',
      observed,
      additionToTargetPerYear: goal?.toTarget ?? null,
      additionNeededPerYear: goal?.needed ?? null,
    });
  }

  const ageUse = ageUseFactor(residents, a.olderHospitalUseRatio);
  const bedNeed = Float64Array.from(population, (pop, t) => bedsNeeded({ population: pop, admissionRate: a.admissionRate * ageUse[t]!, averageStayDays: a.averageStayDays, occupancy: a.targetOccupancy }));
  const bedNeedAtBaseAges = Float64Array.from(population, (pop) => bedsNeeded({ population: pop, admissionRate: a.admissionRate, averageStayDays: a.averageStayDays, occupancy: a.targetOccupancy }));
  const childcareDemand = Float64Array.from(underThree, (u3) => u3 * a.childcareDemandShare);
  const childcareDemandAtBaseShare = Float64Array.from(population, (pop) => (pop * underThree[0]! * a.childcareDemandShare) / population[0]!);
  const slots = stocks.childcare_slots;
  const childcarePer100UnderThree = slots ? Float64Array.from(slots, (s, t) => quotient(s, underThree[t]!, 100)) : null;
  const populationObserved = populationSeen.map((v) => v !== undefined);
  const stocksObserved = Object.fromEntries(Object.entries(countsSeen).map(([r, seen]) => [r, seen.map((v) => v !== undefined)]));
  const ageBands = { under15: residents.under15, age15to64: residents.age15to64, age65plus: residents.age65plus, share65plus: Float64Array.from(residents.age65plus, (v, t) => quotient(v, population[t]!)) };
  return { county: county.id, years, population, births, underThree, birthRatePerMille: crudeBirthRatePerMille(residents), ageBands, stocks, starts, indicators, bedNeed, bedNeedAtBaseAges, childcareDemand, childcareDemandAtBaseShare, childcarePer100UnderThree, populationObserved, stocksObserved, trendFits };
}

/** The target the horizon year is judged against: the one the user entered for it, else the
 * national benchmark for that year where one measures the same thing, else the plan's carried
 * forward (same wording, same number). */
export function horizonTargetOf(indicator: string, planTarget: TargetSpec & { year: number }, entered: number | undefined, horizonYear: number): { spec: TargetSpec; source: TargetSource } {
  if (entered !== undefined) return { spec: { ...planTarget, value: entered, text: String(entered) }, source: { kind: 'county', source: 'entered' } };
  const benchmark = horizonYear === 2030 ? benchmarkFor(indicator) : undefined;
  if (benchmark) return { spec: { value: benchmark.value, comparator: benchmark.comparator, text: benchmark.text }, source: { kind: 'national_benchmark', source: benchmark.source } };
  return { spec: planTarget, source: { kind: 'carried_forward', source: 'plan' } };
}
