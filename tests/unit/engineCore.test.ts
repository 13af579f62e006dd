import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { constantAdditionToReach, projectStock } from '../../src/engine/stock.ts';

describe('stocks with attrition', () => {
  it('five years at 4 % attrition and 30 hires a year (hand-computed)', () => {
    const s = projectStock({ initial: 1000, steps: 5, attrition: [0.04], additions: [0, 30, 30, 30, 30, 30] });
    // 0.96^5 = 0.8153726976: 1000·0.8153727 + 30·(1 − 0.8153727)/0.04 = 815.3727 + 138.4705
    expect(s[5]).toBeCloseTo(953.8432, 3);
  });

  it('goal-seek answers, fed back, reach the target exactly (seeded)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.integer({ min: 1, max: 15 }),
        (initial, required, attrition, years) => {
          const h = constantAdditionToReach(initial, required, attrition, years);
          const additions = [0, ...Array.from({ length: years }, () => h)];
          // the stock is floored at zero, so only check paths that stay non-negative
          let s = initial;
          for (let t = 0; t < years; t++) s = s * (1 - attrition) + h;
          fc.pre(Math.min(initial, s) >= 0 && h >= -initial);
          const path = projectStock({ initial, steps: years, attrition: [attrition], additions });
          expect(Math.abs(path[years]! - required)).toBeLessThanOrEqual(1e-9 * Math.max(1, required, initial));
        },
      ),
      { seed: 16 },
    );
  });

  it('more additions never lower the stock (seeded)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e4, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 500, noNaN: true }), fc.double({ min: 0, max: 500, noNaN: true }), (s0, a, h, extra) => {
        const base = projectStock({ initial: s0, steps: 5, attrition: [a], additions: [0, h, h, h, h, h] });
        const more = projectStock({ initial: s0, steps: 5, attrition: [a], additions: [0, h + extra, h, h, h, h + extra] });
        for (let t = 0; t <= 5; t++) expect(more[t]!).toBeGreaterThanOrEqual(base[t]!);
      }),
      { seed: 16 },
    );
  });
});
