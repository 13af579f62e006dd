// Where each simulated resource starts: the plan's own count where it states one for the baseline
// year, else the per-capita baseline × population (as DESIGN says). The choice is reported, because
// the two can differ (the audit shows by how much).
import type { County } from '../data/seedSchema.ts';
import { simulatedIndicators, type Resource } from '../data/catalogue.ts';

export interface StartingStock {
  resource: Resource;
  value: number;
  /** 'count': a stated whole-county count; 'ratio': per-capita baseline × population */
  basis: 'count' | 'ratio';
  /** the figure or indicator it comes from */
  ref: string;
}

/** The per-capita indicator of the county that measures a resource, if the plan has one. */
export function perCapitaIndicatorFor(county: County, resource: Resource) {
  return county.indicators.find((i) => {
    const spec = simulatedIndicators[i.id];
    return spec?.kind === 'per_capita' && spec.resource === resource;
  });
}

/** `population` the baseline year's residents in force (the plan's, or the one the user set) */
export function startingStock(county: County, resource: Resource, population = county.population.value): StartingStock | null {
  const indicator = perCapitaIndicatorFor(county, resource);
  const year = county.plan.baselineYear;
  const count = county.figures.find(
    (f) => f.year === year && !f.scope && !f.comparator && indicator !== undefined && f.numeratorOf === indicator.id,
  );
  if (count) return { resource, value: count.value, basis: 'count', ref: count.id };
  if (!indicator?.baseline || indicator.baseline.value === null || indicator.perCapitaBase === null) return null;
  return {
    resource,
    value: (indicator.baseline.value * population) / indicator.perCapitaBase,
    basis: 'ratio',
    ref: indicator.id,
  };
}
