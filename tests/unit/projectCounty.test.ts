// Hand-computed projections of the real plans under simple assumptions.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import type { County } from '../../src/data/seedSchema.ts';
import { projectCounty, type CountyAssumptions } from '../../src/engine/projectCounty.ts';
import { simulatedIndicators } from '../../src/data/catalogue.ts';

const counties = new Map(loadCountiesFromDisk().counties.map((c) => [c.id, c]));
const county = (id: string) => counties.get(id)!;

/** No births, deaths or migration: the population stays at the plan's baseline. */
const still = (c: County, over: Partial<CountyAssumptions> = {}): CountyAssumptions => ({
  horizonYear: 2025,
  basePopulation: c.population.value,
  birthRatePerMille: [0],
  deathRatePerMille: [0],
  netMigrationPerMille: [0],
  // no infant or child deaths: every child born is counted at ages 0, 1 and 2
  infantMortalityPerMille: 0,
  under5MortalityPerMille: 0,
  birthsBefore: [0, 0],
  resources: {},
  projects: [],
  admissionRate: 0.2,
  averageStayDays: 8.8,
  targetOccupancy: 0.85,
  childcareDemandShare: 1 / 3,
  ...over,
});
const indicator = (p: ReturnType<typeof projectCounty>, id: string) => p.indicators.find((i) => i.id === id)!;

