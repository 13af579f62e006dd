// A county's assumptions under a scenario: the reference preset, then the user's overrides.
import type { County } from '../data/seedSchema.ts';
import type { Resource } from '../data/catalogue.ts';
import type { CountyAssumptions } from '../engine/projectCounty.ts';
import { presetAssumptions } from './presets.ts';
import type { CountyOverrides, Scenario } from './scenarioSchema.ts';

export function applyOverrides(base: CountyAssumptions, o: CountyOverrides | undefined): CountyAssumptions {
  if (!o) return base;
  const resources = { ...base.resources };
  for (const [r, change] of Object.entries(o.resources ?? {}) as [Resource, { attrition?: number; additionsPerYear?: number }][]) {
    const current = resources[r] ?? { attrition: 0, additionsPerYear: 0 };
    // a user's hiring or attrition replaces the trend path for that resource
    const { gainPer1000PerYear: _trend, ...flow } = current;
    resources[r] = { ...flow, ...change };
  }
  return {
    ...base,
    birthRatePerMille: o.birthRatePerMille === undefined ? base.birthRatePerMille : [o.birthRatePerMille],
    deathRatePerMille: o.deathRatePerMille === undefined ? base.deathRatePerMille : [o.deathRatePerMille],
    netMigrationPerMille: o.netMigrationPerMille === undefined ? base.netMigrationPerMille : [o.netMigrationPerMille],
    resources,
    projects: [
      ...base.projects.map((p) => (o.projects?.[p.id] ? { ...p, openingYear: o.projects[p.id]!.openingYear } : p)),
      ...(o.newProjects ?? []).map((p) => ({ id: p.id, resource: p.resource, amount: p.amount, openingYear: p.openingYear, onTopOfTrend: true })),
    ],
    ...(o.horizonTargets && { horizonTargets: o.horizonTargets }),
  };
}

export function scenarioAssumptions(county: County, s: Scenario): CountyAssumptions {
  return applyOverrides(presetAssumptions(county, s.preset, s.horizon), s.counties[county.id]);
}
