// The edits the assumptions panel makes, as pure functions from one county's overrides (or one
// scenario) to the next: a value set or reset, a project moved, added or removed, a budget. An edit
// that takes a value back to nothing removes the field, so an untouched county has no overrides.
import type { County } from '../data/seedSchema.ts';
import type { Resource } from '../data/catalogue.ts';
import type { CostField, CountyControlField, ResourceField } from '../data/parameters.ts';
import type { CountyOverrides, Scenario } from './scenarioSchema.ts';
import { freshId } from '../data/unique.ts';

type NewProject = NonNullable<CountyOverrides['newProjects']>[number];
type ResourceControl = Exclude<ResourceField, 'gainPer1000PerYear'>;

/** `value` undefined resets the field to its default */
export function withCountyValue(o: CountyOverrides, field: CountyControlField, value: number | undefined): CountyOverrides {
  const next = { ...o };
  if (value === undefined) delete next[field];
  else next[field] = value;
  return next;
}

export function withResourceValue(o: CountyOverrides, resource: Resource, field: ResourceControl, value: number | undefined): CountyOverrides {
  const current = { ...o.resources?.[resource] };
  if (value === undefined) delete current[field];
  else current[field] = value;
  const all = { ...o.resources };
  if (Object.keys(current).length) all[resource] = current;
  else delete all[resource];
  const next: CountyOverrides = { ...o, resources: all };
  if (!Object.keys(all).length) delete next.resources;
  return next;
}

/** a plan's project opening in `year` (null: cancelled); its own year in the plan removes the change */
export function withProjectYear(o: CountyOverrides, county: County, projectId: string, year: number | null): CountyOverrides {
  const planned = county.projects.find((p) => p.id === projectId)?.openingYear ?? null;
  const projects = { ...o.projects };
  if (year === planned) delete projects[projectId];
  else projects[projectId] = { openingYear: year };
  const next: CountyOverrides = { ...o, projects };
  if (!Object.keys(projects).length) delete next.projects;
  return next;
}

/** an id for a project the user adds, unique among the county's */
function newProjectId(o: CountyOverrides, name: string): string {
  const stem = `user_${name.toLowerCase().replace(/[^a-z0-9]+/gu, '_').replace(/^_|_$/gu, '').slice(0, 30) || 'project'}`;
  return freshId(stem, new Set((o.newProjects ?? []).map((p) => p.id)));
}

export function withNewProject(o: CountyOverrides, project: Omit<NewProject, 'id'>): CountyOverrides {
  return { ...o, newProjects: [...(o.newProjects ?? []), { id: newProjectId(o, project.name), ...project }] };
}

/** a project the user added, changed in place (its id stays, so a link to it still names it) */
export function withNewProjectChanged(o: CountyOverrides, id: string, project: Omit<NewProject, 'id'>): CountyOverrides {
  return { ...o, newProjects: (o.newProjects ?? []).map((p) => (p.id === id ? { id, ...project } : p)) };
}

export function withoutNewProject(o: CountyOverrides, id: string): CountyOverrides {
  const list = (o.newProjects ?? []).filter((p) => p.id !== id);
  const next: CountyOverrides = { ...o, newProjects: list };
  if (!list.length) delete next.newProjects;
  return next;
}

export function withBudget(o: CountyOverrides, budget10kYuan: number | undefined): CountyOverrides {
  const next = { ...o };
  if (budget10kYuan === undefined) delete next.budget10kYuan;
  else next.budget10kYuan = budget10kYuan;
  return next;
}

export function withUnitCost(s: Scenario, field: CostField, value: number | undefined): Scenario {
  const costs = { ...s.unitCosts };
  if (value === undefined) delete costs[field];
  else costs[field] = value;
  const next: Scenario = { ...s, unitCosts: costs };
  if (!Object.keys(costs).length) delete next.unitCosts;
  return next;
}

/** each resource's yearly additions set (a budget plan or split applied to the scenario) */
export function withAdditions(o: CountyOverrides, additions: Partial<Record<Resource, number>>): CountyOverrides {
  let next = o;
  for (const [r, v] of Object.entries(additions) as [Resource, number][]) next = withResourceValue(next, r, 'additionsPerYear', v);
  return next;
}
