// Every assumption the page lets the user set for a county, with its value in force and its value
// in the reference scenario, as numbers: what the assumptions panel starts from, what a comparison
// lines up row by row and what the printout lists as changed. Values are compared as numbers, never
// as the strings they print as.
import type { County } from '../data/seedSchema.ts';
import type { Resource } from '../data/catalogue.ts';
import type { CountyAssumptions } from './projectCounty.ts';
import { countyParameters, resourceParameters, type ParameterId } from '../data/parameters.ts';

export type InputValue =
  | { key: string; kind: 'parameter'; parameter: ParameterId; resource: Resource | null; value: number; reference: number }
  /** a plan's project: its opening year (null: cancelled, or no date) */
  | { key: string; kind: 'project'; project: string; value: number | null; reference: number | null }
  /** a project the user added */
  | { key: string; kind: 'newProject'; project: string; name: string; resource: 'beds' | 'childcare_slots'; amount: number; openingYear: number }
  /** a target for the horizon year (2030) the user entered, against the plan's carried forward */
  | { key: string; kind: 'horizonTarget'; indicator: string; value: number; reference: number | null }
  /** a value observed after the baseline (population, a count or an indicator) */
  | { key: string; kind: 'observed'; series: string; year: number; value: number; source: string | null };

const lastOf = (xs: readonly number[]) => xs[xs.length - 1] ?? 0;

/** The inputs of one county: `inForce` is what the projection used, `reference` the preset's. */
export function countyInputs(county: County, reference: CountyAssumptions, inForce: CountyAssumptions, resourcesWithStock: readonly Resource[]): InputValue[] {
  const rows: InputValue[] = [];
  for (const p of countyParameters) {
    if (!p.control) continue;
    const of = (a: CountyAssumptions) => (p.series ? lastOf(a[p.id as 'birthRatePerMille']) : a[p.id as 'admissionRate']);
    rows.push({ key: p.id, kind: 'parameter', parameter: p.id, resource: null, value: of(inForce), reference: of(reference) });
  }
  for (const r of resourcesWithStock) {
    for (const p of resourceParameters) {
      if (!p.control || !p.resources.includes(r)) continue;
      const of = (a: CountyAssumptions) => a.resources[r]?.[p.id] ?? 0;
      rows.push({ key: `${p.id}:${r}`, kind: 'parameter', parameter: p.id, resource: r, value: of(inForce), reference: of(reference) });
    }
  }
  for (const p of county.projects) {
    const opening = (a: CountyAssumptions) => a.projects.find((x) => x.id === p.id)?.openingYear ?? null;
    rows.push({ key: `project:${p.id}`, kind: 'project', project: p.id, value: opening(inForce), reference: opening(reference) });
  }
  for (const p of inForce.projects) {
    if (!p.onTopOfTrend || p.openingYear === null) continue;
    rows.push({ key: `newProject:${p.id}`, kind: 'newProject', project: p.id, name: p.name ?? p.id, resource: p.resource, amount: p.amount, openingYear: p.openingYear });
  }
  for (const [series, years] of Object.entries(inForce.observed ?? {})) {
    for (const [year, e] of Object.entries(years)) rows.push({ key: `observed:${series}:${year}`, kind: 'observed', series, year: Number(year), value: e.value, source: e.source ?? null });
  }
  for (const [indicator, value] of Object.entries(inForce.horizonTargets ?? {})) {
    const target = county.indicators.find((i) => i.id === indicator)?.target?.value ?? null;
    rows.push({ key: `horizonTarget:${indicator}`, kind: 'horizonTarget', indicator, value, reference: target });
  }
  return rows;
}
