// A scenario is what the user changed, as differences from the reference scenario it starts from.
// One schema for every way in (file, link, saved scenario, CLI); older versions are migrated and
// damaged input salvaged by readScenario.ts before this schema sees them.
// v1 → v2: adds each county's budget for the trade-offs panel (budget10kYuan).
import { z } from 'zod';

const resource = z.enum(['beds', 'doctors', 'nurses', 'gps', 'tcm_doctors', 'pharmacists', 'public_health_staff', 'childcare_slots']);

export const countyOverrides = z.strictObject({
  /** ‰, every year of the run */
  birthRatePerMille: z.number().min(0).max(50).optional(),
  deathRatePerMille: z.number().min(0).max(50).optional(),
  netMigrationPerMille: z.number().min(-200).max(200).optional(),
  resources: z
    .partialRecord(
      resource,
      z.strictObject({
        attrition: z.number().min(0).max(1).optional(),
        additionsPerYear: z.number().min(-1e6).max(1e6).optional(),
      }),
    )
    .optional(),
  /** targets for the horizon year (2030), by indicator id; absent ones carry the plan's forward */
  horizonTargets: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/u), z.number().finite()).optional(),
  /** the budget (万元, 2021–horizon) the trade-offs panel spends where it meets the most targets */
  budget10kYuan: z.number().min(0).max(1e7).optional(),
  /** projects the user adds (a new wing, a new nursery) */
  newProjects: z
    .array(
      z.strictObject({
        id: z.string().regex(/^user_[a-z0-9_]+$/u),
        name: z.string().min(1).max(80),
        resource: z.enum(['beds', 'childcare_slots']),
        amount: z.number().int().min(1).max(100_000),
        openingYear: z.number().int().min(2021).max(2100),
      }),
    )
    .max(50)
    .optional(),
  /** move a project (a year) or cancel it (null), by the project's id in the seed */
  projects: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/u), z.strictObject({ openingYear: z.number().int().min(2000).max(2100).nullable() })).optional(),
});
export type CountyOverrides = z.infer<typeof countyOverrides>;

export const scenarioVersion = 2;
export const countyIdPattern = /^[a-z][a-z0-9_]*$/u;

export const scenario = z.strictObject({
  version: z.literal(scenarioVersion),
  preset: z.enum(['plan', 'trend']).default('plan'),
  horizon: z.union([z.literal(2025), z.literal(2030)]).default(2025),
  seed: z.number().int().min(-(2 ** 31)).max(2 ** 31).default(1),
  draws: z.number().int().min(0).max(1_000_000).default(0),
  counties: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/u), countyOverrides).default({}),
  /** unit costs in 万元, replacing the sourced defaults */
  unitCosts: z
    .strictObject({
      bedCapital: z.number().min(0).max(10_000).optional(),
      childcarePlaceCapital: z.number().min(0).max(1_000).optional(),
      staffYearly: z.number().min(0).max(1_000).optional(),
    })
    .optional(),
});
export type Scenario = z.infer<typeof scenario>;
