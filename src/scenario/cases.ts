// Named cases for workshops: each a whole scenario built from the seeds, applied to every county
// or to one. A trainer steps through them in the presenter view without touching a slider. Their
// names and summaries are in caseList.ts, which the page has without the engine this module takes.
import type { County } from '../data/seedSchema.ts';
import type { Resource } from '../data/catalogue.ts';
import { presetAssumptions } from '../engine/assumptions.ts';
import { defaultScenario, pageDefaults } from './defaults.ts';
import type { CountyOverrides, Scenario } from './scenarioSchema.ts';
import { caseList, childcarePushPer1000, datedBedProjects, exodusAttrition, lowTotalFertility, tightShare, type CaseEntry, type CaseId } from './caseList.ts';

export interface WorkshopCase extends CaseEntry {
  /** the scenario, for the counties in scope (every county, or one) */
  build(counties: readonly County[], scope: readonly string[]): Scenario;
}

function withCounties(base: Partial<Scenario>, counties: readonly County[], scope: readonly string[], each: (c: County) => CountyOverrides | null): Scenario {
  const overrides: Scenario['counties'] = {};
  for (const c of counties) {
    if (!scope.includes(c.id)) continue;
    const o = each(c);
    if (o && Object.keys(o).length) overrides[c.id] = o;
  }
  return { ...defaultScenario(), ...base, counties: overrides };
}

const builders: Record<CaseId, WorkshopCase['build']> = {
  plan: (counties, scope) => withCounties({}, counties, scope, () => null),
  trend: (counties, scope) => withCounties({ preset: 'trend' }, counties, scope, () => null),
  low_births: (counties, scope) => withCounties({}, counties, scope, () => ({ totalFertilityRate: lowTotalFertility })),
  bed_project_late: (counties, scope) =>
    withCounties({}, counties, scope, (c) => {
      const late = datedBedProjects(c);
      return late.length ? { projects: Object.fromEntries(late.map((p) => [p.id, { openingYear: p.openingYear! + 1 }])) } : null;
    }),
  staff_exodus: (counties, scope) =>
    withCounties({}, counties, scope, () => ({
      resources: Object.fromEntries((['doctors', 'gps', 'tcm_doctors', 'nurses'] as const).map((r) => [r, { attrition: exodusAttrition }])),
    })),
  childcare_push: (counties, scope) =>
    withCounties({ preset: 'trend' }, counties, scope, (c) =>
      c.indicators.some((i) => i.id === 'childcare_slots_per_1000')
        ? { newProjects: [{ id: 'user_childcare_push', name: 'Childcare push 托育攻坚', resource: 'childcare_slots', amount: Math.round((c.population.value / 1000) * childcarePushPer1000 / 10) * 10, openingYear: 2023 }] }
        : null,
    ),
  tight_budget: (counties, scope) =>
    withCounties({}, counties, scope, (c) => {
      const plan = presetAssumptions(c, 'plan', pageDefaults.horizon);
      const resources: NonNullable<CountyOverrides['resources']> = {};
      for (const [r, a] of Object.entries(plan.resources) as [Resource, { additionsPerYear: number }][]) {
        if (a.additionsPerYear > 0) resources[r] = { additionsPerYear: Math.round(a.additionsPerYear * tightShare * 10) / 10 };
      }
      return { resources };
    }),
};

export const workshopCases: readonly WorkshopCase[] = caseList.map((c) => ({ ...c, build: builders[c.id] }));

export const caseById = (id: string) => workshopCases.find((c) => c.id === id) ?? null;
