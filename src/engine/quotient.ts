/** a ÷ b, or NaN (no number) when there is nothing to divide by: no doctors, no children (a
 * count so near zero that the quotient overflows is nothing to divide by, too). In a module of its
 * own: the page merges reports (report.ts) without the projection that makes them. */
export function quotient(a: number, b: number, scale = 1): number {
  const q = (a / b) * scale;
  return b > 0 && Number.isFinite(q) ? q : Number.NaN;
}
