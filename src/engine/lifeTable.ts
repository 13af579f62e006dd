// Mortality from a life expectancy: a relational model. Above age 5 every yearly death probability
// is a standard Gompertz–Makeham schedule scaled by one level k (men's by k × a fixed sex ratio);
// ages 0–4 follow the county's infant and under-5 mortality. The life table of those probabilities
// gives life expectancy at birth as a function of k; its inverse, tabulated once per county on a
// fine grid of k, is how a life expectancy becomes mortality (both the projection and Monte Carlo
// read the same table, so the two agree to the last digit).
import * as demography from '../data/demography.ts';
import { gompertzSlope, lifeExpectancySexGap, makehamHazard } from '../data/demography.ts';

// read once into local constants: the hot loops below must not go through a module binding per use
const ages = demography.ages;
const openAge = demography.openAge;

/** the oldest age the life table runs to (the open group's expectation is the table beyond 85) */
const tableEnd = 120;
/** standard level: about a woman's mortality at a life expectancy near 80 */
const standardLevel = 2e-5;

/** Standard yearly death probability at age x (x ≥ 5), and for the open group 85+ the inverse of its
 * remaining expectation, so that deaths in the open group are k × that share a year. */
export const standardDeath = (() => {
  const q = new Float64Array(tableEnd + 1);
  const growth = (Math.exp(gompertzSlope) - 1) / gompertzSlope;
  for (let x = 5; x <= tableEnd; x++) q[x] = 1 - Math.exp(-(makehamHazard + standardLevel * Math.exp(gompertzSlope * x) * growth));
  return q;
})();

/** yearly death probabilities at ages 0–4 from infant (1q0) and under-5 (5q0) mortality, ‰; deaths
 * between 1 and 5 spread evenly over the four years */
export function childDeath(infantPerMille: number, under5PerMille: number): Float64Array {
  const q0 = Math.min(1, Math.max(0, infantPerMille / 1000));
  const q5 = Math.min(1, Math.max(q0, under5PerMille / 1000));
  const q1to4 = q0 >= 1 ? 0 : 1 - (1 - q5) / (1 - q0);
  const perYear = 1 - Math.pow(1 - q1to4, 1 / 4);
  return Float64Array.of(q0, perYear, perYear, perYear, perYear);
}

/** Life expectancy at birth of one sex at mortality level k (`sexFactor` multiplies k for men). */
export function lifeExpectancyAt(k: number, child: Float64Array, sexFactor = 1): number {
  let l = 1;
  let total = 0;
  for (let x = 0; x < tableEnd; x++) {
    const q = x < 5 ? child[x]! : Math.min(1, k * sexFactor * standardDeath[x]!);
    const d = l * q;
    // infants who die do so early in the year; at other ages, midway
    total += l - d * (x === 0 ? 0.9 : 0.5);
    l -= d;
  }
  return total + l * 0.5;
}

/** Expectation of life at 85 at level k: the open group's deaths a year are 1 ÷ this of its members. */
function openExpectation(k: number, sexFactor: number): number {
  let l = 1;
  let total = 0;
  for (let x = openAge; x < tableEnd; x++) {
    const d = l * Math.min(1, k * sexFactor * standardDeath[x]!);
    total += l - d * 0.5;
    l -= d;
  }
  return Math.max(total + l * 0.5, 0.5);
}

/** men's mortality multiplier that puts women ahead by the census gap at a life expectancy near 78 */
export const maleMortalityFactor = (() => {
  const child = childDeath(5.4, 7.5);
  const levelFor = (e0: number, factor: number) => {
    let lo = Math.log(1e-3), hi = Math.log(1e3);
    for (let i = 0; i < 80; i++) {
      const mid = (lo + hi) / 2;
      const both = (lifeExpectancyAt(Math.exp(mid), child, factor) * 1.113 + lifeExpectancyAt(Math.exp(mid), child, 1)) / 2.113;
      if (both > e0) lo = mid; else hi = mid;
    }
    return Math.exp((lo + hi) / 2);
  };
  let lo = 1, hi = 4;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    const k = levelFor(77.93, mid);
    const gap = lifeExpectancyAt(k, child, 1) - lifeExpectancyAt(k, child, mid);
    if (gap < lifeExpectancySexGap) lo = mid; else hi = mid;
  }
  return (lo + hi) / 2;
})();

/** The inverse of life expectancy, tabulated: ln k on an even grid and both sexes' e0 at each. */
export interface MortalityTable {
  /** (shared between the projections of a county: read, never written) */
  child: Float64Array;
  /** share of births that are boys */
  boys: number;
  lnK: Float64Array;
  /** both sexes' life expectancy at each grid point, decreasing */
  e0: Float64Array;
}

/** grid points of ln k: read as cubics, 100 give the residents of a grid four times finer to 1e-8 */
const gridSize = 100;
const lnKMin = Math.log(0.01);
const lnKMax = Math.log(100);

export function mortalityTable(infantPerMille: number, under5PerMille: number, sexRatioAtBirth: number): MortalityTable {
  // a county's table depends on these three numbers alone, and every projection of it asks for it
  // again (it was a quarter of a projection's time): the last few are kept, never changed once made
  const key = `${infantPerMille}|${under5PerMille}|${sexRatioAtBirth}`;
  const known = recentTables.get(key);
  if (known) return known;
  const table = tabulate(infantPerMille, under5PerMille, sexRatioAtBirth);
  if (recentTables.size >= 32) recentTables.delete(recentTables.keys().next().value!);
  recentTables.set(key, table);
  return table;
}
const recentTables = new Map<string, MortalityTable>();

