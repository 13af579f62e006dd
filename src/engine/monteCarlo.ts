// Uncertainty: many projections of one county, each knob of the parameter table drawn uniformly
// across its range around the value in force, summarised as p10/p50/p90 per indicator and year and
// the share of draws that meet each target. The ranges are symmetric, so the deterministic path is
// (very nearly) the median of its band. Seeded: the same seed (and county) gives the same numbers,
// whatever order counties are run in.
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { County } from '../data/seedSchema.ts';
import type { CountyAssumptions } from './projectCounty.ts';
import { compileCounty } from './compiledCounty.ts';
import { allKnobs } from './knobs.ts';

export interface Band {
  p10: Float64Array;
  p50: Float64Array;
  p90: Float64Array;
}

export interface MonteCarloResult {
  county: string;
  draws: number;
  years: number[];
  bands: Record<string, Band>;
  /** share of draws whose verdict is "met", per indicator with a numeric target */
  probabilityMet: Record<string, number>;
}

/** FNV-1a: a stable 32-bit hash of the county id, so each county has its own stream. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** The q-quantile of sorted values (linear interpolation between order statistics). */
export function quantileSorted(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Moves the k-th smallest value to a[k], smaller ones before it, larger after (quickselect). */
function selectInPlace(a: Float64Array, k: number): void {
  let left = 0;
  let right = a.length - 1;
  while (right > left) {
    const mid = (left + right) >> 1;
    // median of three as pivot
    const x = a[left]!, y = a[mid]!, z = a[right]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const tmp = a[i]!;
        a[i] = a[j]!;
        a[j] = tmp;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

/** The same quantile as quantileSorted, in linear time; reorders `values`. */
export function quantileInPlace(values: Float64Array, q: number): number {
  if (values.length === 0) return Number.NaN;
  const pos = (values.length - 1) * q;
  const lo = Math.floor(pos);
  selectInPlace(values, lo);
  const low = values[lo]!;
  if (pos === lo) return low;
  let next = Number.POSITIVE_INFINITY;
  for (let i = lo + 1; i < values.length; i++) if (values[i]! < next) next = values[i]!;
  return low + (next - low) * (pos - lo);
}

export function monteCarlo(county: County, base: CountyAssumptions, draws: number, seed: number): MonteCarloResult {
  const rng = xoroshiro128plus(seed ^ hash32(county.id));
  const compiled = compileCounty(county, base);
  const { years, indicatorIds: ids } = compiled;
  const nYears = years.length;
  // values[indicator][year * draws + draw]: one column per year, sorted in place at the end
  const values = ids.map(() => new Float64Array(nYears * draws));
  const one = new Float64Array(ids.length * nYears);
  const verdicts = new Int8Array(ids.length);
  const met = new Float64Array(ids.length);
  const counted = new Float64Array(ids.length);
  const offsets = new Float64Array(allKnobs.length);
  for (let d = 0; d < draws; d++) {
    // every knob is drawn on every draw, in a fixed order, so streams stay aligned across scenarios
    for (let k = 0; k < offsets.length; k++) offsets[k] = 2 * uniformFloat64(rng) - 1;
    compiled.run(offsets, one, verdicts);
    for (let i = 0; i < ids.length; i++) {
      const column = values[i]!;
      for (let t = 0; t < nYears; t++) column[t * draws + d] = one[i * nYears + t]!;
      if (verdicts[i]! >= 0) {
        counted[i]! += 1;
        met[i]! += verdicts[i]!;
      }
    }
  }
  const bands: Record<string, Band> = {};
  const probabilityMet: Record<string, number> = {};
  ids.forEach((id, i) => {
    const band: Band = { p10: new Float64Array(nYears), p50: new Float64Array(nYears), p90: new Float64Array(nYears) };
    for (let t = 0; t < nYears; t++) {
      // the draws that give a number (a ratio over zero gives none)
      const all = values[i]!.subarray(t * draws, (t + 1) * draws);
      let k = 0;
      for (let j = 0; j < all.length; j++) if (!Number.isNaN(all[j]!)) all[k++] = all[j]!;
      const column = all.subarray(0, k);
      band.p10[t] = quantileInPlace(column, 0.1);
      band.p50[t] = quantileInPlace(column, 0.5);
      band.p90[t] = quantileInPlace(column, 0.9);
    }
    bands[id] = band;
    if (counted[i]! > 0) probabilityMet[id] = met[i]! / counted[i]!;
  });
  return { county: county.id, draws, years, bands, probabilityMet };
}
