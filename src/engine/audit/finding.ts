// What the plan audit reports: one contradiction in a county's plan, as data. The facts hold every
// number, year, label and printed text the contradiction is made of; the i18n layer
// (src/i18n/findings.ts) writes the sentence, so the engine holds no UI language.
import type { Comparator, Indicator } from '../../data/seedSchema.ts';
import type { Interval } from '../../data/precision.ts';

export interface Quote {
  seed: string;
  quote: string;
}

/** A name from the seed data in both languages: data, carried as the plan's transcriber wrote it. */
export type Label = Indicator['label'];
/** Which cell of an indicator row: the base year's or the target year's. */
export type Side = 'baseline' | 'target';

/** A total (a prose figure or a table row) that is not the sum of its parts. */
export interface SumMismatchFacts {
  kind: 'sum_mismatch';
  label: Label;
  /** the table row's cell; null when the total is a prose figure */
  side: Side | null;
  year: number;
  total: number;
  parts: number[];
  partsSum: number;
}

/** Parts counted inside a total (not necessarily all of it) that add up to more than the total. */
export interface PartsExceedTotalFacts {
  kind: 'parts_exceed_total';
  label: Label;
  /** the table row's cell; null when the total is a prose figure */
  side: Side | null;
  year: number;
  total: number;
  /** each part in the total's unit (a per-10,000 norm inside a per-1000 row is divided by 10) */
  parts: { label: Label; value: number }[];
  partsSum: number;
}

/** A stated ratio that the two rows it is the ratio of cannot give. */
export interface RatioTargetConflictFacts {
  kind: 'ratio_target_conflict';
  label: Label;
  side: Side;
  year: number;
  /** the ratio as printed ("1：0.88") */
  text: string;
  value: number;
  /** how the stated ratio bounds the true one */
  bound: 'lower' | 'upper' | 'about';
  numerator: { label: Label; text: string };
  denominator: { label: Label; text: string };
  /** numerator ÷ denominator as printed, and its range allowing for their rounding */
  impliedPoint: number;
  implied: Interval;
}

/** A table cell restated elsewhere in the plan with another value (for the same year). */
export interface RestatedCellValueFacts {
  kind: 'restated_differently';
  variant: 'cell_value';
  label: Label;
  side: Side;
  tableText: string;
  tableYear: number;
  value: number;
  /** how the restatement bounds its value (不低于33%), if it does */
  comparator: Comparator | null;
  year: number;
}

/** A table cell restated elsewhere with a comparator that bounds the other way. */
export interface RestatedCellComparatorFacts {
  kind: 'restated_differently';
  variant: 'cell_comparator';
  label: Label;
  side: Side;
  tableText: string;
  comparator: Comparator;
  value: number;
  /** the restating phrase, verbatim */
  quote: string;
}

/** A target the prose states as a change from the baseline (提高5个百分点) that the table's value is not. */
export interface RestatedCellChangeFacts {
  kind: 'restated_differently';
  variant: 'cell_change';
  label: Label;
  side: Side;
  tableText: string;
  tableYear: number;
  /** the baseline cell as printed, which the change is counted from */
  baselineText: string;
  change: number;
  /** the baseline plus the change */
  value: number;
  year: number;
}

/** Two figures of the same measure, year and scope with different values. */
export interface RestatedFiguresFacts {
  kind: 'restated_differently';
  variant: 'figures';
  label: Label;
  year: number;
  values: [number, number];
}

/** A figure that restates a table row (often as a sum over a per-institution table) and differs. */
export interface RestatedFigureVsRowFacts {
  kind: 'restated_differently';
  variant: 'figure_vs_row';
  indicator: Label;
  figure: Label;
  year: number;
  tableValue: number;
  figureValue: number;
  /** the values the figure is the sum of, when it is one; else empty */
  parts: number[];
}

/** A whole-county count in the prose that the table's breakdown rows do not add up to. */
export interface RestatedCountVsRowsFacts {
  kind: 'restated_differently';
  variant: 'count_vs_rows';
  label: Label;
  year: number;
  value: number;
  rows: Label[];
  parts: number[];
  total: number;
}

export type RestatedFacts =
  | RestatedCellValueFacts
  | RestatedCellComparatorFacts
  | RestatedCellChangeFacts
  | RestatedFiguresFacts
  | RestatedFigureVsRowFacts
  | RestatedCountVsRowsFacts;

