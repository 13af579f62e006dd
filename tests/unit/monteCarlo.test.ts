import { describe, expect, it } from 'vitest';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { monteCarlo, quantileSorted, type UncertainRange } from '../../src/engine/monteCarlo.ts';
import { projectCounty } from '../../src/engine/projectCounty.ts';
import { presetAssumptions } from '../../src/scenario/presets.ts';
import { defaultRanges } from '../../src/scenario/uncertainty.ts';

const counties = loadCountiesFromDisk().counties;
const pingshan = counties.find((c) => c.id === 'pingshan')!;

describe('Monte Carlo', () => {
  it('zero-width ranges reproduce the deterministic run', () => {
    const base = presetAssumptions(pingshan, 'trend');
    const det = projectCounty(pingshan, base);
    // every range collapsed onto the value the deterministic run uses
    const zero: UncertainRange[] = defaultRanges.map((r) => {
      const v = r.knob.kind === 'birthRatePerMille' || r.knob.kind === 'deathRatePerMille' ? r.knob.reference
        : r.knob.kind === 'netMigrationPerMille' ? base.netMigrationPerMille[0]!
        : r.knob.kind === 'gainPer1000' ? base.resources[r.knob.resource]?.gainPer1000PerYear ?? 0
        : base.resources[r.knob.resource]?.attrition ?? 0;
      return { ...r, low: v, high: v };
    });
    const mc = monteCarlo(pingshan, base, zero, 200, 7);
    for (const ind of det.indicators) {
      for (let t = 0; t < det.years.length; t++) {
        expect(mc.bands[ind.id]!.p10[t]).toBeCloseTo(ind.values[t]!, 12);
        expect(mc.bands[ind.id]!.p90[t]).toBeCloseTo(ind.values[t]!, 12);
      }
      if (ind.verdict && ind.verdict.status !== 'not_numeric') expect(mc.probabilityMet[ind.id]).toBe(ind.verdict.status === 'met' ? 1 : 0);
    }
  });

  it('the same seed gives the same numbers; another seed other numbers; county order does not matter', () => {
    const run = (id: string, seed: number) => {
      const c = counties.find((x) => x.id === id)!;
      return monteCarlo(c, presetAssumptions(c, 'plan'), defaultRanges, 300, seed);
    };
    const a = run('shandan', 42);
    const b = run('shandan', 42);
    expect([...b.bands.doctors_per_1000!.p50]).toEqual([...a.bands.doctors_per_1000!.p50]);
    expect(b.probabilityMet).toEqual(a.probabilityMet);
    expect([...run('shandan', 43).bands.doctors_per_1000!.p50]).not.toEqual([...a.bands.doctors_per_1000!.p50]);
    // run another county first: Shandan's stream is its own
    run('fushan', 42);
    expect([...run('shandan', 42).bands.nurses_per_1000!.p90]).toEqual([...a.bands.nurses_per_1000!.p90]);
  });

  it('bands are ordered and probabilities are shares; uncertainty widens with time', () => {
    const c = counties.find((x) => x.id === 'fushan')!;
    const mc = monteCarlo(c, presetAssumptions(c, 'plan'), defaultRanges, 500, 1);
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
    // the plan adds exactly what meets each target under central assumptions: about half the draws miss
    expect(mc.probabilityMet.doctors_per_1000).toBeGreaterThan(0.2);
    expect(mc.probabilityMet.doctors_per_1000).toBeLessThan(0.8);
  });

  it('quantiles interpolate between order statistics', () => {
    const s = Float64Array.from([1, 2, 3, 4, 5]);
    expect(quantileSorted(s, 0.5)).toBe(3);
    expect(quantileSorted(s, 0.1)).toBeCloseTo(1.4, 12);
    expect(quantileSorted(s, 0.9)).toBeCloseTo(4.6, 12);
  });
});

describe('linear-time quantiles', () => {
  it('agree with sorting, for any values', async () => {
    const fc = (await import('fast-check')).default;
    const { quantileInPlace } = await import('../../src/engine/monteCarlo.ts');
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 300 }), fc.constantFrom(0, 0.1, 0.5, 0.9, 1), (xs, q) => {
        const sorted = Float64Array.from(xs).sort();
        expect(quantileInPlace(Float64Array.from(xs), q)).toBeCloseTo(quantileSorted(sorted, q), 9);
      }),
    );
  });
});

describe('the compiled kernel', () => {
  it('gives exactly what projectCounty gives, for any draw, in both reference scenarios, with or without projects the user added', async () => {
    const fc = (await import('fast-check')).default;
    const { compileCounty, setKnob } = await import('../../src/engine/compiledCounty.ts');
    const { applyDraw } = await import('../../src/engine/monteCarlo.ts');
    fc.assert(
      fc.property(
        fc.constantFrom(...counties),
        fc.constantFrom('plan' as const, 'trend' as const),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: defaultRanges.length, maxLength: defaultRanges.length }),
        fc.boolean(),
        (c, preset, us, withUserProjects) => {
          const reference = presetAssumptions(c, preset);
          // projects the user adds count on a trend path too
          const userProjects = [
            { id: 'user_wing', resource: 'beds' as const, amount: 200, openingYear: 2023, onTopOfTrend: true },
            { id: 'user_nursery', resource: 'childcare_slots' as const, amount: 300, openingYear: 2024, onTopOfTrend: true },
          ];
          const base = withUserProjects ? { ...reference, projects: [...reference.projects, ...userProjects] } : reference;
          const compiled = compileCounty(c, base);
          const draw = compiled.neutralDraw();
          let a = base;
          defaultRanges.forEach((r, i) => {
            const v = r.low + (r.high - r.low) * us[i]!;
            a = applyDraw(a, r.knob, v);
            setKnob(draw, compiled.resources, r.knob, v);
          });
          const slow = projectCounty(c, a);
          const values = new Float64Array(compiled.indicatorIds.length * compiled.years.length);
          const met = new Int8Array(compiled.indicatorIds.length);
          compiled.run(draw, values, met);
          slow.indicators.forEach((ind, i) => {
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
