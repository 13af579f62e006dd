// The projection of one county reduced to its arithmetic, for Monte Carlo and the tornado:
// everything that does not change between draws (starting stocks, projects, targets and their
// precision) is worked out once, and each draw writes into preallocated typed arrays. A draw is one
// offset in [−1, 1] per knob (knobs.ts), applied around the value in force exactly as withKnob
// applies it; tests compare the two paths.
import type { County } from '../data/seedSchema.ts';
import { simulatedIndicators, type Resource } from '../data/catalogue.ts';
import type { CountyAssumptions } from './projectCounty.ts';
import { onTopOfTrend, projectCounty, quotient } from './projectCounty.ts';
import { compileJudge } from './verdict.ts';
import { rateAt } from './population.ts';
import { allKnobs, knobParameter, knobValue, perturb } from './knobs.ts';
import { observedSteps, uniformHalfWidth } from './observed.ts';

export interface CompiledCounty {
  years: number[];
  indicatorIds: string[];
  resources: Resource[];
  /** which of allKnobs move this county under these assumptions */
  applies: boolean[];
  /** writes indicator values to values[i * years + t] and verdicts to met[i] (1 met, 0 missed, −1 none);
   * `offsets[k]` moves allKnobs[k] (0: the value in force) */
  run(offsets: Float64Array, values: Float64Array, met: Int8Array): void;
}

export function compileCounty(county: County, base: CountyAssumptions): CompiledCounty {
  const reference = projectCounty(county, base);
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
    birthRatePerMille: Float64Array.from({ length: n }, (_, t) => rateAt(base.birthRatePerMille, t)),
    deathRatePerMille: Float64Array.from({ length: n }, (_, t) => rateAt(base.deathRatePerMille, t)),
    netMigrationPerMille: Float64Array.from({ length: n }, (_, t) => rateAt(base.netMigrationPerMille, t)),
  };

  // where each knob acts: a rate series, or one resource's attrition or trend gain
  const applies = allKnobs.map((k) => (!k.resource ? knobValue(base, k) !== null : resources.includes(k.resource) && (knobValue(base, k) !== null || (k.parameter === 'gainPer1000PerYear' && fits[resources.indexOf(k.resource)] !== null))));
  const act = allKnobs.map((k) => ({ parameter: knobParameter(k), field: k.parameter, r: k.resource ? resources.indexOf(k.resource) : -1 }));

  const indicators = reference.indicators.map((ind) => {
    const spec = simulatedIndicators[ind.id]!;
    const row = county.indicators.find((i) => i.id === ind.id)!;
    const targetIndex = row.target ? row.target.year - years[0]! : -1;
    const judge = row.target && targetIndex >= 1 && targetIndex <= steps ? compileJudge(row.target, row.baseline?.value ?? null) : null;
    const own = nan(observedSteps(base.observed, ind.id, y0, steps));
    return spec.kind === 'per_capita'
      ? { kind: 'per_capita' as const, r: resources.indexOf(spec.resource), base: spec.perCapitaBase, targetIndex, judge, own: null }
      : { kind: 'ratio' as const, num: resources.indexOf(spec.numerator), den: resources.indexOf(spec.denominator), targetIndex, judge, own: own.some((v) => !Number.isNaN(v)) ? own : null };
  });

  const population = new Float64Array(n);
  const stock = resources.map(() => new Float64Array(n));
  const seenNow = resources.map(() => new Float64Array(n));
  const rates = { birthRatePerMille: new Float64Array(n), deathRatePerMille: new Float64Array(n), netMigrationPerMille: new Float64Array(n) };
  const attrition = new Float64Array(resources.length);
  const gain = new Float64Array(resources.length);

  return {
    years,
    indicatorIds: reference.indicators.map((i) => i.id),
    resources,
    applies,
    run(offsets, values, met) {
      rates.birthRatePerMille.set(series.birthRatePerMille);
      rates.deathRatePerMille.set(series.deathRatePerMille);
      rates.netMigrationPerMille.set(series.netMigrationPerMille);
      attrition.set(baseAttrition);
      gain.set(baseGain);
      for (let k = 0; k < act.length; k++) {
        const offset = offsets[k]!;
        if (offset === 0 || !applies[k]) continue;
        const { parameter, field, r } = act[k]!;
        if (field === 'attrition') attrition[r] = perturb(parameter, baseAttrition[r]!, offset);
        else if (field === 'gainPer1000PerYear') gain[r] = Number.isNaN(gainSpread[r]!) ? perturb(parameter, baseGain[r]!, offset) : baseGain[r]! + gainSpread[r]! * offset;
        else {
          const rate = rates[field];
          for (let t = 0; t < n; t++) rate[t] = perturb(parameter, series[field][t]!, offset);
        }
      }
      population[0] = base.basePopulation;
      for (let t = 1; t < n; t++) {
        const growth = (rates.birthRatePerMille[t - 1]! - rates.deathRatePerMille[t - 1]! + rates.netMigrationPerMille[t - 1]!) / 1000;
        const seen = populationSeen[t]!;
        population[t] = Number.isNaN(seen) ? Math.max(0, population[t - 1]! * (1 + growth)) : seen;
      }
      for (let r = 0; r < resources.length; r++) {
        const s = stock[r]!;
        const fixed = seenNow[r]!;
        fixed.set(countSeen[r]!);
        for (const { per, values: ratio } of ratioSeen[r]!) for (let t = 1; t < n; t++) if (Number.isNaN(fixed[t]!) && !Number.isNaN(ratio[t]!)) fixed[t] = (ratio[t]! * population[t]!) / per;
        s[0] = start[r]!;
        if (!Number.isNaN(gain[r]!)) {
          let per1000 = (start[r]! / population[0]!) * 1000;
          const extra = trendExtra[r]!;
          for (let t = 1; t < n; t++) {
            per1000 += gain[r]!;
            const seen = fixed[t]!;
            if (Number.isNaN(seen)) s[t] = (per1000 * population[t]!) / 1000 + extra[t]!;
            else {
              if (population[t]! > 0) per1000 = ((seen - extra[t]!) / population[t]!) * 1000;
              s[t] = seen;
            }
          }
          continue;
        }
        const a = attrition[r]!;
        const add = additions[r]!;
        for (let t = 1; t < n; t++) s[t] = Number.isNaN(fixed[t]!) ? Math.max(0, s[t - 1]! * (1 - a) + add[t]!) : fixed[t]!;
      }
      for (let i = 0; i < indicators.length; i++) {
        const ind = indicators[i]!;
        const offset = i * n;
        if (ind.kind === 'per_capita') {
          const s = stock[ind.r]!;
          for (let t = 0; t < n; t++) values[offset + t] = quotient(s[t]!, population[t]!, ind.base);
        } else {
          const num = stock[ind.num]!;
          const den = stock[ind.den]!;
          for (let t = 0; t < n; t++) values[offset + t] = quotient(num[t]!, den[t]!);
          if (ind.own) for (let t = 1; t < n; t++) if (!Number.isNaN(ind.own[t]!)) values[offset + t] = ind.own[t]!;
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
