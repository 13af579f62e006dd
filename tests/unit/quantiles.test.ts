import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quantileScratch, quantileSorted, quantilesInto } from '../../src/engine/quantiles.ts';

const qs = [0, 0.1, 0.5, 0.9, 1];
const viaBins = (xs: ArrayLike<number>, scratch = quantileScratch(xs.length)) => {
  const out = qs.map(() => new Float64Array(1));
  const column = Float64Array.from(xs);
  quantilesInto(column, qs, out, 0, scratch);
  return out.map((o) => o[0]!);
};
const bySorting = (xs: ArrayLike<number>) => {
  const sorted = Float64Array.from(xs).sort();
  return qs.map((q) => quantileSorted(sorted, q));
};

describe('quantiles by counting', () => {
  it('interpolate between order statistics, by hand', () => {
    const s = Float64Array.from([1, 2, 3, 4, 5]);
    expect(quantileSorted(s, 0.5)).toBe(3);
    expect(quantileSorted(s, 0.1)).toBeCloseTo(1.4, 12);
    // 100 values 0..99 shuffled: the 0.1-quantile sits at position 9.9
    const hundred = Array.from({ length: 100 }, (_, i) => (i * 37) % 100);
    viaBins(hundred).forEach((v, j) => expect(v).toBeCloseTo([0, 9.9, 49.5, 89.1, 99][j]!, 12));
  });

  it('are exactly the numbers sorting gives, for any column (ties, spikes, one far outlier) (seeded)', () => {
    const scratch = quantileScratch(3000);
    const column = fc.oneof(
      fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 3000 }),
      fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 3000 }),
      fc.tuple(fc.array(fc.double({ noNaN: true, min: 1, max: 1.001 }), { minLength: 70, maxLength: 2000 }), fc.double({ min: 1e9, max: 1e12, noNaN: true })).map(([xs, far]) => [...xs, far]),
    );
    fc.assert(
      fc.property(column, (xs) => {
        expect(viaBins(xs, scratch)).toEqual(bySorting(xs));
      }),
      { numRuns: 300, seed: 16 },
    );
  });

  it('are exact however unlike the first draws are to the rest: sorted columns, a first stretch of one number, a range that widens', () => {
    const n = 5000;
    const rising = Array.from({ length: n }, (_, i) => i * 0.37);
    const cases = [
      rising,
      [...rising].reverse(),
      Array.from({ length: n }, (_, i) => (i < 600 ? 3 : 3 + Math.sin(i))),
      Array.from({ length: n }, (_, i) => (i < 512 ? Math.sin(i) * 1e-3 : Math.sin(i) * 1e3)),
      Array.from({ length: n }, (_, i) => (i === 4000 ? -1e300 : Math.cos(i))),
    ];
    for (const xs of cases) expect(viaBins(xs)).toEqual(bySorting(xs));
    expect(viaBins(Array.from({ length: n }, () => 4.25))).toEqual([4.25, 4.25, 4.25, 4.25, 4.25]);
  });

  it('take every value of a column of one number, of one value and of infinities', () => {
    expect(viaBins([7, 7, 7])).toEqual([7, 7, 7, 7, 7]);
    expect(viaBins([2])).toEqual([2, 2, 2, 2, 2]);
    // either zero, in any order, gives the one zero sorting gives
    for (const xs of [[-0], [-0, 0], [0, -0], [...Array.from({ length: 99 }, () => -0), 1]]) expect(viaBins(xs)).toEqual(bySorting(xs));
    expect(Object.is(viaBins([-0])[2], 0)).toBe(true);
    const wide = [...Array.from({ length: 100 }, (_, i) => i), Number.POSITIVE_INFINITY];
    expect(viaBins(wide)).toEqual(bySorting(wide));
  });

  it('leave the column as it was and give NaN for an empty one', () => {
    const xs = Float64Array.from(Array.from({ length: 500 }, (_, i) => Math.sin(i)));
    const copy = Float64Array.from(xs);
    quantilesInto(xs, qs, qs.map(() => new Float64Array(1)), 0);
    expect(xs).toEqual(copy);
    expect(viaBins([]).every(Number.isNaN)).toBe(true);
  });
});