describe('projectCounty', () => {
  it('Shanhaiguan reaching its planned 1,324 beds reproduces its 8.0 per 1000 target (000:157)', () => {
    // 1,156 open beds (000:39) + 33.6 a year for 5 years = 1,324; 1,324 ÷ 165,218 × 1000 = 8.0137
    // (165,218: the middle of the residents the plan's 2020 figures agree on, 000:27, 000:39, 000:43)
    const p = projectCounty(county('shanhaiguan'), still(county('shanhaiguan'), { resources: { beds: { attrition: 0, additionsPerYear: 33.6 } } }));
    expect(p.starts.find((s) => s.resource === 'beds')).toEqual({ resource: 'beds', value: 1156, basis: 'count', ref: 'beds_2020' });
    const beds = indicator(p, 'beds_per_1000');
    expect(p.stocks.beds![5]).toBeCloseTo(1324, 9);
    expect(beds.values[5]).toBeCloseTo(8.0137, 4);
    expect(beds.verdict).toMatchObject({ status: 'met', year: 2025 });
    // exactly 8.0 needs 1,321.744 beds: (1,321.744 − 1,156) ÷ 5 = 33.149 a year
    expect(beds.additionToTargetPerYear).toBeCloseTo((8 * 165.218 - 1156) / 5, 9);
    // the goal-seek in whole beds: 33 a year give 1,321 ÷ 165.218 = 7.9955, shown 8.00 ≥ 8.0; 32 give 7.965, shown 7.97
    expect(beds.additionNeededPerYear).toBe(33);
  });

  it('Pingshan: the 450-bed county hospital wing alone leaves beds at 6.24 per 1000 (001 专栏4)', () => {
    const c = county('pingshan');
    const wing = c.projects.find((p) => p.resource === 'beds')!;
    const p = projectCounty(c, still(c, { projects: [{ id: wing.id, resource: 'beds', amount: wing.amount, openingYear: wing.openingYear }] }));
    // 2,190 beds (001:26) + 450 in 2025 = 2,640; ÷ 423,333 × 1000 = 6.2362
    expect(p.stocks.beds![4]).toBe(2190);
    expect(p.stocks.beds![5]).toBe(2640);
    const beds = indicator(p, 'beds_per_1000');
    expect(beds.values[5]).toBeCloseTo(6.2362, 4);
    expect(beds.verdict?.status).toBe('missed');
    // 7.14 needs 3,022.6 beds: (3,022.6 − 2,640) ÷ 5 = 76.5 more a year
    expect(beds.additionToTargetPerYear).toBeCloseTo((7.14 * 423.333 - 2640) / 5, 9);
    // in whole beds: 77 a year give 3,025 ÷ 423,333 = 7.146 (7.15 ≥ 7.14); 76 give 7.134 (7.13)
    expect(beds.additionNeededPerYear).toBe(77);
    // a year late (2026), the wing misses the 2025 target year altogether
    const late = projectCounty(c, still(c, { projects: [{ id: wing.id, resource: 'beds', amount: wing.amount, openingYear: 2026 }] }));
    expect(late.stocks.beds![5]).toBe(2190);
  });

  it('Shandan doctors: 509 (004:41) at 3 % attrition and no hiring fall to 437.1; 19.0 hires a year meet 3.5', () => {
    const p = projectCounty(county('shandan'), still(county('shandan'), { resources: { doctors: { attrition: 0.03, additionsPerYear: 0 } } }));
    expect(p.stocks.doctors![5]).toBeCloseTo(509 * 0.97 ** 5, 9);
    expect(p.stocks.doctors![5]).toBeCloseTo(437.0956, 4); // 0.97^5 = 0.858734
    const doctors = indicator(p, 'doctors_per_1000');
    // 150,262 residents (the middle of where 509 ÷ 3.39, 653 ÷ 4.35 and 477 ÷ 3.17 agree, 004:17, 004:41)
    // required 3.5 × 150.262 = 525.917; annuity (1 − 0.97^5)/0.03 = 4.70887; (525.917 − 437.096)/4.70887 = 18.863
    expect(doctors.additionToTargetPerYear).toBeCloseTo(18.863, 3);
    // 19 a year: 437.096 + 19 × 4.70887 = 526.56 doctors ÷ 150.262 = 3.5043, shown 3.50 ≥ 3.5; 18 give 3.473
    expect(doctors.additionNeededPerYear).toBe(19);
    expect(doctors.verdict?.status).toBe('missed');
  });

  it('Shanhaiguan bed need from its own utilisation: 3.03万 discharges, 9.1 days (000:49), 85 % occupancy', async () => {
    const { parameters } = await import('../../src/data/parameters.ts');
    const c = county('shanhaiguan');
    const admissionRate = parameters.admissionRate.default(c);
    expect(admissionRate.value).toBeCloseTo(30300 / 165218, 12);
    expect(admissionRate.provenance.kind).toBe('derived');
    const averageStayDays = parameters.averageStayDays.default(c);
    expect(averageStayDays).toMatchObject({ value: 9.1, provenance: { kind: 'stated' } });
    // a county whose plan states neither: the national figures
    expect(parameters.admissionRate.default(county('fushan')).value).toBe(0.2);
    const p = projectCounty(c, still(c, { admissionRate: admissionRate.value, averageStayDays: averageStayDays.value }));
    // 30,300 × 9.1 ÷ (365 × 0.85) = 275,730 ÷ 310.25 = 888.7 beds — against 1,156 open, at 66.93 % occupancy
    expect(p.bedNeed[0]).toBeCloseTo(888.735, 3);
  });

  it('children under 3 and childcare places per 100 of them (hand-computed cohorts)', () => {
    // 165,218 residents, 6‰ births, no deaths: 991.308 births a year, 1,000 and 950 the years before
    const p = projectCounty(county('shanhaiguan'), still(county('shanhaiguan'), { birthRatePerMille: [6], birthsBefore: [950, 1000] }));
    expect(p.underThree[0]).toBeCloseTo(991.308 + 1000 + 950, 9);
    // 3.7 places per 1000 × 165,218 = 611.307 places, ÷ 2,941.308 children × 100 = 20.78
    expect(p.childcarePer100UnderThree![0]).toBeCloseTo((3.7 * 165.218) / 2941.308 * 100, 9);
    expect(p.childcareDemand[0]).toBeCloseTo(2941.308 / 3, 9);
  });

  it('under-3 survival comes from the county’s own mortality: Shandan 2.58‰ infant (004:14), 4.30‰ under 5', async () => {
    const { underThreeSurvival } = await import('../../src/engine/population.ts');
    const { parameters } = await import('../../src/data/parameters.ts');
    const infant = parameters.infantMortalityPerMille.default(county('shandan')).value;
    const under5 = parameters.under5MortalityPerMille.default(county('shandan')).value;
    expect([infant, under5]).toEqual([2.58, 4.3]);
    const [s0, s1, s2] = underThreeSurvival(infant, under5);
    expect(s0).toBeCloseTo(1 - 0.00258 / 2, 12);
    expect(s1).toBeCloseTo(1 - 0.00258 - 0.00043 / 2, 12);
    expect(s2).toBeCloseTo(1 - 0.00258 - 0.00043 * 1.5, 12);
    // Shanhaiguan's plan states them in its prose: 1.24‰ and 2.47‰ (000:33)
    expect(parameters.infantMortalityPerMille.default(county('shanhaiguan'))).toMatchObject({ value: 1.24, provenance: { kind: 'stated' } });
    expect(parameters.under5MortalityPerMille.default(county('shanhaiguan'))).toMatchObject({ value: 2.47, provenance: { kind: 'stated' } });
    // a plan that states neither (the two-row Shandan excerpt): national 4.5‰ and 6.2‰, marked as assumptions
    const { county: schema } = await import('../../src/data/seedSchema.ts');
    const { readFileSync } = await import('node:fs');
    const excerpt = schema.parse(JSON.parse(readFileSync('seeds/examples/shandan-excerpt.json', 'utf8')));
    expect(parameters.infantMortalityPerMille.default(excerpt)).toMatchObject({ value: 4.5, provenance: { kind: 'assumption' } });
    expect(parameters.under5MortalityPerMille.default(excerpt)).toMatchObject({ value: 6.2, provenance: { kind: 'assumption' } });
  });

  it('ratios come from their parts: Pingshan 794 nurses ÷ 1,092 doctors = 0.727 (001:26)', () => {
    const p = projectCounty(county('pingshan'), still(county('pingshan')));
    expect(indicator(p, 'doctor_nurse_ratio').values[0]).toBeCloseTo(794 / 1092, 12);
  });

  it('with no stated count the start is ratio × population: Xiangshan 5 doctors per 1000 × 579,101', () => {
    const p = projectCounty(county('xiangshan'), still(county('xiangshan')));
    expect(p.starts.find((s) => s.resource === 'doctors')).toMatchObject({ value: 2895.505, basis: 'ratio' });
  });

  it('goal-seek answers fed back: the plan’s path lands on each target as printed; the whole-number answer meets it and one fewer a year does not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...counties.keys()),
        fc.double({ min: 4, max: 12, noNaN: true }),
        fc.double({ min: 5, max: 12, noNaN: true }),
        fc.double({ min: -10, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 0.1, noNaN: true }),
        (id, b, d, m, attrition) => {
          const c = county(id);
          const base = still(c, { birthRatePerMille: [b], deathRatePerMille: [d], netMigrationPerMille: [m] });
          const resources = Object.fromEntries(['beds', 'doctors', 'nurses', 'gps', 'tcm_doctors', 'pharmacists', 'public_health_staff', 'childcare_slots'].map((r) => [r, { attrition, additionsPerYear: 0 }]));
          const first = projectCounty(c, { ...base, resources });
          for (const ind of first.indicators) {
            if (ind.additionNeededPerYear === null || ind.additionToTargetPerYear === null) continue;
            const spec = c.indicators.find((i) => i.id === ind.id)!;
            const simulated = simulatedIndicators[ind.id]!;
            if (simulated.kind !== 'per_capita') continue;
            const resource = simulated.resource;
            const withAdditions = (additionsPerYear: number) =>
              projectCounty(c, { ...base, resources: { ...resources, [resource]: { attrition, additionsPerYear } } }).indicators.find((i) => i.id === ind.id)!;
            // the plan's path: the target's value, one reported unit above it for a strict bound (＞4 → 4.01)
            const aim = spec.target!.value! + (spec.target!.comparator === '>' ? 0.01 : 0);
            const path = withAdditions(ind.additionToTargetPerYear);
            expect(Math.abs(path.values[5]! - aim)).toBeLessThan(1e-8 * Math.max(1, aim));
            expect(path.verdict?.status).toBe('met');
            // the goal-seek in whole units: it meets the target, one fewer a year does not
            if (ind.additionNeededPerYear > 0) {
              expect(withAdditions(ind.additionNeededPerYear).verdict?.status).toBe('met');
              expect(withAdditions(ind.additionNeededPerYear - 1).verdict?.status).toBe('missed');
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('invariants over random assumptions', () => {
  it('no NaN, no negative stock or population, and more hiring never lowers a staff ratio', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...counties.keys()),
        fc.double({ min: 0, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 30, noNaN: true }),
        fc.double({ min: -100, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: -500, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        (id, b, d, m, attrition, additions, extra) => {
          const c = county(id);
          const resources = Object.fromEntries(['beds', 'doctors', 'nurses', 'gps', 'tcm_doctors', 'pharmacists', 'public_health_staff', 'childcare_slots'].map((r) => [r, { attrition, additionsPerYear: additions }]));
          const a = still(c, { birthRatePerMille: [b], deathRatePerMille: [d], netMigrationPerMille: [m], resources });
          const p = projectCounty(c, a);
          for (const v of p.population) expect(v).toBeGreaterThanOrEqual(0);
          for (const stock of Object.values(p.stocks)) for (const v of stock!) expect(v).toBeGreaterThanOrEqual(0);
          // per-capita values are always defined (population stays positive in these ranges); a ratio
          // whose denominator has fallen to zero is undefined (NaN) rather than a made-up number
          for (const ind of p.indicators) {
            if (ind.id.endsWith('_ratio')) continue;
            for (const v of ind.values) expect(Number.isFinite(v)).toBe(true);
          }
          const more = projectCounty(c, { ...a, resources: { ...resources, nurses: { attrition, additionsPerYear: additions + extra } } });
          const before = p.indicators.find((i) => i.id === 'nurses_per_1000');
          const after = more.indicators.find((i) => i.id === 'nurses_per_1000');
          if (before && after) for (let t = 0; t < 6; t++) expect(after.values[t]!).toBeGreaterThanOrEqual(before.values[t]!);
        },
      ),
      { numRuns: 200 },
    );
  });
});
