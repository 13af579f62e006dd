// Quantiles of a Monte Carlo column, exact and in linear time with small constants. Sorting or
// selecting 10,000 draws for each of ~50 columns × 3 quantiles was most of Monte Carlo's cost; a
// histogram finds which bin each wanted order statistic falls in (one counting pass, its bins over
// the range of the first draws, widened), and only the values of those few bins are gathered and
// sorted (a second pass). The bin of a value is a
// monotone function of it (subtracting and multiplying by a positive constant never reorder
// numbers), so the k-th smallest value is the k-th of its bin's values after the counts before it:
// the answer is the same number sorting gives, with no error to bound.

/** bins of the counting pass: enough that a bin holds a few values of a 10,000-draw column */
const bins = 1024;
/** draws whose range sets the bins */
const sampleSize = 512;
/** columns this short are simply sorted */
const sortBelow = 64;

/** The q-quantile of sorted values (linear interpolation between order statistics). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const lowValue = sorted[lo]!;
  // at an order statistic itself, that value (an infinite next one would make NaN of it); `+ 0`
  // writes −0 as 0, so every path gives the same number whichever zero the column held
  if (pos === lo) return lowValue + 0;
  return lowValue + (sorted[hi]! - lowValue) * (pos - lo);
}

/** Reusable buffers for `quantilesInto`, so a Monte Carlo run allocates them once. */
export interface QuantileScratch {
  /** two histograms side by side (see quantilesInto), the first holding the sum */
  counts: Uint32Array;
  /** for each bin, where its gathered values start in `gathered` (−1: not wanted) */
  slot: Int32Array;
  gathered: Float64Array;
  /** each value's bin, from the counting pass */
  binOf: Uint16Array;
}

export function quantileScratch(maxLength: number): QuantileScratch {
  return { counts: new Uint32Array(2 * bins), slot: new Int32Array(bins).fill(-1), gathered: new Float64Array(maxLength), binOf: new Uint16Array(maxLength) };
}

/** Writes the `qs` quantiles of `column` (no NaN in it; not reordered) to out[at + j·stride] for
 * the j-th q: the same numbers as quantileSorted of the sorted column. */
export function quantilesInto(
  column: Float64Array,
  qs: readonly number[],
  out: Float64Array[],
  at: number,
  scratch: QuantileScratch = quantileScratch(column.length),
): void {
  const n = column.length;
  if (n === 0) {
    for (let j = 0; j < qs.length; j++) out[j]![at] = Number.NaN;
    return;
  }
  // the bins span the range of the first draws (a sample of the column, its draws being independent)
  // widened by half of it each way; values beyond fall in the end bins. Any monotone binning keeps
  // the answer exact, and this one spares a pass over the column for its least and greatest values.
  // (loops written out: a closure over min and max would box each number it stores)
  let min = column[0]!;
  let max = min;
  const sample = Math.min(n, sampleSize);
  for (let i = 1; i < sample; i++) {
    const x = column[i]!;
    if (x < min) min = x;
    else if (x > max) max = x;
  }
  // the first draws all alike: the whole column's range (a column of one number is its answer)
  if (max === min) {
    for (let i = sample; i < n; i++) {
      const x = column[i]!;
      if (x < min) min = x;
      else if (x > max) max = x;
    }
  }
  const span = max - min;
  if (span === 0) {
    for (let j = 0; j < qs.length; j++) out[j]![at] = min + 0;
    return;
  }
  if (n < sortBelow || !Number.isFinite(span)) {
    const sorted = Float64Array.from(column).sort();
    for (let j = 0; j < qs.length; j++) out[j]![at] = quantileSorted(sorted, qs[j]!);
    return;
  }
  const { counts, slot, gathered, binOf: binOfValue } = scratch;
  const low = min - span / 2;
  const perBin = bins / (2 * span);
  const last = bins - 1;
  // counted in two histograms, alternate values in each: neighbouring draws often share a bin, and
  // one histogram's increments of the same bin wait on each other
  counts.fill(0);
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const f0 = (column[i]! - low) * perBin;
    const b0 = f0 < 0 ? 0 : f0 >= last ? last : f0 | 0;
    const f1 = (column[i + 1]! - low) * perBin;
    const b1 = f1 < 0 ? 0 : f1 >= last ? last : f1 | 0;
    binOfValue[i] = b0;
    binOfValue[i + 1] = b1;
    counts[b0]! += 1;
    counts[bins + b1]! += 1;
  }
  for (; i < n; i++) {
    const f = (column[i]! - low) * perBin;
    const b = f < 0 ? 0 : f >= last ? last : f | 0;
    binOfValue[i] = b;
    counts[b]! += 1;
  }
  for (let b = 0; b < bins; b++) counts[b]! += counts[bins + b]!;
  // the order statistics wanted (two per quantile: interpolation needs the next one too), each as
  // its bin and its rank within the bin
  const ranks: number[] = [];
  for (const q of qs) {
    const pos = (n - 1) * q;
    const lo = Math.floor(pos);
    ranks.push(lo, Math.min(lo + 1, n - 1));
  }
  const binOf: number[] = [];
  const rankInBin: number[] = [];
  for (const r of ranks) {
    let before = 0;
    let b = 0;
    while (before + counts[b]! <= r) before += counts[b++]!;
    binOf.push(b);
    rankInBin.push(r - before);
  }
  // gather the wanted bins' values, each bin in its own stretch of `gathered`
  let filled = 0;
  const wanted: number[] = [];
  for (const b of binOf) {
    if (slot[b] !== -1) continue;
    slot[b] = filled;
    wanted.push(b);
    filled += counts[b]!;
  }
  const cursor = new Int32Array(wanted.length);
  for (let w = 0; w < wanted.length; w++) cursor[w] = slot[wanted[w]!]!;
  for (let i = 0; i < n; i++) {
    const b = binOfValue[i]!;
    if (slot[b] === -1) continue;
    const w = wanted.indexOf(b);
    gathered[cursor[w]!++] = column[i]!;
  }
  for (const b of wanted) gathered.subarray(slot[b]!, slot[b]! + counts[b]!).sort();
  const value = (k: number) => gathered[slot[binOf[k]!]! + rankInBin[k]!]!;
  for (let j = 0; j < qs.length; j++) {
    const pos = (n - 1) * qs[j]!;
    const low = value(2 * j);
    out[j]![at] = pos === Math.floor(pos) ? low + 0 : low + (value(2 * j + 1) - low) * (pos - Math.floor(pos));
  }
  for (const b of wanted) slot[b] = -1;
}
