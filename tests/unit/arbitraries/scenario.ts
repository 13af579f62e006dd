// fast-check generators of valid scenarios, over the five seeded counties and their projects.
import fc from 'fast-check';
import { maxDraws, scenarioVersion, type CountyOverrides, type Scenario } from '../../../src/scenario/scenarioSchema.ts';
import { costParameters, countyParameters, resourceParameters, type Parameter } from '../../../src/data/parameters.ts';
import { resources } from '../../../src/data/catalogue.ts';

export const countyIds = ['shanhaiguan', 'pingshan', 'xiangshan', 'fushan', 'shandan'] as const;

/** doubles in [min, max] without -0 (JSON cannot carry it, and it means nothing here) */
const num = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((v) => (v === 0 ? 0 : v));
const id = fc.stringMatching(/^[a-z][a-z0-9_]{0,15}$/u);
/** every control of the parameter table, anywhere within its bounds */
const fields = (rows: readonly Parameter[]) => Object.fromEntries(rows.filter((p) => p.control).map((p) => [p.id, num(p.bounds.min, p.bounds.max)]));

const overrides: fc.Arbitrary<CountyOverrides> = fc.record(
  {
    ...fields(countyParameters),
    budget10kYuan: num(0, 1e7),
    resources: fc.dictionary(fc.constantFrom(...resources), fc.record(fields(resourceParameters), { requiredKeys: [] }), { maxKeys: 4 }),
    horizonTargets: fc.dictionary(id, num(-1e9, 1e9), { maxKeys: 3 }),
    newProjects: fc.uniqueArray(
      fc.record({
        id: fc.stringMatching(/^user_[a-z0-9_]{1,12}$/u),
        name: fc.string({ minLength: 1, maxLength: 80 }),
        resource: fc.constantFrom('beds' as const, 'childcare_slots' as const),
        amount: fc.integer({ min: 1, max: 100_000 }),
        openingYear: fc.integer({ min: 2021, max: 2100 }),
      }),
      { maxLength: 4, selector: (p) => p.id },
    ),
    projects: fc.dictionary(id, fc.record({ openingYear: fc.option(fc.integer({ min: 2000, max: 2100 }), { nil: null }) }), { maxKeys: 3 }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<CountyOverrides>;

export const scenarioArb: fc.Arbitrary<Scenario> = fc.record(
  {
    version: fc.constant(scenarioVersion),
    preset: fc.constantFrom('plan' as const, 'trend' as const),
    horizon: fc.constantFrom(2025 as const, 2030 as const),
    seed: fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
    draws: fc.integer({ min: 0, max: maxDraws }),
    counties: fc.dictionary(fc.constantFrom(...countyIds), overrides, { maxKeys: 5 }),
    unitCosts: fc.record(fields(costParameters), { requiredKeys: [] }),
  },
  { requiredKeys: ['version', 'preset', 'horizon', 'seed', 'draws', 'counties'] },
);
