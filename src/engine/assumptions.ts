// A county's assumptions in the two reference scenarios every county has, built from the
// parameter table's defaults:
// - plan: the plan as written — each resource gets the constant yearly addition that just meets
//   its target (its dated projects included), under national demography: what the plan implies,
//   year by year.
// - trend: each resource per 1000 residents rises by its recent national gain a year (2020–2023;
//   no special projects): where the county would be if it kept pace with the country. Resources
//   without a national series (TCM doctors, pharmacists) keep replacement hiring until the county has
//   observed years of its own, when its own fitted trend takes over (for every resource).
import type { County } from '../data/seedSchema.ts';
import { resources as allResources, simulatedIndicators, type Resource } from '../data/catalogue.ts';
import { startingStock } from './baseline.ts';
import { countyParameters, parameters } from '../data/parameters.ts';
import { projectCounty, type CountyAssumptions, type ResourceAssumptions } from './projectCounty.ts';
import type { PresetId } from './presets.ts';

export { presetIds, type PresetId } from './presets.ts';

export const yearsOf = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) + 1 }, (_, i) => from + i);

/** Every parameter at its default; replacement hiring (as many join each year as leave in the
 * first); projects open when the plan says. */
export function baseAssumptions(county: County, horizonYear: number): CountyAssumptions {
  const y0 = county.plan.baselineYear;
  const years = yearsOf(y0, horizonYear);
  const value = (id: (typeof countyParameters)[number]['id']) => {
    const d = parameters[id].default(county, years);
    return { series: d.series ?? [d.value], value: d.value };
  };
  const basePopulation = value('basePopulation').value;
  const resources: Partial<Record<Resource, ResourceAssumptions>> = {};
  for (const r of allResources) {
    const attrition = parameters.attrition.default(county, r).value;
    const start = startingStock(county, r, basePopulation)?.value ?? 0;
    resources[r] = { attrition, additionsPerYear: attrition * start };
  }
  return {
    horizonYear,
    basePopulation,
    totalFertilityRate: value('totalFertilityRate').series,
    lifeExpectancy: value('lifeExpectancy').series,
    netMigrationPerMille: value('netMigrationPerMille').series,
    infantMortalityPerMille: value('infantMortalityPerMille').value,
    under5MortalityPerMille: value('under5MortalityPerMille').value,
    sexRatioAtBirth: value('sexRatioAtBirth').value,
    ageShares: { under15: value('ageShareUnder15').value, age15to59: value('ageShare15to59').value, age60plus: value('ageShare60plus').value, age65plus: value('ageShare65plus').value },
    olderHospitalUseRatio: value('olderHospitalUseRatio').value,
    resources,
    projects: county.projects.map((p) => ({ id: p.id, resource: p.resource, amount: p.amount, openingYear: p.openingYear })),
    admissionRate: value('admissionRate').value,
    averageStayDays: value('averageStayDays').value,
    targetOccupancy: value('targetOccupancy').value,
    childcareDemandShare: value('childcareDemandShare').value,
  };
}

export function presetAssumptions(county: County, preset: PresetId, horizonYear = county.plan.targetYear): CountyAssumptions {
  const base = baseAssumptions(county, horizonYear);
  const resources = { ...base.resources };
  if (preset === 'trend') {
    // every resource follows a trend: the national gain, or the county's own once it has observed
    // years (projectCounty fits it); one with neither keeps replacement hiring
    for (const r of allResources) resources[r] = { ...resources[r]!, onTrend: true };
    for (const r of parameters.gainPer1000PerYear.resources) {
      const gain = parameters.gainPer1000PerYear.default(county, r);
      if (gain) resources[r] = { ...resources[r]!, gainPer1000PerYear: gain.value };
    }
    return { ...base, resources };
  }
  // plan: the largest constant addition any of a resource's targets needs (never below zero:
  // a plan does not cut capacity to land on a target it already exceeds)
  const probe = projectCounty(county, base);
  for (const ind of probe.indicators) {
    if (ind.additionToTargetPerYear === null) continue;
    const spec = simulatedIndicators[ind.id];
    if (spec?.kind !== 'per_capita') continue;
    const current = resources[spec.resource]!;
    resources[spec.resource] = { ...current, additionsPerYear: Math.max(current.additionsPerYear, ind.additionToTargetPerYear, 0) };
  }
  return { ...base, resources };
}
