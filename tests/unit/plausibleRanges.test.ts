// The national ranges the audit holds plans to are declared once, each around a sourced figure.
import { describe, expect, it } from 'vitest';
import { mostBirths, plausibleRanges, populationChangePerYear, ratesPerBirths } from '../../src/data/plausibleRanges.ts';

describe('plausible ranges', () => {
  it('every range holds its national figure and names its source and reason', () => {
    for (const r of plausibleRanges) {
      // the range and its national figure are written in the same unit
      expect(r.lo).toBeLessThan(r.national.value);
      expect(r.hi).toBeGreaterThan(r.national.value);
      expect(r.national.source.where.length).toBeGreaterThan(5);
      expect(r.national.source.quote).toContain(String(r.national.value));
      expect(r.why.zh.length).toBeGreaterThan(5);
      expect(r.why.en.length).toBeGreaterThan(5);
    }
  });

  it('an indicator has at most one range', () => {
    const ids = plausibleRanges.flatMap((r) => r.ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the births and population allowances are sourced', () => {
    expect(mostBirths.source.quote).toContain('7.52‰');
    expect(mostBirths.perMille).toBeGreaterThan(7.52 * 3);
    expect(populationChangePerYear.source.quote).toContain('579101');
    // Xiangshan's 2010–2020 growth, the fastest of the five, is within the allowance
    expect((579101 / 442854) ** (1 / 10) - 1).toBeLessThan(populationChangePerYear.share);
    expect(Object.values(ratesPerBirths).every((n) => n === 1000 || n === 100000)).toBe(true);
  });
});
