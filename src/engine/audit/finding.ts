// What the plan audit reports: one contradiction in a county's plan, with the quotes that show it
// and the ids of the rows and figures it involves.
export type FindingKind =
  | 'sum_mismatch'
  | 'ratio_target_conflict'
  | 'restated_differently'
  | 'comparator_wording'
  | 'implied_population';

export interface Quote {
  seed: string;
  quote: string;
}

export interface Finding {
  county: string;
  kind: FindingKind;
  message: { zh: string; en: string };
  quotes: Quote[];
  /** ids of the indicators and figures involved, so the UI can point at them */
  refs: string[];
}
