// A stock of staff, beds or places: S[t+1] = S[t]·(1 − a) + added[t+1], never below zero.
// The same recurrence serves every resource; beds and places use a = closure share per year.

export interface StockInputs {
  initial: number;
  steps: number;
  /** share leaving per year (0.04 = 4 %), index t = the step into year t (1..steps); last value repeats */
  attrition: readonly number[];
  /** additions arriving in year t (index 1..steps; index 0 unused); missing entries are 0 */
  additions: readonly number[];
  /** counts observed at a step (undefined: none): the path takes them as facts and continues from them */
  observed?: readonly (number | undefined)[];
}

export function projectStock(inputs: StockInputs): Float64Array {
  const stock = new Float64Array(inputs.steps + 1);
  stock[0] = inputs.initial;
  for (let t = 1; t <= inputs.steps; t++) {
    const a = inputs.attrition.length ? inputs.attrition[Math.min(t, inputs.attrition.length - 1)]! : 0;
    stock[t] = inputs.observed?.[t] ?? Math.max(0, stock[t - 1]! * (1 - a) + (inputs.additions[t] ?? 0));
  }
  return stock;
}

/** How much a constant yearly addition H adds by year n under attrition a: H·(1 − (1−a)^n)/a.
 * Computed with log1p/expm1 so that tiny attrition does not cancel to nothing. */
export function annuityFactor(attrition: number, years: number): number {
  if (attrition <= 0) return years;
  if (attrition >= 1) return 1;
  return -Math.expm1(years * Math.log1p(-attrition)) / attrition;
}

/** The constant yearly addition that lifts a path ending at `endWithoutAdditions` to exactly
 * `required` after `years` years with attrition a (negative when there is room to spare). */
export function constantAdditionFor(required: number, endWithoutAdditions: number, attrition: number, years: number): number {
  if (years <= 0) return Number.NaN;
  return (required - endWithoutAdditions) / annuityFactor(attrition, years);
}

/** The constant yearly addition H that brings S0 to exactly `required` after n years with attrition a:
 * S_n = S0(1−a)^n + H·(1 − (1−a)^n)/a, so H = (S_req − S0(1−a)^n)·a / (1 − (1−a)^n); H = (S_req − S0)/n when a = 0. */
export function constantAdditionToReach(initial: number, required: number, attrition: number, years: number): number {
  if (years <= 0) return Number.NaN;
  if (attrition >= 1) return required;
  const keep = attrition <= 0 ? 1 : Math.exp(years * Math.log1p(-attrition));
  return constantAdditionFor(required, initial * keep, attrition, years);
}
