// Numeric extremes: anything the scenario schema accepts gives sane numbers — finite and not
// negative, or explicitly "no number" (NaN, shown as —) where a ratio has nothing to divide by —
// and anything beyond it is refused by name.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { engineApi } from '../../src/runtime/engineApi.ts';
import { readCountyText } from '../../src/data/importCounty.ts';
import { readScenarioValue } from '../../src/scenario/readScenario.ts';
import type { CountyReport } from '../../src/engine/report.ts';
import { reportsToCsv } from '../../src/engine/csv.ts';
import { countyIds } from './arbitraries/scenario.ts';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { countyParameters, parameters, type Parameter } from '../../src/data/parameters.ts';
import { runScenario } from '../../src/scenario/run.ts';

const counties = loadCountiesFromDisk().counties;

const sane = (reports: CountyReport[]) => {
  for (const r of reports) {
    for (const [name, values] of Object.entries(r.series)) {
      for (const v of values) {
        expect(Number.isNaN(v) || (Number.isFinite(v) && v >= 0), `${r.id} ${name} ${v}`).toBe(true);
      }
    }
    for (const v of r.verdicts) {
      if (Number.isNaN(v.projected)) expect([v.met, v.margin], `${r.id} ${v.indicator}`).toEqual([null, null]);
      else expect(v.met === null || typeof v.met === 'boolean').toBe(true);
      if (v.probability !== null) expect(v.probability).toBeGreaterThanOrEqual(0);
      if (v.probability !== null) expect(v.probability).toBeLessThanOrEqual(1);
    }
  }
};

/** the ends of a range, its middle and zero (where zero is in it) */
const extreme = (min: number, max: number) => fc.constantFrom(min, max, Math.min(max, Math.max(min, 0)), (min + max) / 2);

describe('numeric extremes', () => {
  it('no births, mass emigration, every worker and bed gone: numbers stay sane, ratios over zero are “no number”', () => {
    const scenario = {
      preset: 'plan' as const, horizon: 2030 as const, seed: 1, draws: 200,
      counties: { pingshan: { birthRatePerMille: 0, deathRatePerMille: 50, netMigrationPerMille: -200, resources: { doctors: { attrition: 1, additionsPerYear: 0 }, nurses: { attrition: 1, additionsPerYear: 0 }, beds: { attrition: 1, additionsPerYear: 0 } } } },
    };
    const reports = engineApi.project(scenario);
    sane(reports);
    const pingshan = reports.find((r) => r.id === 'pingshan')!;
    expect(pingshan.series.doctor_nurse_ratio![5]).toBeNaN();
    expect(pingshan.verdicts.find((v) => v.indicator === 'doctor_nurse_ratio' && v.year === 2025)).toMatchObject({ met: null, margin: null });
    // every bed closes each year; only the 450-bed wing that opens in 2025 stands
    expect(pingshan.series.beds![5]).toBe(450);
    expect(pingshan.verdicts.find((v) => v.indicator === 'beds_per_1000' && v.year === 2025)).toMatchObject({ met: false });
    // no children under 3 left: childcare per 100 of them is no number, not infinity
    expect(pingshan.series.childcare_slots_per_100_under3!.slice(3).every(Number.isNaN)).toBe(true);
    // the CSV leaves such cells empty
    expect(reportsToCsv([pingshan])).toContain('pingshan,doctor_nurse_ratio,2025,,1.12,not_computable,,projected\n');
  });

  // one county per case (the one the corner is put to), so the test takes well under a second:
  // its result never depends on the machine's speed
  it('any corner of the accepted ranges of every parameter, in any county, under either reference scenario', () => {
    const corners = (rows: readonly Parameter[]) => fc.record(Object.fromEntries(rows.filter((p) => p.control).map((p) => [p.id, extreme(p.bounds.min, p.bounds.max)])));
    fc.assert(
      fc.property(
        fc.constantFrom(...counties),
        fc.constantFrom('plan' as const, 'trend' as const),
        corners(countyParameters),
        fc.record({ attrition: extreme(parameters.attrition.bounds.min, parameters.attrition.bounds.max), additionsPerYear: extreme(0, parameters.additionsPerYear.bounds.max) }),
        (county, preset, countyValues, resource) => {
          const resources = Object.fromEntries(['beds', 'doctors', 'nurses', 'gps', 'childcare_slots'].map((r) => [r, resource]));
          sane(runScenario({ preset, horizon: 2030, seed: 3, draws: 20, counties: { [county.id]: { ...countyValues, resources } } }, [county]));
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it('a county of one resident or of a billion imports and runs', () => {
    const example = readFileSync('seeds/examples/shandan-excerpt.json', 'utf8');
    for (const population of [1, 1e9]) {
      const read = readCountyText(example.replace('"value": 150262', `"value": ${population}`), []);
      if (!read.ok) throw new Error(JSON.stringify(read.problems));
      const reports = engineApi.project({ preset: 'trend', horizon: 2030, seed: 1, draws: 50, importedCounties: [read.county] });
      sane(reports);
      expect(reports.at(-1)!.series.population![0]).toBe(population);
    }
    // zero or negative residents is refused at the field, with its line
    const zero = readCountyText(example.replace('"value": 150262', '"value": 0'), []);
    expect(zero.ok ? null : zero.problems[0]).toMatchObject({ path: 'population.value', line: 22 });
  });

  it('a project in 2200, 101% attrition or a billion births are refused by name', () => {
    const read = readScenarioValue(
      {
        version: 2,
        counties: {
          pingshan: {
            birthRatePerMille: 1e9,
            projects: { county_hospital_expansion: { openingYear: 2200 } },
            resources: { nurses: { attrition: 1.01 } },
            newProjects: [{ id: 'user_far', name: 'far', resource: 'beds', amount: 10, openingYear: 2200 }],
          },
        },
      },
      countyIds,
    );
    expect(read.dropped.map((d) => d.path).sort()).toEqual(
      ['counties.pingshan.birthRatePerMille', 'counties.pingshan.newProjects[0]', 'counties.pingshan.projects.county_hospital_expansion', 'counties.pingshan.resources.nurses.attrition'].sort(),
    );
  });
});
