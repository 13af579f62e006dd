// A scenario is what the user changed, as differences from the reference scenario it starts from.
// One schema for every way in (file, link, saved scenario, CLI); older versions are migrated and
// damaged input salvaged by readScenario.ts before this schema sees them.
// The assumptions a scenario can set, with their bounds, come from the parameter table.
// v1 → v2: adds each county's budget for the trade-offs panel (budget10kYuan).
// v2 → v3: adds the bed-need and childcare-demand parameters (admission rate, stay, occupancy,
// demand share, infant and under-5 mortality): new optional fields, so a v2 scenario is v3 as it is.
// v3 → v4: adds what was observed after the baseline (observed.<series>.<year>): optional, so a v3
// scenario is v4 as it is.
// v4 → v5: total fertility and life expectancy replace the crude birth and death rates (converted
// on reading, said in the banner).
import { z } from 'zod';
import { resources } from '../data/catalogue.ts';
import { presetIds } from '../engine/assumptions.ts';
import { costParameters, countyParameters, resourceParameters, type Parameter, type Parameters } from '../data/parameters.ts';
import { refuseRepeats } from '../data/unique.ts';
import { scenarioVersion, snakeId } from './scenarioConstants.ts';

export { countyIdPattern, scenarioVersion, snakeId } from './scenarioConstants.ts';

/** the ids of the table's controls of one scope */
type ControlIds<Scope> = { [K in keyof Parameters]: Parameters[K] extends { scope: Scope; control: true } ? K : never }[keyof Parameters];
type OptionalNumbers<Ids extends string> = { [K in Ids]: z.ZodOptional<z.ZodNumber> };

const bounded = (p: Parameter) => z.number().min(p.bounds.min).max(p.bounds.max).optional();
function fieldsOf<Ids extends string>(rows: readonly Parameter[]): OptionalNumbers<Ids> {
  return Object.fromEntries(rows.filter((p) => p.control).map((p) => [p.id, bounded(p)])) as OptionalNumbers<Ids>;
}

/** projects a user may add to one county (the panel refuses the next one, saying so) */
export const maxNewProjects = 50;
/** Monte Carlo draws a scenario may ask for: 10,000 give a probability to within a point, and
 * every draw more costs the recipient time (a million took a minute) but no accuracy */
export const maxDraws = 10_000;
/** fields where more than the most allowed is read as the most (said in the banner), not dropped */
export const cappedFields: ReadonlySet<string> = new Set(['draws']);

/** the years a value can be observed in: after the plans' 2020 baselines, up to the 2030 horizon */
export const observedYears = { first: 2021, last: 2030 } as const;
const observedYearKey = z.string().regex(/^20(2[1-9]|30)$/u, { message: `a year from ${observedYears.first} to ${observedYears.last}` });
const observedNumber = z.number().finite().min(0).max(1e9);
/** one observed value: the number, or the number with where it comes from (统计公报 2024) */
export const observedEntry = z.union([observedNumber, z.strictObject({ value: observedNumber, source: z.string().trim().min(1).max(120) })]);
export type ObservedEntry = z.infer<typeof observedEntry>;

export const countyOverrides = z.strictObject({
  /** each county parameter (rates in ‰ apply to every year of the run) */
  ...fieldsOf<ControlIds<'county'>>(countyParameters),
  resources: z.partialRecord(z.enum(resources), z.strictObject(fieldsOf<ControlIds<'resource'>>(resourceParameters))).optional(),
  /** targets for the horizon year (2030), by indicator id; absent ones carry the plan's forward */
  horizonTargets: z.record(z.string().regex(snakeId), z.number().finite()).optional(),
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
    // at most maxNewProjects, judged after the projects themselves (zod's .max would judge first),
    // so a reader drops the broken ones before it leaves out those beyond the limit; then one id each
    .superRefine((list, ctx) => {
      if (list.length <= maxNewProjects) return refuseRepeats((p: { id: string }) => p.id, 'id')(list, ctx);
      ctx.addIssue({ code: 'too_big', origin: 'array', maximum: maxNewProjects, inclusive: true, input: list, message: `Too big: expected array to have <=${maxNewProjects} items` });
    })
    .optional(),
  /** what happened after the baseline: series (population, a resource such as beds, or an
   * indicator such as beds_per_1000) → year → value */
  observed: z.record(z.string().regex(snakeId), z.record(observedYearKey, observedEntry)).optional(),
  /** move a project (a year) or cancel it (null), by the project's id in the seed */
  projects: z.record(z.string().regex(snakeId), z.strictObject({ openingYear: z.number().int().min(2000).max(2100).nullable() })).optional(),
});
export type CountyOverrides = z.infer<typeof countyOverrides>;

export const horizons = [2025, 2030] as const;

export const scenario = z.strictObject({
  version: z.literal(scenarioVersion),
  preset: z.enum(presetIds).default('plan'),
  horizon: z.union([z.literal(horizons[0]), z.literal(horizons[1])]).default(2025),
  seed: z.number().int().min(-(2 ** 31)).max(2 ** 31).default(1),
  draws: z.number().int().min(0).max(maxDraws).default(0),
  counties: z.record(z.string().regex(snakeId), countyOverrides).default({}),
  /** unit costs in 万元, replacing the sourced defaults */
  unitCosts: z.strictObject(fieldsOf<ControlIds<'scenario'>>(costParameters)).optional(),
});
export type Scenario = z.infer<typeof scenario>;
