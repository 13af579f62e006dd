// The one schema for a county seed file (seeds/<id>.json). Every figure carries its provenance:
// planners distrust any number they cannot trace to their plan, so a figure without a source
// cannot be written down at all.
import { z } from 'zod';
import { unsafeKeys } from './safeJson.ts';
import { refuseRepeats } from './unique.ts';

const snakeId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be a snake_case id').refine((id) => !unsafeKeys.has(id), 'is a reserved word, not an id');
const year = z.number().int().min(1990).max(2100);

export const bilingual = z.strictObject({
  zh: z.string().min(1),
  en: z.string().min(1),
});
export type Bilingual = z.infer<typeof bilingual>;

/** A verbatim phrase from a plan. The quote must occur in the plan text (tests check this). */
export const planQuote = z.strictObject({
  /** the plan text's file name (seeds/plans/…); quotes are checked against it for the bundled plans */
  seed: z.string().regex(/^[^/\\]{1,120}$/u, 'must be the file name of the plan text, like 000_0f9c6ff80f671da6.txt'),
  quote: z.string().min(2),
});

/** Where a figure comes from: the plan says it, we computed it, or it is a default the user can change. */
export const provenance = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('stated'),
    seed: planQuote.shape.seed,
    quote: planQuote.shape.quote,
  }),
  z.strictObject({
    kind: z.literal('derived'),
    /** e.g. "population = doctors ÷ doctors_per_1000 × 1000" */
    formula: z.string().min(3),
    /** the plan quotes the inputs come from */
    quotes: z.array(planQuote).min(1).superRefine(refuseRepeats((q) => `${q.seed}|${q.quote}`, undefined, 'quote')),
  }),
  z.strictObject({
    kind: z.literal('assumption'),
    /** why this value is reasonable, in both languages */
    note: bilingual,
    /** the outside source: a census page, a national statistical communiqué, a standard */
    source: z.strictObject({
      /** the source's own title (a Chinese publication keeps its Chinese title) */
      title: z.string().min(2),
      /** the title for English readers, where it is not English already */
      titleEn: z.string().min(2).optional(),
      where: z.string().min(2),
      quote: z.string().optional(),
    }),
    status: z.enum(['sourced', 'sourced_unverified', 'reasoned']),
  }),
]);

export type Provenance = z.infer<typeof provenance>;

/** Comparators: how the plan's wording bounds the target. */
export const comparator = z.enum([
  '>=', // 达到, 以上, ≥, 不低于
  '>', // 高于, >
  '<=', // 控制在…以下, ≤, 不超过
  '<', // 低于, <
  '~', // 左右 (about), with a tolerance
  'keep>=', // 保持在…以上
  '=', // exactly (e.g. 100%)
  'increase', // 逐步提高, 持续提升 (direction only)
  'decrease', // 持续下降 (direction only)
  'text', // qualitative target, no number
]);
export type Comparator = z.infer<typeof comparator>;

export const baselineValue = z.strictObject({
  year,
  /** null when the plan gives no number (e.g. "—" or a word) */
  value: z.number().nullable(),
  /** the cell as printed, verbatim */
  text: z.string().min(1),
});

/** A target printed as a change each year (每年降低1个百分点, 年均增长): no level to compare with. */
const yearlyChange = /每年|年均|逐年/u;

export const targetValue = z
  .strictObject({
    year,
    value: z.number().nullable(),
    comparator,
    /** for "~": the half-width accepted around value, in the indicator's unit */
    tolerance: z.number().nonnegative().optional(),
    /** the cell as printed, verbatim (e.g. "保持在 90以上", "1:1.2", "≥4.5") */
    text: z.string().min(1),
  })
  // "fall by a point a year" stored as the level "≤ 1" would be judged against the wrong number
  .refine((t) => !yearlyChange.test(t.text) || ['increase', 'decrease', 'text'].includes(t.comparator), {
    message: 'a target printed as a change each year is a direction: use comparator increase, decrease or text',
    path: ['comparator'],
  });

/** A later restatement of the same figure elsewhere in the plan (prose, 专栏, another table). */
export const restatement = z.strictObject({
  /** which side of the indicator this restates */
  of: z.enum(['baseline', 'target']),
  year,
  /** the value stated; for a restatement as a change (`change`), the baseline plus that change */
  value: z.number(),
  /** a bound (控制在…以下): a restated baseline bound that the table's value meets is no contradiction */
  comparator: comparator.optional(),
  /** the plan states the target as a change from the baseline, in the row's unit
   * (提高5个百分点 = +5): then value = baseline + change */
  change: z.number().optional(),
  source: planQuote,
});

