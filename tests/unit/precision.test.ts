import { describe, expect, it } from 'vitest';
import { roundingInterval, roundingUnit } from '../../src/data/precision.ts';

describe('rounding as printed', () => {
  it.each([
    [7.0, '7.0', 0.1],
    [4.5, '4.50', 0.01],
    [165000, '全区常住人口16.5万人', 1000],
    [423333, '常住人口为423333人', 1],
    [1.12, '1：1.12', 0.01],
    [3, undefined, 1],
    [0.83, undefined, 0.01],
  ])('%s printed as %s rounds to %s', (value, text, unit) => {
    expect(roundingUnit(value, text)).toBeCloseTo(unit, 12);
  });

  it('gives the interval of values that print the same', () => {
    const iv = roundingInterval(16.5e4, '16.5万');
    expect(iv.lo).toBe(164500);
    expect(iv.hi).toBe(165500);
  });
});
