// Residents as a function of the three demographic knobs, tabulated once per county so that a
// Monte Carlo draw need not rerun the cohorts. A draw moves total fertility, life expectancy and
// net migration by offsets in [−1, 1] (knobs.ts); within that box a county's residents in each year
// are a smooth function of the three offsets, so the cohort model is run at a few nodes and a draw
// reads the tensor-product Lagrange interpolant through them: a few dozen multiply-adds a year
// instead of a cohort run of about two thousand.
//
// The nodes, per knob, follow how residents depend on it (measured on the five counties to 2030):
// - fertility: linear (the women who give birth within 15 years are already born; only migrants'
//   children born to migrants make it otherwise, by less than 1e-9), so its two ends;
// - migration: a polynomial of the years' degree (migrants are a rate of residents), flat enough
//   that four Chebyshev–Lobatto nodes leave less than 1e-7;
// - life expectancy: through the life table's inverse, which is linear between its grid points, so
//   no smooth interpolant does better than about 2e-7; four nodes reach that.
// The interpolant stays within `surfaceTolerance` of the cohort run (tests/unit/populationSurface),
// a thousandth of what the printed precision of a per-1000 ratio can show. Where the residents stop
// being smooth — a knob's range crossing its bounds, or a cohort emptied by out-migration at any
// node — the county has no surface and its draws rerun the cohorts (compiledCounty.ts).

/** relative error of the surface's residents against the cohort run, at most (tested) */
export const surfaceTolerance = 1e-6;

/** runs shorter than this rerun the cohorts per draw: the surface costs a cohort run a node (48) */
export const surfaceFromDraws = 64;

/** offsets in [−1, 1] at which each knob is tabulated */
export const surfaceNodes = {
  totalFertilityRate: [-1, 0, 1],
  lifeExpectancy: [-1, -0.5, 0.5, 1],
  netMigrationPerMille: [-1, -0.5, 0.5, 1],
} as const;

export interface PopulationSurface {
  /** nodes per knob (a knob that does not move is the one node 0) */
  nodes: readonly (readonly number[])[];
  /** residents at node g (knobs' node indices, the last fastest) and year t: values[g * years + t] */
  values: Float64Array;
  years: number;
  /** residents fixed in every draw (the base year, and years observed), NaN elsewhere */
  fixed: Float64Array;
  /** the interpolant as a sum of terms o₁^p₁ · o₂^p₂ · o₃^p₃ (powers[k * knobs + q]), each with a
   * coefficient per year (coefficients[k * years + t]); terms too small to matter are left out */
  powers: Int8Array;
  coefficients: Float64Array;
}

/** the sum of the terms left out, relative to the residents, at most (within surfaceTolerance) */
export const prunedTolerance = 1e-7;

/**
 * Tabulates `residentsAt` over the nodes; null where it is not smooth there. `residentsAt(offsets)`
 * returns the residents by year at those offsets and whether any cohort was held at zero.
 */
export function tabulateSurface(
  nodes: readonly (readonly number[])[],
  years: number,
  fixed: Float64Array,
  residentsAt: (offsets: readonly number[]) => { residents: ArrayLike<number>; clamped: boolean },
): PopulationSurface | null {
  const count = nodes.reduce((n, xs) => n * xs.length, 1);
  const values = new Float64Array(count * years);
  const index = nodes.map(() => 0);
  for (let g = 0; g < count; g++) {
    const run = residentsAt(index.map((i, q) => nodes[q]![i]!));
    if (run.clamped) return null;
    for (let t = 0; t < years; t++) values[g * years + t] = run.residents[t]!;
    for (let q = nodes.length - 1; q >= 0 && ++index[q]! === nodes[q]!.length; q--) index[q] = 0;
  }
  return { nodes, values, years, fixed, ...terms(nodes, values, years, fixed) };
}

/** Power-basis coefficients of the interpolant along one knob: solves the Vandermonde system of
 * its nodes for every line of values along that knob (in place). */
function toPowersAlong(nodes: readonly (readonly number[])[], q: number, c: Float64Array, years: number): void {
  const x = nodes[q]!;
  const k = x.length;
  const inner = nodes.slice(q + 1).reduce((n, xs) => n * xs.length, 1) * years;
  const outer = c.length / (k * inner);
  const line = new Float64Array(k);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const at = (j: number) => (o * k + j) * inner + i;
      for (let j = 0; j < k; j++) line[j] = c[at(j)]!;
      // Newton's divided differences, then expanded to powers: exact for these few nodes
      for (let level = 1; level < k; level++) for (let j = k - 1; j >= level; j--) line[j] = (line[j]! - line[j - 1]!) / (x[j]! - x[j - level]!);
      for (let level = k - 2; level >= 0; level--) for (let j = level; j < k - 1; j++) line[j] = line[j]! - x[level]! * line[j + 1]!;
      for (let j = 0; j < k; j++) c[at(j)] = line[j]!;
    }
  }
}

/** The interpolant's terms, the smallest left out while their sum stays within prunedTolerance of
 * the smallest residents tabulated in each year. */
