// The panel's edits: a value set and reset leaves no trace, a project moved back to its plan year
// is no longer a change, added projects get ids of their own.
import { describe, expect, it } from 'vitest';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { withBudget, withCountyValue, withNewProject, withoutNewProject, withProjectYear, withResourceValue, withUnitCost } from '../../src/scenario/edit.ts';
import { defaultScenario } from '../../src/scenario/defaults.ts';
import { scenario as scenarioSchema } from '../../src/scenario/scenarioSchema.ts';

const pingshan = loadCountiesFromDisk().counties.find((c) => c.id === 'pingshan')!;

describe('scenario edits', () => {
  it('a value set then reset leaves the county untouched', () => {
    const set = withResourceValue(withCountyValue({}, 'totalFertilityRate', 1.42), 'nurses', 'attrition', 0.03);
    expect(set).toEqual({ totalFertilityRate: 1.42, resources: { nurses: { attrition: 0.03 } } });
    expect(withResourceValue(withCountyValue(set, 'totalFertilityRate', undefined), 'nurses', 'attrition', undefined)).toEqual({});
  });

  it('the wing a year late is a change; back to the plan’s 2025 it is none; cancelled is null', () => {
    const late = withProjectYear({}, pingshan, 'county_hospital_expansion', 2026);
    expect(late).toEqual({ projects: { county_hospital_expansion: { openingYear: 2026 } } });
    expect(withProjectYear(late, pingshan, 'county_hospital_expansion', 2025)).toEqual({});
    expect(withProjectYear({}, pingshan, 'county_hospital_expansion', null).projects).toEqual({ county_hospital_expansion: { openingYear: null } });
  });

  it('projects a user adds get distinct ids the schema accepts, whatever their names; removing one keeps the other', () => {
    const wing = { name: '康复楼', resource: 'beds' as const, amount: 200, openingYear: 2024 };
    const two = withNewProject(withNewProject({}, wing), wing);
    const ids = two.newProjects!.map((p) => p.id);
    expect(new Set(ids).size).toBe(2);
    expect(scenarioSchema.safeParse({ ...defaultScenario(), counties: { pingshan: two } }).success).toBe(true);
    expect(withoutNewProject(two, ids[0]!).newProjects!.map((p) => p.id)).toEqual([ids[1]]);
    expect(withoutNewProject(withoutNewProject(two, ids[0]!), ids[1]!)).toEqual({});
  });

  it('a budget and a unit cost set and cleared', () => {
    expect(withBudget(withBudget({}, 3000), undefined)).toEqual({});
    const s = withUnitCost(defaultScenario(), 'bedCapital', 25);
    expect(s.unitCosts).toEqual({ bedCapital: 25 });
    expect(withUnitCost(s, 'bedCapital', undefined)).toEqual(defaultScenario());
  });
});