/** A table cell whose wording and printed sign bound in opposite directions. */
export interface ComparatorWordingFacts {
  kind: 'comparator_wording';
  label: Label;
  side: Side;
  text: string;
}

/** A target that moves against its own words, or keeps a level its baseline has not reached. */
export interface TargetDirectionFacts {
  kind: 'target_direction';
  /** "降低到14%以下" above the baseline; "提高到…" below it; "保持在90以上" of a baseline under 90 */
  variant: 'fall_above_baseline' | 'rise_below_baseline' | 'keep_not_reached';
  label: Label;
  /** the statement as printed: the table's cell or the prose phrase */
  text: string;
  value: number;
  year: number;
  baselineText: string;
  baselineYear: number;
}

/** A row's values outside the national range for it (src/data/plausibleRanges.ts). */
export interface ImplausibleNationalRangeFacts {
  kind: 'implausible_value';
  variant: 'national_range';
  label: Label;
  /** the cells outside the range */
  cells: { side: Side; year: number; text: string; value: number }[];
  /** the range and the national figure, in the row's unit */
  range: Interval;
  national: { value: number; year: number };
  /** × 10 or × 0.1 that would bring every such cell inside the range (a unit slip), if one does */
  rescaledBy: 10 | 0.1 | null;
}

/** A non-zero rate per births below one death among all the births the county can have. */
export interface ImplausibleOneEventFacts {
  kind: 'implausible_value';
  variant: 'below_one_event';
  label: Label;
  side: Side;
  year: number;
  text: string;
  value: number;
  /** births the rate is per (100,000 for maternal mortality) */
  perBirths: number;
  population: number;
  /** the most births the county can have over `years` at `birthRatePerMille` */
  births: number;
  years: number;
  birthRatePerMille: number;
  /** the rate one death among those births would give */
  oneEvent: number;
}

export type ImplausibleFacts = ImplausibleNationalRangeFacts | ImplausibleOneEventFacts;

/** What an implied population is read from. */
export type ImpliedBasis =
  /** a figure taken as it stands: a stated population, or a count of residents */
  | { from: 'figure'; label: Label }
  /** the county's own population entry: the plan's statement, or an outside source (the census) */
  | { from: 'county_population'; provenance: 'stated' | 'assumption' }
  /** the population of another year (`year`), allowed to have changed by up to `changePerYear` a
   * year either way since: a figure's label, or null for the county's own entry */
  | { from: 'carried_population'; year: number; label: Label | null; provenance: 'stated' | 'derived' | 'assumption'; changePerYear: number }
  /** a count (one figure, or the table's breakdown rows together) over its per-capita row */
  | { from: 'count_per_capita'; counted: Label[]; count: number; perCapita: Label; perCapitaText: string }
  /** a staff total over the per-capita rows of the staff it includes */
  | { from: 'staff_per_capita'; label: Label; count: number; perCapita: { label: Label; text: string }[] };

export interface ImpliedPopulation {
  basis: ImpliedBasis;
  point: number;
  interval: Interval;
  /** a one-sided statement: the population is at least `point` / at most `interval.hi`; null for both sides */
  bound: 'lower' | 'upper' | null;
}

/** A year's implied populations that cannot all hold, even allowing for rounding. */
export interface ImpliedPopulationFacts {
  kind: 'implied_population';
  year: number;
  /** how far apart they are at the least: the largest low end minus the smallest high end */
  gap: number;
  /** in ascending order of `point` */
  implied: ImpliedPopulation[];
}

export type FindingFacts =
  | SumMismatchFacts
  | PartsExceedTotalFacts
  | RatioTargetConflictFacts
  | RestatedFacts
  | ComparatorWordingFacts
  | TargetDirectionFacts
  | ImplausibleFacts
  | ImpliedPopulationFacts;

export type FindingKind = FindingFacts['kind'];

export interface Finding {
  county: string;
  kind: FindingKind;
  /** ids of the indicators and figures involved, so the UI can point at them */
  refs: string[];
  quotes: Quote[];
  facts: FindingFacts;
}

/** A finding whose kind is its facts' kind, by construction. */
export function finding(county: string, facts: FindingFacts, quotes: Quote[], refs: string[]): Finding {
  return { county, kind: facts.kind, refs, quotes, facts };
}
