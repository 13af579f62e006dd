// Monte Carlo follows the scenario: every knob is drawn around the value in force, so an edit to a
// rate, an attrition or the migration moves the bands and the probabilities as it moves the line,
// and the deterministic path lies inside its band — at its median, the ranges being symmetric.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { monteCarlo, quantileSorted } from '../../src/engine/monteCarlo.ts';
import { projectCounty } from '../../src/engine/projectCounty.ts';
import { presetAssumptions } from '../../src/engine/assumptions.ts';
import { applyOverrides, observedValues } from '../../src/scenario/applyScenario.ts';
import { allKnobs, knobRange, withKnob } from '../../src/engine/knobs.ts';
import { compileCounty } from '../../src/engine/compiledCounty.ts';
import { surfaceTolerance } from '../../src/engine/populationSurface.ts';
import { countyIds } from './arbitraries/scenario.ts';
import type { CountyOverrides } from '../../src/scenario/scenarioSchema.ts';

const counties = loadCountiesFromDisk().counties;
const county = (id: string) => counties.find((c) => c.id === id)!;
const run = (id: string, overrides: CountyOverrides, preset: 'plan' | 'trend' = 'plan', draws = 2000, seed = 1) => {
  const c = county(id);
  const a = applyOverrides(presetAssumptions(c, preset), overrides);
  return { deterministic: projectCounty(c, a), mc: monteCarlo(c, a, draws, seed) };
};

