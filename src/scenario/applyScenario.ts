// A county's assumptions under a scenario: the reference preset, then the user's overrides, each
// written where the parameter table says it lives.
import type { County } from '../data/seedSchema.ts';
import type { Resource } from '../data/catalogue.ts';
import type { CountyAssumptions } from '../engine/projectCounty.ts';
import type { UnitCosts } from '../engine/budget.ts';
import { presetAssumptions } from '../engine/assumptions.ts';
import { costParameters, countyParameters } from '../data/parameters.ts';
import type { CountyOverrides, ObservedEntry, Scenario } from './scenarioSchema.ts';
import type { ObservedValue, ObservedValues } from '../engine/observed.ts';

export function applyOverrides(base: CountyAssumptions, o: CountyOverrides | undefined): CountyAssumptions {
  if (!o) return base;
  const a: CountyAssumptions = { ...base };
  for (const p of countyParameters) {
    const v = o[p.id];
    if (v === undefined) continue;
    if (p.series) a[p.id as 'birthRatePerMille'] = [v];
    else a[p.id as 'admissionRate'] = v;
  }
  // the births of the years before the baseline are the national rates of those years × the residents
  if (o.basePopulation !== undefined) a.birthsBefore = [(base.birthsBefore[0] * o.basePopulation) / base.basePopulation, (base.birthsBefore[1] * o.basePopulation) / base.basePopulation];
  const resources = { ...base.resources };
  for (const [r, change] of Object.entries(o.resources ?? {}) as [Resource, NonNullable<CountyOverrides['resources']>[Resource]][]) {
    const current = resources[r] ?? { attrition: 0, additionsPerYear: 0 };
    // a user's hiring or attrition replaces the trend path for that resource
    const { gainPer1000PerYear: _trend, onTrend: _onTrend, ...flow } = current;
    resources[r] = { ...flow, ...change };
  }
  return {
    ...a,
    resources,
    projects: [
      // own moves only: a project called "constructor" is not moved by every object's constructor
      ...base.projects.map((p) => (o.projects && Object.hasOwn(o.projects, p.id) ? { ...p, openingYear: o.projects[p.id]!.openingYear } : p)),
      ...(o.newProjects ?? []).map((p) => ({ id: p.id, name: p.name, resource: p.resource, amount: p.amount, openingYear: p.openingYear, onTopOfTrend: true })),
    ],
    ...(o.horizonTargets && { horizonTargets: o.horizonTargets }),
    ...(o.observed && { observed: observedValues(o.observed) }),
  };
}

export function scenarioAssumptions(county: County, s: Pick<Scenario, 'preset' | 'horizon' | 'counties'>): CountyAssumptions {
  return applyOverrides(presetAssumptions(county, s.preset, s.horizon), s.counties[county.id]);
}

/** The unit costs in force: the scenario's own, else each parameter's sourced default. */
export function unitCostsFor(s: Pick<Scenario, 'unitCosts'>): UnitCosts {
  return Object.fromEntries(costParameters.map((p) => [p.id, s.unitCosts?.[p.id] ?? p.default().value])) as unknown as UnitCosts;
}

/** The scenario's observed entries as the engine reads them: years as numbers, each a value and its source. */
export function observedValues(o: Record<string, Record<string, ObservedEntry>>): ObservedValues {
  const entry = (e: ObservedEntry): ObservedValue => (typeof e === 'number' ? { value: e } : e);
  return Object.fromEntries(Object.entries(o).map(([series, years]) => [series, Object.fromEntries(Object.entries(years).map(([y, e]) => [Number(y), entry(e)]))]));
}