function terms(nodes: readonly (readonly number[])[], values: Float64Array, years: number, fixed: Float64Array) {
  const c = Float64Array.from(values);
  for (let q = 0; q < nodes.length; q++) toPowersAlong(nodes, q, c, years);
  const count = c.length / years;
  const scale = new Float64Array(years).fill(Infinity);
  for (let g = 0; g < count; g++) for (let t = 0; t < years; t++) scale[t] = Math.min(scale[t]!, Math.abs(values[g * years + t]!));
  // a term's largest share of the residents over the years it moves (|o| ≤ 1: at most its coefficient)
  const share = Float64Array.from({ length: count }, (_, g) => {
    let m = 0;
    for (let t = 0; t < years; t++) if (Number.isNaN(fixed[t]!)) m = Math.max(m, Math.abs(c[g * years + t]!) / scale[t]!);
    return m;
  });
  const order = Array.from({ length: count }, (_, g) => g).filter((g) => g > 0).sort((a, b) => share[a]! - share[b]!);
  const dropped = new Set<number>();
  let left = 0;
  for (const g of order) {
    if (!(left + share[g]! <= prunedTolerance)) break;
    left += share[g]!;
    dropped.add(g);
  }
  const kept = Array.from({ length: count }, (_, g) => g).filter((g) => !dropped.has(g));
  const powers = new Int8Array(kept.length * nodes.length);
  const coefficients = new Float64Array(kept.length * years);
  kept.forEach((g, k) => {
    let rest = g;
    for (let q = nodes.length - 1; q >= 0; q--) {
      powers[k * nodes.length + q] = rest % nodes[q]!.length;
      rest = Math.floor(rest / nodes[q]!.length);
    }
    coefficients.set(c.subarray(g * years, (g + 1) * years), k * years);
  });
  return { powers, coefficients };
}

/** Working arrays for blocks of up to `draws` draws. */
export function surfaceScratch(surface: PopulationSurface, draws: number) {
  const knobs = surface.nodes.length;
  // where each knob's powers start among the power columns
  const first = new Int32Array(knobs);
  for (let q = 1; q < knobs; q++) first[q] = first[q - 1]! + surface.nodes[q - 1]!.length;
  const powerCount = surface.nodes.reduce((n, xs) => n + xs.length, 0);
  const terms = surface.coefficients.length / surface.years;
  return { draws, first, powerColumns: new Float64Array(powerCount * draws), monomials: new Float64Array(terms * draws) };
}

/**
 * Residents of a block of draws: out[t * draws + d] for draw d, whose offset of knob q is
 * offsets[at[q] + d] (at[q] < 0: the knob does not move). Each draw's number is the same whatever
 * the block it is run in.
 * Column by column: each knob's powers for every draw, then each term's value for every draw added
 * to every year it moves — long plain loops instead of a few dozen short ones a draw. A draw's sum
 * takes its terms in the same order, so it is the same number to the last bit.
 */
export function residentsInto(
  surface: PopulationSurface,
  offsets: Float64Array,
  at: readonly number[],
  draws: number,
  out: Float64Array,
  scratch: ReturnType<typeof surfaceScratch>,
): void {
  const { nodes, years, fixed, powers, coefficients } = surface;
  const knobs = nodes.length;
  const { first, powerColumns: pc, monomials } = scratch;
  const terms = coefficients.length / years;
  for (let q = 0; q < knobs; q++) {
    const degree = nodes[q]!.length - 1;
    if (degree < 1) continue;
    const one = (first[q]! + 1) * draws;
    const from = at[q]!;
    if (from < 0) pc.fill(0, one, one + draws);
    else for (let d = 0; d < draws; d++) pc[one + d] = offsets[from + d]!;
    for (let e = 2, prev = one; e <= degree; e++, prev += draws) {
      const col = (first[q]! + e) * draws;
      for (let d = 0; d < draws; d++) pc[col + d] = pc[prev + d]! * pc[one + d]!;
    }
  }
  // each term's value in each draw: its knobs' powers multiplied in knob order
  for (let k = 0; k < terms; k++) {
    const into = k * draws;
    let started = false;
    for (let q = 0; q < knobs; q++) {
      const e = powers[k * knobs + q]!;
      if (e === 0) continue;
      const col = (first[q]! + e) * draws;
      if (!started) for (let d = 0; d < draws; d++) monomials[into + d] = pc[col + d]!;
      else for (let d = 0; d < draws; d++) monomials[into + d] = monomials[into + d]! * pc[col + d]!;
      started = true;
    }
    if (!started) monomials.fill(1, into, into + draws);
  }
  // each year's sum of terms, four terms a pass: a + b + c is (a + b) + c, so the sum is taken in
  // the same order as one term a pass, to the last bit, with a quarter of the loads and stores
  for (let t = 0; t < years; t++) {
    const row = t * draws;
    const seen = fixed[t]!;
    if (!Number.isNaN(seen)) {
      out.fill(seen, row, row + draws);
      continue;
    }
    out.fill(0, row, row + draws);
    let k = 0;
    for (; k + 4 <= terms; k += 4) {
      const c0 = coefficients[k * years + t]!;
      const c1 = coefficients[(k + 1) * years + t]!;
      const c2 = coefficients[(k + 2) * years + t]!;
      const c3 = coefficients[(k + 3) * years + t]!;
      const m0 = k * draws;
      const m1 = m0 + draws;
      const m2 = m1 + draws;
      const m3 = m2 + draws;
      for (let d = 0; d < draws; d++) out[row + d] = out[row + d]! + c0 * monomials[m0 + d]! + c1 * monomials[m1 + d]! + c2 * monomials[m2 + d]! + c3 * monomials[m3 + d]!;
    }
    for (; k < terms; k++) {
      const c = coefficients[k * years + t]!;
      const m = k * draws;
      for (let d = 0; d < draws; d++) out[row + d] = out[row + d]! + c * monomials[m + d]!;
    }
  }
}
