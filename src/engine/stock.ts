// A stock of staff, beds or places: S[t+1] = S[t]·(1 − a) + added[t+1], never below zero.
// The same recurrence serves every resource; beds and places use a = closure share per year.

export interface StockInputs {
  initial: number;
  steps: number;
  /** share leaving per year (0.04 = 4 %), index t = the step into year t (1..steps); last value repeats */
  attrition: readonly number[];
  /** additions arriving in year t (index 1..steps; index 0 unused); missing entries are 0 */
  additions: readonly number[];
}

export function projectStock(inputs: StockInputs): Float64Array {
  const stock = new Float64Array(inputs.steps + 1);
  stock[0] = inputs.initial;
  for (let t = 1; t <= inputs.steps; t++) {
    const a = inputs.attrition.length ? inputs.attrition[Math.min(t, inputs.attrition.length - 1)]! : 0;
    stock[t] = Math.max(0, stock[t - 1]! * (1 - a) + (inputs.additions[t] ?? 0));
  }
  return stock;
}

/** The constant yearly addition H that brings S0 to exactly `required` after n years with attrition a:
 * S_n = S0(1−a)^n + H·(1 − (1−a)^n)/a, so H = (S_req − S0(1−a)^n)·a / (1 − (1−a)^n); H = (S_req − S0)/n when a = 0.
 * Negative when the target is already met with room to spare. */
export function constantAdditionToReach(initial: number, required: number, attrition: number, years: number): number {
  if (years <= 0) return Number.NaN;
  if (attrition <= 0) return (required - initial) / years;
  if (attrition >= 1) return required;
  // (1−a)^n and 1 − (1−a)^n via log1p/expm1: exact even for tiny attrition, where 1 − (1−a)^n would cancel
  const logKeep = years * Math.log1p(-attrition);
  const keep = Math.exp(logKeep);
  const lost = -Math.expm1(logKeep);
  return (required - initial * keep) * (attrition / lost);
}