describe('Monte Carlo follows the scenario', () => {
  it('Pingshan doctors at 1 % and at 8 % attrition: different probabilities and bands (they were 0.563 both)', () => {
    const low = run('pingshan', { resources: { doctors: { attrition: 0.01 } } });
    const high = run('pingshan', { resources: { doctors: { attrition: 0.08 } } });
    expect(low.mc.probabilityMet.doctors_per_1000).toBeGreaterThan(0.9);
    expect(high.mc.probabilityMet.doctors_per_1000).toBeLessThan(0.1);
    expect(high.mc.bands.doctors_per_1000!.p50[5]!).toBeLessThan(low.mc.bands.doctors_per_1000!.p50[5]! - 0.5);
    // the median follows the line: at 8 % the path is 2.23 doctors per 1000, so is the band's middle
    for (const { deterministic, mc } of [low, high]) {
      const path = deterministic.indicators.find((i) => i.id === 'doctors_per_1000')!.values[5]!;
      expect(Math.abs(mc.bands.doctors_per_1000!.p50[5]! - path)).toBeLessThan(0.02);
    }
  });

  it('Fushan at −20 ‰ and +20 ‰ net migration: the bands move with the population (they were identical)', () => {
    const out = run('fushan', { netMigrationPerMille: -20 });
    const into = run('fushan', { netMigrationPerMille: 20 });
    // more residents, fewer beds per 1000
    expect(into.mc.bands.beds_per_1000!.p50[5]!).toBeLessThan(out.mc.bands.beds_per_1000!.p50[5]! - 0.5);
    expect(into.mc.probabilityMet.beds_per_1000).not.toBe(out.mc.probabilityMet.beds_per_1000);
  });

  it('the staff exodus case moves the probabilities it should: more leaving, fewer doctors met', () => {
    const base = run('shandan', {});
    const exodus = run('shandan', { resources: { doctors: { attrition: 0.08 }, nurses: { attrition: 0.08 } } });
    expect(exodus.mc.probabilityMet.doctors_per_1000!).toBeLessThan(base.mc.probabilityMet.doctors_per_1000!);
    expect(exodus.mc.probabilityMet.nurses_per_1000!).toBeLessThan(base.mc.probabilityMet.nurses_per_1000!);
  });

  it('the deterministic path lies inside its 10–90 % band every year, at its median, for any county, preset and edit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...countyIds),
        fc.constantFrom('plan' as const, 'trend' as const),
        fc.record({
          totalFertilityRate: fc.double({ min: 0.5, max: 2, noNaN: true }),
          netMigrationPerMille: fc.double({ min: -15, max: 15, noNaN: true }),
          attrition: fc.double({ min: 0.005, max: 0.12, noNaN: true }),
          nurses: fc.double({ min: 0, max: 200, noNaN: true }),
        }),
        (id, preset, x) => {
          const { deterministic, mc } = run(id, { totalFertilityRate: x.totalFertilityRate, netMigrationPerMille: x.netMigrationPerMille, resources: { doctors: { attrition: x.attrition }, nurses: { additionsPerYear: x.nurses } } }, preset, 600, 3);
          for (const ind of deterministic.indicators) {
            const band = mc.bands[ind.id]!;
            for (let t = 0; t < deterministic.years.length; t++) {
              const path = ind.values[t]!;
              if (Number.isNaN(path)) continue;
              const slack = 1e-9 * Math.max(1, Math.abs(path));
              expect(band.p10[t]!, `${id} ${ind.id} ${t}`).toBeLessThanOrEqual(path + slack);
              expect(band.p90[t]!, `${id} ${ind.id} ${t}`).toBeGreaterThanOrEqual(path - slack);
              // symmetric ranges: the median is the path, within a tenth of the band's width
              expect(Math.abs(band.p50[t]! - path), `${id} ${ind.id} ${t}`).toBeLessThanOrEqual(0.1 * (band.p90[t]! - band.p10[t]!) + slack);
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('the same seed gives the same numbers; another seed other numbers; county order does not matter', () => {
    const a = run('shandan', {}, 'plan', 300, 42).mc;
    const b = run('shandan', {}, 'plan', 300, 42).mc;
    expect([...b.bands.doctors_per_1000!.p50]).toEqual([...a.bands.doctors_per_1000!.p50]);
    expect(b.probabilityMet).toEqual(a.probabilityMet);
    expect([...run('shandan', {}, 'plan', 300, 43).mc.bands.doctors_per_1000!.p50]).not.toEqual([...a.bands.doctors_per_1000!.p50]);
    run('fushan', {}, 'plan', 300, 42);
    expect([...run('shandan', {}, 'plan', 300, 42).mc.bands.nurses_per_1000!.p90]).toEqual([...a.bands.nurses_per_1000!.p90]);
  });

  it('bands are ordered and probabilities are shares; uncertainty widens with time', () => {
    const { mc } = run('fushan', {}, 'plan', 500);
    for (const band of Object.values(mc.bands)) {
      for (let t = 0; t < mc.years.length; t++) {
        expect(band.p10[t]!).toBeLessThanOrEqual(band.p50[t]!);
        expect(band.p50[t]!).toBeLessThanOrEqual(band.p90[t]!);
      }
      expect(band.p90[5]! - band.p10[5]!).toBeGreaterThanOrEqual(band.p90[0]! - band.p10[0]! - 1e-12);
    }
    for (const p of Object.values(mc.probabilityMet)) {
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
    // the plan adds exactly what lands on each target under central assumptions: about half the draws miss
    expect(mc.probabilityMet.doctors_per_1000).toBeGreaterThan(0.3);
    expect(mc.probabilityMet.doctors_per_1000).toBeLessThan(0.7);
  });

  it('quantiles interpolate between order statistics', () => {
    const s = Float64Array.from([1, 2, 3, 4, 5]);
    expect(quantileSorted(s, 0.5)).toBe(3);
    expect(quantileSorted(s, 0.1)).toBeCloseTo(1.4, 12);
    expect(quantileSorted(s, 0.9)).toBeCloseTo(4.6, 12);
  });
});

describe('the knobs', () => {
  it('are drawn around the value in force: Pingshan nurses leaving at 2.15 % range over ±50 %, at 6 % likewise', () => {
    const c = county('pingshan');
    const knob = allKnobs.find((k) => k.parameter === 'attrition' && k.resource === 'nurses')!;
    const plan = presetAssumptions(c, 'plan');
    expect(knobRange(plan, knob)).toEqual({ value: 0.0215, low: 0.01075, high: 0.03225 });
    const edited = applyOverrides(plan, { resources: { nurses: { attrition: 0.06 } } });
    expect(knobRange(edited, knob)!.low).toBeCloseTo(0.03, 12);
    expect(knobRange(edited, knob)!.high).toBeCloseTo(0.09, 12);
    // migration moves by ±6 per mille around whatever is set
    const migration = allKnobs.find((k) => k.parameter === 'netMigrationPerMille')!;
    expect(knobRange(applyOverrides(plan, { netMigrationPerMille: -20 }), migration)).toEqual({ value: -20, low: -26, high: -14 });
  });

  it('the compiled kernel gives exactly what projectCounty gives, for any draw, preset and user project', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...counties),
        fc.constantFrom('plan' as const, 'trend' as const),
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: allKnobs.length, maxLength: allKnobs.length }),
        fc.boolean(),
        fc.boolean(),
        (c, preset, offsets, withUserProjects, withObserved) => {
          const reference = presetAssumptions(c, preset);
          const userProjects = [
            { id: 'user_wing', resource: 'beds' as const, amount: 200, openingYear: 2023, onTopOfTrend: true },
            { id: 'user_nursery', resource: 'childcare_slots' as const, amount: 300, openingYear: 2024, onTopOfTrend: true },
          ];
          const projected = withUserProjects ? { ...reference, projects: [...reference.projects, ...userProjects] } : reference;
          // one observed year each (two would fit a trend, drawn within its own error instead):
          // residents, a per-1000 rate, a count and a ratio of two stocks
          const observed = observedValues({ population: { 2023: 400_000 }, beds_per_1000: { 2024: 6.1 }, nurses: { 2022: 900 }, doctor_nurse_ratio: { 2025: 1.3 } });
          const base = withObserved ? { ...projected, observed } : projected;
          const compiled = compileCounty(c, base);
          let slow = base;
          allKnobs.forEach((k, i) => {
            if (compiled.applies[i]) slow = withKnob(slow, k, offsets[i]!);
          });
          const expected = projectCounty(c, slow);
          const values = new Float64Array(compiled.indicatorIds.length * compiled.years.length);
          const met = new Int8Array(compiled.indicatorIds.length);
          compiled.run(Float64Array.from(offsets), values, met);
          expected.indicators.forEach((ind, i) => {
            for (let t = 0; t < compiled.years.length; t++) expect(values[i * compiled.years.length + t]).toBeCloseTo(ind.values[t]!, 9);
            const status = ind.verdict?.status;
            expect(met[i]).toBe(status === 'met' ? 1 : status === 'missed' ? 0 : -1);
          });
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('a run in blocks of draws', () => {
  it('gives each draw the same numbers whatever block it is run in, within the surface tolerance of one draw at a time through the cohorts', () => {
    for (const c of counties) {
      for (const preset of ['plan', 'trend'] as const) {
        const a = applyOverrides(presetAssumptions(c, preset), { netMigrationPerMille: -4 });
        const compiled = compileCounty(c, a);
        expect(compiled.populationSurface).toBe(true);
        const n = compiled.years.length;
        const ids = compiled.indicatorIds;
        const draws = 1100; // two whole blocks of 512 and a part
        const offsets = Float64Array.from({ length: allKnobs.length * draws }, (_, j) => Math.sin(j * 12.9898) % 1);
        const inBlocks = (block: number) => {
          const columns = ids.map(() => new Float64Array(n * draws));
          const judged = new Float64Array(ids.length);
          const met = new Float64Array(ids.length);
          for (let from = 0; from < draws; from += block) {
            const b = Math.min(block, draws - from);
            // this block's offsets, knob by knob
            const mine = Float64Array.from({ length: allKnobs.length * b }, (_, j) => offsets[Math.floor(j / b) * draws + from + (j % b)]!);
            compiled.runDraws(mine, b, columns, judged, met, from, draws);
          }
          return { columns, met: [...met] };
        };
        const single = inBlocks(1);
        for (const block of [7, 512, draws]) expect(inBlocks(block)).toEqual(single);
        // one draw at a time through the cohorts (run()), every 50th draw
        const one = new Float64Array(ids.length * n);
        const verdicts = new Int8Array(ids.length);
        for (let d = 0; d < draws; d += 50) {
          compiled.run(Float64Array.from(allKnobs, (_, k) => offsets[k * draws + d]!), one, verdicts);
          ids.forEach((_, i) => {
            for (let t = 0; t < n; t++) {
              const exact = one[i * n + t]!;
              const read = single.columns[i]![t * draws + d]!;
              if (Number.isNaN(exact)) expect(read).toBeNaN();
              else expect(Math.abs(read - exact)).toBeLessThanOrEqual(2 * surfaceTolerance * Math.abs(exact) + 1e-12);
            }
          });
        }
      }
    }
  }, 60_000);
});
