// One division for every ratio the model reports, apart from the projection (projectCounty.ts
// re-exports it), so the page can read reports without loading the engine.

/** a ÷ b, or NaN (no number) when there is nothing to divide by: no doctors, no children (a
 * count so near zero that the quotient overflows is nothing to divide by, too) */
export function quotient(a: number, b: number, scale = 1): number {
  const q = (a / b) * scale;
  return b > 0 && Number.isFinite(q) ? q : Number.NaN;
}
