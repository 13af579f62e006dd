// Uncertainty: many projections of one county, each knob of the parameter table drawn uniformly
// across its range around the value in force, summarised as p10/p50/p90 per indicator and year and
// the share of draws that meet each target. The ranges are symmetric, so the deterministic path is
// (very nearly) the median of its band. Seeded: the same seed (and county) gives the same numbers,
// whatever order counties are run in.
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat32 } from 'pure-rand/distribution/uniformFloat32';
import type { County } from '../data/seedSchema.ts';
import type { CountyAssumptions, CountyProjection } from './projectCounty.ts';
import { compileCounty } from './compiledCounty.ts';
import { allKnobs } from './knobs.ts';
import { quantileScratch, quantilesInto, type QuantileScratch } from './quantiles.ts';

export { quantileSorted } from './quantiles.ts';

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

const bandQuantiles = [0.1, 0.5, 0.9];
/** draws the kernel runs at once: its working arrays stay in the cache (measured: 500 beat 10,000 by a fifth) */
export const blockOfDraws = 512;

type Generator = ReturnType<typeof xoroshiro128plus>;

/** A block's knob offsets, into[k * draws + d], drawn draw by draw in allKnobs' order: every knob
 * on every draw, so streams stay aligned across scenarios, and the same numbers whatever the
 * blocks. 24 bits an offset (one step of the generator; 53 took two, a tenth of the run). */
export function drawOffsets(rng: Generator, draws: number, into: Float64Array): void {
  const knobs = allKnobs.length;
  for (let d = 0; d < draws; d++) for (let k = 0; k < knobs; k++) into[k * draws + d] = 2 * uniformFloat32(rng) - 1;
}

/** Working memory of a run, to lend from one county's run to the next: a run of 10,000 draws writes
 * about 5 MB of values, and allocating them afresh for each county cost a tenth of the run in
 * garbage collection. Nothing in them outlives a run. */
export interface MonteCarloBuffers {
  values: Float64Array;
  offsets: Float64Array;
  quantiles: QuantileScratch | null;
}

export const monteCarloBuffers = (): MonteCarloBuffers => ({ values: new Float64Array(0), offsets: new Float64Array(0), quantiles: null });

/** `options.projection`: projectCounty(county, base), where the caller has it; `options.buffers`:
 * working memory lent by an earlier run */
export function monteCarlo(
  county: County,
  base: CountyAssumptions,
  draws: number,
  seed: number,
  { buffers = monteCarloBuffers(), projection }: { buffers?: MonteCarloBuffers; projection?: CountyProjection } = {},
): MonteCarloResult {
  const rng = xoroshiro128plus(seed ^ hash32(county.id));
  const compiled = compileCounty(county, base, projection);
  const { years, indicatorIds: ids } = compiled;
  const nYears = years.length;
  // a block's offsets are drawn as it comes (drawOffsets)
  const knobs = allKnobs.length;
  if (buffers.offsets.length < knobs * blockOfDraws) buffers.offsets = new Float64Array(knobs * blockOfDraws);
  const offsets = buffers.offsets;
  // values[indicator][year * draws + draw]: one column per year
  if (buffers.values.length < ids.length * nYears * draws) buffers.values = new Float64Array(ids.length * nYears * draws);
  const values = ids.map((_, i) => buffers.values.subarray(i * nYears * draws, (i + 1) * nYears * draws));
  const met = new Float64Array(ids.length);
  const counted = new Float64Array(ids.length);
  const missing = new Float64Array(ids.length);
  for (let from = 0; from < draws; from += blockOfDraws) {
    const block = Math.min(blockOfDraws, draws - from);
    drawOffsets(rng, block, offsets);
    compiled.runDraws(offsets, block, values, counted, met, from, draws, missing);
  }
  const bands: Record<string, Band> = {};
  const probabilityMet: Record<string, number> = {};
  if (!buffers.quantiles || buffers.quantiles.gathered.length < draws) buffers.quantiles = quantileScratch(draws);
  const scratch = buffers.quantiles;
  ids.forEach((id, i) => {
    const band: Band = { p10: new Float64Array(nYears), p50: new Float64Array(nYears), p90: new Float64Array(nYears) };
    const out = [band.p10, band.p50, band.p90];
    for (let t = 0; t < nYears; t++) {
      // the draws that give a number (a ratio over zero gives none)
      const all = values[i]!.subarray(t * draws, (t + 1) * draws);
      let k = all.length;
      if (missing[i]! > 0) {
        k = 0;
        for (let j = 0; j < all.length; j++) if (!Number.isNaN(all[j]!)) all[k++] = all[j]!;
      }
      // the baseline year is the same number in every draw (the kernel writes it once)
      if (t === 0 && k > 0) for (const o of out) o[0] = all[0]!;
      else quantilesInto(all.subarray(0, k), bandQuantiles, out, t, scratch);
    }
    bands[id] = band;
    if (counted[i]! > 0) probabilityMet[id] = met[i]! / counted[i]!;
  });
  return { county: county.id, draws, years, bands, probabilityMet };
}
