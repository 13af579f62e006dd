// The projection of one county reduced to its arithmetic, for Monte Carlo: everything that does not
// change between draws (starting stocks, projects, targets and their precision) is worked out once,
// and each draw writes into preallocated typed arrays. It must give exactly what projectCounty gives
// (tests compare the two).
import type { County } from '../data/seedSchema.ts';
import { simulatedIndicators, type Resource } from '../data/catalogue.ts';
import type { CountyAssumptions } from './projectCounty.ts';
import { onTopOfTrend, projectCounty, quotient } from './projectCounty.ts';
import { compileJudge } from './verdict.ts';
import { rateAt } from './population.ts';
import type { UncertainKnob } from './monteCarlo.ts';

/** What one draw changes, relative to the base assumptions. */
export interface Draw {
  birthScale: number;
  deathScale: number;
  /** replaces the net-migration series; NaN keeps the base series */
  netMigrationPerMille: number;
  /** per resource index; NaN keeps the base attrition */
  attrition: Float64Array;
  /** per resource index, trend resources only; NaN keeps the base gain */
  gain: Float64Array;
}

/** Puts one uncertain assumption's value into a draw (the kernel's side of monteCarlo.applyDraw). */
export function setKnob(draw: Draw, resources: readonly Resource[], knob: UncertainKnob, value: number): void {
  if (knob.kind === 'birthRatePerMille') draw.birthScale = value / knob.reference;
  else if (knob.kind === 'deathRatePerMille') draw.deathScale = value / knob.reference;
  else if (knob.kind === 'netMigrationPerMille') draw.netMigrationPerMille = value;
  else {
    const i = resources.indexOf(knob.resource);
    if (i >= 0) (knob.kind === 'attrition' ? draw.attrition : draw.gain)[i] = value;
  }
}

export interface CompiledCounty {
  years: number[];
  indicatorIds: string[];
  resources: Resource[];
  /** a draw that changes nothing */
  neutralDraw(): Draw;
  /** writes indicator values to values[i * years + t] and verdicts to met[i] (1 met, 0 missed, −1 none) */
  run(draw: Draw, values: Float64Array, met: Int8Array): void;
}

export function compileCounty(county: County, base: CountyAssumptions): CompiledCounty {
  const reference = projectCounty(county, base);
  const years = reference.years;
  const n = years.length;
  const steps = n - 1;
  const resources = reference.starts.map((s) => s.resource);
  const start = Float64Array.from(reference.starts, (s) => s.value);
  const baseAttrition = Float64Array.from(resources, (r) => base.resources[r]?.attrition ?? 0);
  const gain = Float64Array.from(resources, (r) => base.resources[r]?.gainPer1000PerYear ?? Number.NaN);
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
  const births = Float64Array.from({ length: n }, (_, t) => rateAt(base.birthRatePerMille, t));
  const deaths = Float64Array.from({ length: n }, (_, t) => rateAt(base.deathRatePerMille, t));
  const migration = Float64Array.from({ length: n }, (_, t) => rateAt(base.netMigrationPerMille, t));

  const indicators = reference.indicators.map((ind) => {
    const spec = simulatedIndicators[ind.id]!;
    const row = county.indicators.find((i) => i.id === ind.id)!;
    const targetIndex = row.target ? row.target.year - years[0]! : -1;
    const judge = row.target && targetIndex >= 1 && targetIndex <= steps ? compileJudge(row.target, row.baseline?.value ?? null) : null;
    return spec.kind === 'per_capita'
      ? { kind: 'per_capita' as const, r: resources.indexOf(spec.resource), base: spec.perCapitaBase, targetIndex, judge }
      : { kind: 'ratio' as const, num: resources.indexOf(spec.numerator), den: resources.indexOf(spec.denominator), targetIndex, judge };
  });

  const population = new Float64Array(n);
  const stock = resources.map(() => new Float64Array(n));

  return {
    years,
    indicatorIds: reference.indicators.map((i) => i.id),
    resources,
    neutralDraw: () => ({
      birthScale: 1,
      deathScale: 1,
      netMigrationPerMille: Number.NaN,
      attrition: new Float64Array(resources.length).fill(Number.NaN),
      gain: new Float64Array(resources.length).fill(Number.NaN),
    }),
    run(draw, values, met) {
      population[0] = county.population.value;
      for (let t = 1; t < n; t++) {
        const m = Number.isNaN(draw.netMigrationPerMille) ? migration[t - 1]! : draw.netMigrationPerMille;
        const growth = (births[t - 1]! * draw.birthScale - deaths[t - 1]! * draw.deathScale + m) / 1000;
        population[t] = Math.max(0, population[t - 1]! * (1 + growth));
      }
      for (let r = 0; r < resources.length; r++) {
        const s = stock[r]!;
        s[0] = start[r]!;
        if (!Number.isNaN(gain[r]!)) {
          const g = Number.isNaN(draw.gain[r]!) ? gain[r]! : draw.gain[r]!;
          const per1000 = (start[r]! / population[0]!) * 1000;
          const extra = trendExtra[r]!;
          for (let t = 1; t < n; t++) s[t] = ((per1000 + g * t) * population[t]!) / 1000 + extra[t]!;
          continue;
        }
        const a = Number.isNaN(draw.attrition[r]!) ? baseAttrition[r]! : draw.attrition[r]!;
        const add = additions[r]!;
        for (let t = 1; t < n; t++) s[t] = Math.max(0, s[t - 1]! * (1 - a) + add[t]!);
      }
      for (let i = 0; i < indicators.length; i++) {
        const ind = indicators[i]!;
        const offset = i * n;
        if (ind.kind === 'per_capita') {
          const s = stock[ind.r]!;
          for (let t = 0; t < n; t++) values[offset + t] = quotient(s[t]!, population[t]!) * ind.base;
        } else {
          const num = stock[ind.num]!;
          const den = stock[ind.den]!;
          for (let t = 0; t < n; t++) values[offset + t] = quotient(num[t]!, den[t]!);
        }
        if (!ind.judge) met[i] = -1;
        else {
          const status = ind.judge(values[offset + ind.targetIndex]!).status;
          met[i] = status === 'met' ? 1 : status === 'missed' ? 0 : -1;
        }
      }
    },
  };
}
