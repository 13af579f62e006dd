// Hand-computed projections of the real plans under simple assumptions.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { projectCounty } from '../../src/engine/projectCounty.ts';
import { still } from './fixtures/still.ts';
import { simulatedIndicators } from '../../src/data/catalogue.ts';
import { ageStructureOf, residentsByAge } from '../../src/data/ageStructure.ts';
import { ages } from '../../src/data/demography.ts';
import { childDeath } from '../../src/engine/lifeTable.ts';

const counties = new Map(loadCountiesFromDisk().counties.map((c) => [c.id, c]));
const county = (id: string) => counties.get(id)!;

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

  it('children under 3 are the cohorts aged 0–2, and childcare places per 100 of them', () => {
    const c = county('shanhaiguan');
    const p = projectCounty(c, still(c));
    const r = residentsByAge(c.population.value, ageStructureOf(c).shares);
    const u3 = r[0]! + r[1]! + r[2]! + r[ages]! + r[ages + 1]! + r[ages + 2]!;
    expect(p.underThree[0]).toBeCloseTo(u3, 6);
    // 3.7 places per 1000 × 165.218 thousand residents ÷ children under 3 × 100
    expect(p.childcarePer100UnderThree![0]).toBeCloseTo(((3.7 * 165.218) / u3) * 100, 9);
    expect(p.childcareDemand[0]).toBeCloseTo(u3 / 3, 9);
    // with no births and the total held, the under-3 cohort empties: in 2023 only those born since 2021 — none
    expect(p.underThree[3]).toBeCloseTo(0, 9);
  });

  it('child mortality comes from the county’s own rates: Shandan 2.58‰ infant (004:14), 4.30‰ under 5', async () => {
    const { parameters } = await import('../../src/data/parameters.ts');
    const infant = parameters.infantMortalityPerMille.default(county('shandan')).value;
    const under5 = parameters.under5MortalityPerMille.default(county('shandan')).value;
    expect([infant, under5]).toEqual([2.58, 4.3]);
    const q = childDeath(infant, under5);
    expect(q[0]).toBeCloseTo(0.00258, 12);
    // 1 − (1 − 0.0043)/(1 − 0.00258) die between 1 and 5, evenly by year
    expect(q[2]).toBeCloseTo(1 - Math.pow((1 - 0.0043) / (1 - 0.00258), 0.25), 12);
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
          const base = still(c, { totalFertilityRate: [b / 6], lifeExpectancy: [95 - 2 * d], netMigrationPerMille: [m], observed: undefined });
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
          const a = still(c, { totalFertilityRate: [b / 6], lifeExpectancy: [95 - d], netMigrationPerMille: [m], observed: undefined, resources });
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