/** One row of a plan's indicator table, kept whether or not the engine simulates it. */
export const indicator = z.strictObject({
  id: snakeId,
  /** Chinese label verbatim from the table; English translation */
  label: bilingual,
  unit: bilingual,
  /** 1000 for 每千人口, 10000 for 每万人口, 100000 for 每10万; null for a count, %, years, ratio */
  perCapitaBase: z.union([z.literal(1000), z.literal(10000), z.literal(100000)]).nullable(),
  /** for ratio rows like 医护比 "1:1.2": the value is the second term; what it is a ratio of */
  ratioOf: z.strictObject({ numerator: snakeId, denominator: snakeId }).optional(),
  /** for absolute-count rows: the per-capita indicator this count is the numerator of */
  numeratorOf: snakeId.optional(),
  /** ids whose values add up to this one (sub-rows of a table) */
  sumOf: z.array(snakeId).min(2).optional(),
  /** rows or figures counted inside this one, not necessarily all of it (the hospital and primary-care
   * rows of a bed total that also counts public-health beds): together they cannot exceed it */
  includes: z.array(snakeId).min(1).optional(),
  baseline: baselineValue.nullable(),
  target: targetValue.nullable(),
  /** 约束性 = binding; 预期性 = expected */
  binding: z.boolean(),
  /** the table's group heading (zh verbatim, e.g. 床位资源), if any */
  group: bilingual.optional(),
  source: planQuote,
  restatements: z.array(restatement).default([]),
});
export type Indicator = z.infer<typeof indicator>;

/** An absolute figure the plan states in prose or in a secondary table. */
export const figure = z.strictObject({
  id: snakeId,
  /** what exactly is counted: population, beds, doctors, nurses, gps, tcm_doctors, pharmacists,
   * public_health_staff, health_staff, childcare_slots, discharges, average_stay_days,
   * bed_occupancy_pct, outpatient_visits, institutions, …; a sub-category has its own metric
   * (beds_hospitals, beds_private_hospitals): two figures with the same metric, year and scope
   * claim to be the same number */
  metric: snakeId,
  label: bilingual,
  unit: bilingual,
  year,
  value: z.number(),
  /** which institution or area it covers, if narrower than the whole county (verbatim Chinese) */
  scope: z.string().optional(),
  /** the per-capita indicator (or per-capita figure) this count is the whole numerator of; a named
   * institution can be one when it is the county's only one of its kind (its one public TCM hospital) */
  numeratorOf: snakeId.optional(),
  sumOf: z.array(snakeId).min(2).optional(),
  /** figures counted inside this one, not necessarily all of it (医师 and 护士 among 卫生技术人员) */
  includes: z.array(snakeId).min(1).optional(),
  /** a per-capita figure (千人口公共卫生人员 0.56, a staffing norm 每万人口1名): residents per unit */
  perCapitaBase: z.union([z.literal(1000), z.literal(10000), z.literal(100000)]).optional(),
  /** the upper end when the plan gives a range (0.19~0.22, 1-1.5名); value is the lower end */
  upTo: z.number().optional(),
  /** the plan gives a bound, not a value ("29万余人" = more than 290,000 → ">=") */
  comparator: z.enum(['>=', '<=']).optional(),
  /** a total that includes the counts these per-capita indicators measure (卫生专业技术人员 ⊇ 医师 + 护士):
   * it caps the population those ratios can apply to */
  includesCountsOf: z.array(snakeId).min(1).optional(),
  /** the people counted are residents (e.g. 家庭医生签约人数), so the population is at least this */
  countsResidents: z.boolean().optional(),
  /** the same quantity as a row of the indicator table (e.g. the hospitals' planned beds added up
   * from a per-institution table, against the 医院(张) row): the two must agree */
  restates: z.strictObject({ indicator: snakeId, side: z.enum(['baseline', 'target']) }).optional(),
  /** for a ratio stated in prose (医护比达到1：1.4): value = second term; the indicators it is a ratio of */
  ratioOf: z.strictObject({ numerator: snakeId, denominator: snakeId }).optional(),
  provenance,
});
export type Figure = z.infer<typeof figure>;

/** A capacity project with a size and (where stated) a date: a new wing, a new hospital. */
export const project = z.strictObject({
  id: snakeId,
  name: bilingual,
  /** what it adds */
  resource: z.enum(['beds', 'childcare_slots']),
  amount: z.number().int(),
  /** first year the capacity counts; null when the plan gives no date */
  openingYear: year.nullable(),
  /** the plan's own words about timing, verbatim, if any */
  timingText: z.string().optional(),
  provenance,
});
export type Project = z.infer<typeof project>;

export const county = z.strictObject({
  id: snakeId,
  name: bilingual,
  province: bilingual,
  plan: z.strictObject({
    title: bilingual,
    seed: planQuote.shape.seed,
    /** the issuing document number, e.g. 山政办字〔2023〕20号 */
    document: z.string().optional(),
    baselineYear: year,
    targetYear: year,
  }),
  /** resident population (常住人口) in the baseline year */
  population: z.strictObject({
    year,
    value: z.number().positive(),
    provenance,
  }),
  indicators: z.array(indicator).min(1).superRefine(refuseRepeats((x) => x.id, 'id')),
  figures: z.array(figure).superRefine(refuseRepeats((x) => x.id, 'id')).default([]),
  projects: z.array(project).superRefine(refuseRepeats((x) => x.id, 'id')).default([]),
});
export type County = z.infer<typeof county>;
export type CountyInput = z.input<typeof county>;