function tabulate(infantPerMille: number, under5PerMille: number, sexRatioAtBirth: number): MortalityTable {
  const child = childDeath(infantPerMille, under5PerMille);
  const boys = sexRatioAtBirth / (sexRatioAtBirth + 100);
  const lnK = new Float64Array(gridSize);
  const e0 = new Float64Array(gridSize);
  for (let i = 0; i < gridSize; i++) {
    lnK[i] = lnKMin + ((lnKMax - lnKMin) * i) / (gridSize - 1);
    const k = Math.exp(lnK[i]!);
    e0[i] = boys * lifeExpectancyAt(k, child, maleMortalityFactor) + (1 - boys) * lifeExpectancyAt(k, child, 1);
  }
  return { child, boys, lnK, e0 };
}

/** The mortality level k whose life table gives `lifeExpectancy`: ln k as the cubic through the
 * four grid points around it (a life expectancy beyond the grid takes its end). Cubic, not linear:
 * a straight line between grid points bends at each one, and residents as a function of life
 * expectancy would bend with it by about 1e-6 — more than a Monte Carlo draw's population surface
 * may differ from the cohorts (populationSurface.ts); the cubic's bends are a thousand times less. */
export function levelFor(table: MortalityTable, lifeExpectancy: number): number {
  const { e0, lnK } = table;
  if (!(lifeExpectancy < e0[0]!)) return Math.exp(lnK[0]!);
  if (!(lifeExpectancy > e0[gridSize - 1]!)) return Math.exp(lnK[gridSize - 1]!);
  let lo = 0, hi = gridSize - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (e0[mid]! > lifeExpectancy) lo = mid; else hi = mid;
  }
  const first = Math.min(gridSize - 4, Math.max(0, lo - 1));
  let lnk = 0;
  for (let i = first; i < first + 4; i++) {
    let w = 1;
    for (let j = first; j < first + 4; j++) if (j !== i) w *= (lifeExpectancy - e0[j]!) / (e0[i]! - e0[j]!);
    lnk += w * lnK[i]!;
  }
  return Math.exp(lnk);
}

/** The open group's expectation of life at 85 tabulated on the grid of ln k (computed once), read
 * as the cubic through the four grid points around it (not a line, for the reason levelFor gives):
 * a run pays a lookup a year for it, not a life table. */
const openGrid = (() => {
  const g = new Float64Array(gridSize);
  for (let i = 0; i < gridSize; i++) g[i] = openExpectation(Math.exp(lnKMin + ((lnKMax - lnKMin) * i) / (gridSize - 1)), 1);
  return g;
})();
const gridStep = (lnKMax - lnKMin) / (gridSize - 1);
function openExpectationAt(kFactor: number): number {
  const pos = Math.min(gridSize - 1, Math.max(0, (Math.log(kFactor) - lnKMin) / gridStep));
  const i = Math.min(gridSize - 3, Math.max(1, Math.floor(pos)));
  // the cubic through i − 1 … i + 2 on the even grid, at u = pos − i
  const u = pos - i;
  const a = openGrid[i - 1]!, b = openGrid[i]!, c = openGrid[i + 1]!, d = openGrid[i + 2]!;
  return (-u * (u - 1) * (u - 2) * a) / 6 + ((u + 1) * (u - 1) * (u - 2) * b) / 2 - ((u + 1) * u * (u - 2) * c) / 2 + ((u + 1) * u * (u - 1) * d) / 6;
}

/** Yearly survival of each age to the next (index sex·ages + age; the last is the open group's own
 * survival), at level k, written into `out`. Ages 0–4: half of each year's deaths fall on each side
 * of the birthday. */
export function survivalInto(table: MortalityTable, k: number, out: Float64Array, edgesOnly = false): void {
  const c = table.child;
  for (let sex = 0; sex < 2; sex++) {
    const kf = k * (sex === 0 ? maleMortalityFactor : 1);
    const base = sex * ages;
    for (let x = 0; x < 4; x++) out[base + x] = 1 - (c[x]! + c[x + 1]!) / 2;
    out[base + 4] = 1 - (c[4]! + Math.min(1, kf * standardDeath[5]!)) / 2;
    // death probabilities rise with age: below one at 84, below one everywhere (no clamp to pay for);
    // `edgesOnly`: ages 5–83 are left to a caller that works 1 − k·q out as it goes (cohort.ts)
    if (kf * standardDeath[openAge - 1]! < 1) {
      if (edgesOnly) out[base + openAge - 1] = 1 - kf * standardDeath[openAge - 1]!;
      else for (let x = 5; x < openAge; x++) out[base + x] = 1 - kf * standardDeath[x]!;
    } else for (let x = 5; x < openAge; x++) out[base + x] = 1 - Math.min(1, kf * standardDeath[x]!);
    out[base + openAge] = 1 - Math.min(1, 1 / openExpectationAt(kf));
  }
}

/** share of the year's births alive at its end: infants dying in their first months */
export const birthSurvival = (table: MortalityTable) => 1 - table.child[0]! / 2;
