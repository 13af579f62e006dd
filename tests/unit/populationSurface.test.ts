// The population surface: Monte Carlo draws read residents from an interpolant through a few cohort
// runs. It must stay within its stated tolerance of the cohorts for any county, horizon and edit,
// reproduce exactly what it can represent, and step aside where residents are not smooth.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { presetAssumptions } from '../../src/engine/assumptions.ts';
import { applyOverrides, observedValues } from '../../src/scenario/applyScenario.ts';
import { compileCounty } from '../../src/engine/compiledCounty.ts';
import { allKnobs } from '../../src/engine/knobs.ts';
import { simulatedIndicators } from '../../src/data/catalogue.ts';
import { residentsInto, surfaceFromDraws, surfaceNodes, surfaceScratch, surfaceTolerance, tabulateSurface } from '../../src/engine/populationSurface.ts';
import type { County } from '../../src/data/seedSchema.ts';
import type { CountyAssumptions } from '../../src/engine/projectCounty.ts';

const counties = loadCountiesFromDisk().counties;

/** every per-capita value of `draws` draws, read from the surface (runDraws) and from the cohorts (run) */
function surfaceAgainstCohorts(c: County, a: CountyAssumptions, offsets: number[][]) {
  const compiled = compileCounty(c, a);
  const n = compiled.years.length;
  const ids = compiled.indicatorIds;
  // a run long enough to read the surface, the draws given first (the rest at the value in force)
  const draws = Math.max(surfaceFromDraws, offsets.length);
  const flat = Float64Array.from({ length: allKnobs.length * draws }, (_, j) => offsets[j % draws]?.[Math.floor(j / draws)] ?? 0);
  const columns = ids.map(() => new Float64Array(n * draws));
  compiled.runDraws(flat, draws, columns, new Float64Array(ids.length), new Float64Array(ids.length));
  const one = new Float64Array(ids.length * n);
  const pairs: { surface: number; cohorts: number; where: string }[] = [];
  offsets.forEach((o, d) => {
    compiled.run(Float64Array.from(o), one, new Int8Array(ids.length));
    ids.forEach((id, i) => {
      if (simulatedIndicators[id]!.kind !== 'per_capita') return;
      for (let t = 1; t < n; t++) pairs.push({ surface: columns[i]![t * draws + d]!, cohorts: one[i * n + t]!, where: `${c.id} ${id} ${compiled.years[t]} draw ${d}` });
    });
  });
  return { compiled, pairs };
}

describe('the population surface', () => {
  it('stays within its tolerance of the cohorts: any county, preset, horizon, demographic edit and draw, with residents observed or not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...counties),
        fc.constantFrom('plan' as const, 'trend' as const),
        fc.constantFrom(2025, 2030),
        fc.record({
          totalFertilityRate: fc.double({ min: 0.5, max: 2.5, noNaN: true }),
          lifeExpectancy: fc.double({ min: 70, max: 86, noNaN: true }),
          netMigrationPerMille: fc.double({ min: -25, max: 25, noNaN: true }),
        }),
        fc.boolean(),
        fc.array(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: allKnobs.length, maxLength: allKnobs.length }), { minLength: 1, maxLength: 6 }),
        (c, preset, horizon, edit, observed, offsets) => {
          const base = applyOverrides(presetAssumptions(c, preset, horizon), edit);
          const a = observed ? { ...base, observed: observedValues({ population: { 2023: Math.round(c.population.value * 0.97) } }) } : base;
          const { compiled, pairs } = surfaceAgainstCohorts(c, a, offsets);
          for (const p of pairs) {
            // (few children and many leaving can empty a cohort at some node: then the draws rerun the cohorts)
            if (!compiled.populationSurface) expect(Object.is(p.surface, p.cohorts), p.where).toBe(true);
            else if (Number.isNaN(p.cohorts)) expect(p.surface, p.where).toBeNaN();
            // a per-capita value carries the residents' relative error (twice, on a trend path)
            else expect(Math.abs(p.surface - p.cohorts), p.where).toBeLessThanOrEqual(2 * surfaceTolerance * Math.abs(p.cohorts));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("is what every county's draws read under both presets, to 2025 and to 2030", () => {
    for (const c of counties)
      for (const preset of ['plan', 'trend'] as const)
        for (const horizon of [2025, 2030]) expect(compileCounty(c, presetAssumptions(c, preset, horizon)).populationSurface, `${c.id} ${preset} ${horizon}`).toBe(true);
  });

  it('reproduces exactly a function of the degrees its nodes can carry', () => {
    // linear in fertility, cubic in life expectancy, cubic in migration, with their products
    const f = ([x, y, z]: readonly number[], t: number) => 1000 + t * (3 + 2 * x! + y! ** 3 - y! * z! ** 2 + x! * y! * z! ** 3);
    const nodes = [surfaceNodes.totalFertilityRate, surfaceNodes.lifeExpectancy, surfaceNodes.netMigrationPerMille];
    const years = 4;
    const fixed = Float64Array.of(1000, Number.NaN, 777, Number.NaN);
    const surface = tabulateSurface(nodes, years, fixed, (o) => ({ residents: Array.from({ length: years }, (_, t) => f(o, t)), clamped: false }))!;
    const draws = 50;
    const points = Array.from({ length: draws }, (_, d) => [Math.sin(d * 1.7), Math.cos(d * 2.3), Math.sin(d * 0.9 + 1)]);
    const offsets = Float64Array.from({ length: 3 * draws }, (_, j) => points[j % draws]![Math.floor(j / draws)]!);
    const out = new Float64Array(years * draws);
    residentsInto(surface, offsets, [0, draws, 2 * draws], draws, out, surfaceScratch(surface, draws));
    points.forEach((p, d) => {
      expect(out[d]).toBe(1000);
      expect(out[draws + d]).toBeCloseTo(f(p, 1), 10);
      expect(out[2 * draws + d]).toBe(777); // observed: fixed in every draw
      expect(out[3 * draws + d]).toBeCloseTo(f(p, 3), 10);
    });
    // a knob that does not move is one node; its offsets are not read
    const flat = tabulateSurface([nodes[0]!, [0], nodes[2]!], 2, Float64Array.of(1000, Number.NaN), (o) => ({ residents: [1000, f(o, 1)], clamped: false }))!;
    const two = new Float64Array(2);
    residentsInto(flat, Float64Array.of(0.25, Number.NaN, -0.5), [0, -1, 2], 1, two, surfaceScratch(flat, 1));
    expect(two[1]).toBeCloseTo(f([0.25, 0, -0.5], 1), 10);
    // a run that empties a cohort: no surface
    expect(tabulateSurface(nodes, 2, fixed, () => ({ residents: [1, 1], clamped: true }))).toBeNull();
  });

  it('steps aside where residents are not smooth: a range across its bounds, or cohorts emptied by out-migration; the draws then rerun the cohorts exactly', () => {
    const c = counties.find((x) => x.id === 'pingshan')!;
    for (const netMigrationPerMille of [-197, -120]) {
      const a = applyOverrides(presetAssumptions(c, 'plan'), { netMigrationPerMille });
      const offsets = [allKnobs.map(() => 0.3), allKnobs.map((_, k) => (k % 2 ? -0.8 : 0.6))];
      const { compiled, pairs } = surfaceAgainstCohorts(c, a, offsets);
      expect(compiled.populationSurface, `${netMigrationPerMille} ‰`).toBe(false);
      for (const p of pairs) expect(Object.is(p.surface, p.cohorts), p.where).toBe(true);
    }
  });
});
