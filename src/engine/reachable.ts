// Targets that are ambitious but honest: for each indicator, the value at the horizon that the
// county reaches in half of the Monte Carlo draws and in four out of five — the number a planner
// drafting the next plan can write in and defend. For a floor ("at least") the 80 % value is the
// 20th percentile of the draws (four in five end at or above it), for a cap ("at most") the 80th;
// each is rounded at the indicator's reported precision on the cautious side, so the printed
// number itself is reached at least that often.
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { County } from '../data/seedSchema.ts';
import type { CountyAssumptions } from './projectCounty.ts';
import { compileCounty } from './compiledCounty.ts';
import { blockOfDraws, drawOffsets } from './monteCarlo.ts';
import { allKnobs } from './knobs.ts';
import { quantilesInto } from './quantiles.ts';
import { reportedDecimals } from './verdict.ts';

export type TargetSide = 'floor' | 'cap';

export interface Reachable {
  indicator: string;
  year: number;
  side: TargetSide;
  digits: number;
  /** reached in at least half of the draws, and in at least four in five */
  atHalf: number;
  atFourInFive: number;
}

const capComparators = new Set(['<=', '<', 'decrease']);

/** The side a target bounds: caps (at most, lower is better) and floors (at least). */
export const sideOf = (comparator: string): TargetSide => (capComparators.has(comparator) ? 'cap' : 'floor');

/** One seeded stream of its own (the reachable values do not disturb the bands' stream). */
const streamSeed = (seed: number) => (seed ^ 0x5eed2030) | 0;

export function reachableAtHorizon(county: County, a: CountyAssumptions, draws: number, seed: number): Reachable[] {
  const compiled = compileCounty(county, a);
  const n = compiled.years.length;
  const ids = compiled.indicatorIds;
  const last = n - 1;
  // the draws in blocks through the kernel (its population surface, not a cohort run a draw), each
  // block's offsets drawn in the same order as one draw at a time would draw them
  const full = ids.map(() => new Float64Array(n * draws));
  const judged = new Float64Array(ids.length);
  const met = new Float64Array(ids.length);
  const block = Math.min(draws, blockOfDraws);
  const offsets = new Float64Array(allKnobs.length * block);
  const rng = xoroshiro128plus(streamSeed(seed));
  for (let from = 0; from < draws; from += block) {
    const size = Math.min(block, draws - from);
    drawOffsets(rng, size, offsets);
    compiled.runDraws(offsets, size, full, judged, met, from, draws);
  }
  const columns = full.map((c) => c.subarray(last * draws, n * draws));
  const out: Reachable[] = [];
  ids.forEach((id, i) => {
    const row = county.indicators.find((x) => x.id === id);
    if (!row?.target) return;
    const side = sideOf(row.target.comparator);
    const digits = reportedDecimals(row.target);
    const scale = 10 ** digits;
    let k = 0;
    const all = columns[i]!;
    for (let j = 0; j < all.length; j++) if (Number.isFinite(all[j]!)) all[k++] = all[j]!;
    if (k === 0) return;
    const column = all.subarray(0, k);
    const cautious = (v: number) => (side === 'floor' ? Math.floor(v * scale + 1e-9) : Math.ceil(v * scale - 1e-9)) / scale;
    const [half, fourInFive] = [new Float64Array(1), new Float64Array(1)];
    quantilesInto(column, [0.5, side === 'floor' ? 0.2 : 0.8], [half, fourInFive], 0);
    out.push({ indicator: id, year: compiled.years[last]!, side, digits, atHalf: cautious(half[0]!), atFourInFive: cautious(fourInFive[0]!) });
  });
  return out;
}
