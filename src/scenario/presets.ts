// The two reference scenarios every county has.
// - plan: the plan as written — capacity follows the plan's path to its targets: each resource gets
//   the constant yearly addition that just meets its target (its dated projects included), under
//   national demography. It shows what the plan implies, year by year.
// - trend: population under national demography and each resource per 1000 residents rising by its
//   recent national gain a year (2020–2023; no special projects): where the county would be if it
//   kept pace with the country. Resources without a national series (TCM doctors, pharmacists,
//   public-health staff) are held at replacement hiring.
import type { County } from '../data/seedSchema.ts';
import { simulatedIndicators, type Resource } from '../data/catalogue.ts';
import { startingStock } from '../engine/baseline.ts';
import {
  birthRateDefault,
  deathRateDefault,
  doctorAttritionDefault,
  nationalBirthRatePerMille,
  nationalDeathRatePerMille,
  nationalGainPer1000PerYear,
  netMigrationDefault,
  nurseAttritionDefault,
  admissionRateDefault,
  averageStayDefault,
  targetOccupancyDefault,
  childcareDemandShareDefault,
  infantMortalityDefault,
  under5MortalityDefault,
} from '../data/nationalDefaults.ts';
import { projectCounty, type CountyAssumptions, type ResourceAssumptions } from '../engine/projectCounty.ts';

export type PresetId = 'plan' | 'trend';
export const presetIds: readonly PresetId[] = ['plan', 'trend'];

/** Yearly attrition of each resource: staff leave; beds and places are assumed not to close. */
const attritionOf: Record<Resource, number> = {
  beds: 0,
  childcare_slots: 0,
  doctors: doctorAttritionDefault.value,
  gps: doctorAttritionDefault.value,
  tcm_doctors: doctorAttritionDefault.value,
  pharmacists: nurseAttritionDefault.value,
  public_health_staff: doctorAttritionDefault.value,
  nurses: nurseAttritionDefault.value,
};

/** National rates by calendar year from the baseline year on, the last known year carried forward. */
function nationalSeries(series: Readonly<Record<number, number>>, fallback: number, from: number, to: number): number[] {
  const known = Object.keys(series).map(Number);
  const last = Math.max(...known);
  return Array.from({ length: to - from + 1 }, (_, i) => series[Math.min(from + i, last)] ?? fallback);
}

/** The plan's own utilisation where it states it (admissions = discharges ÷ residents; its average
 * stay), else national figures; occupancy is the planning norm, not the observed rate. */
export function bedNeedParameters(county: County): CountyAssumptions['bedNeed'] {
  const y0 = county.plan.baselineYear;
  const discharges = county.figures.find((f) => f.metric === 'discharges' && f.year === y0 && !f.scope);
  const stay = county.figures.find((f) => f.metric === 'average_stay_days' && f.year === y0 && !f.scope);
  return {
    admissionRate: discharges ? discharges.value / county.population.value : admissionRateDefault.value,
    averageStayDays: stay?.value ?? averageStayDefault.value,
    occupancy: targetOccupancyDefault.value,
  };
}

/** Share of a birth cohort alive at ages 0, 1 and 2, from the county's own infant and under-5
 * mortality where its plan states them (baseline year), else national figures. Deaths between
 * ages 1 and 5 are spread evenly over those four years. */
export function underThreeSurvival(county: County): [number, number, number] {
  const rate = (ids: string[], fallback: number) => {
    for (const id of ids) {
      const v = county.indicators.find((i) => i.id === id)?.baseline?.value ?? county.figures.find((f) => f.metric === id && f.year === county.plan.baselineYear)?.value;
      if (v !== undefined && v !== null) return v / 1000;
    }
    return fallback / 1000;
  };
  const infant = rate(['infant_mortality_per_1000'], infantMortalityDefault.value);
  const under5 = Math.max(infant, rate(['under5_mortality_per_1000'], under5MortalityDefault.value));
  const perYearAfterInfancy = (under5 - infant) / 4;
  return [1 - infant / 2, 1 - infant - perYearAfterInfancy / 2, 1 - infant - perYearAfterInfancy * 1.5];
}

/** Demography and replacement-level staffing: stocks held where they are, dated projects open on time. */
export function baseAssumptions(county: County, horizonYear: number): CountyAssumptions {
  const y0 = county.plan.baselineYear;
  const p0 = county.population.value;
  const birthsIn = (year: number) => ((nationalBirthRatePerMille[year] ?? birthRateDefault.value) * p0) / 1000;
  const resources: Partial<Record<Resource, ResourceAssumptions>> = {};
  for (const r of Object.keys(attritionOf) as Resource[]) {
    // replacement hiring: as many join each year as leave in the first year
    const start = startingStock(county, r)?.value ?? 0;
    resources[r] = { attrition: attritionOf[r], additionsPerYear: attritionOf[r] * start };
  }
  return {
    horizonYear,
    birthRatePerMille: nationalSeries(nationalBirthRatePerMille, birthRateDefault.value, y0, horizonYear),
    deathRatePerMille: nationalSeries(nationalDeathRatePerMille, deathRateDefault.value, y0, horizonYear),
    netMigrationPerMille: [netMigrationDefault.value],
    survival: underThreeSurvival(county),
    birthsBefore: [birthsIn(y0 - 2), birthsIn(y0 - 1)],
    resources,
    bedNeed: bedNeedParameters(county),
    childcareDemandShare: childcareDemandShareDefault.value,
    // undated projects are kept (they open only if a scenario gives them a year)
    projects: county.projects.map((p) => ({ id: p.id, resource: p.resource, amount: p.amount, openingYear: p.openingYear })),
  };
}

export function presetAssumptions(county: County, preset: PresetId, horizonYear = county.plan.targetYear): CountyAssumptions {
  const base = baseAssumptions(county, horizonYear);
  if (preset === 'trend') {
    const resources = { ...base.resources };
    for (const [r, gain] of Object.entries(nationalGainPer1000PerYear)) {
      resources[r as Resource] = { ...resources[r as Resource]!, gainPer1000PerYear: gain.value };
    }
    return { ...base, resources };
  }
  // plan: the largest constant addition any of a resource's targets needs (never below zero:
  // a plan does not cut capacity to land on a target it already exceeds)
  const probe = projectCounty(county, base);
  const resources = { ...base.resources };
  for (const ind of probe.indicators) {
    if (ind.additionNeededPerYear === null) continue;
    const spec = simulatedIndicators[ind.id];
    if (spec?.kind !== 'per_capita') continue;
    const current = resources[spec.resource]!;
    resources[spec.resource] = { ...current, additionsPerYear: Math.max(current.additionsPerYear, ind.additionNeededPerYear, 0) };
  }
  return { ...base, resources };
}
