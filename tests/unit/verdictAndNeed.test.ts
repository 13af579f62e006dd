// Verdicts a reader can check by eye: the projection rounded to the reported precision (at least
// two decimals, the target's own digits where finer), then compared with the target.
import { describe, expect, it } from 'vitest';
import { judge, metThreshold, reportedDecimals } from '../../src/engine/verdict.ts';
import { bedsNeeded } from '../../src/engine/bedNeed.ts';

describe('verdicts at the reported precision', () => {
  it.each([
    // projected, target value, printed cell, comparator, status, shown
    [7.1351, 7.14, '7.14', '>=', 'met', 7.14], // prints as 7.14
    [7.1349, 7.14, '7.14', '>=', 'missed', 7.13],
    [1.96, 2, '2.0', '>=', 'missed', 1.96], // the page once said "1.96 ≥ 2.0 ✓"
    [1.9951, 2, '2.0', '>=', 'met', 2],
    [2.7, 3, '3', '>=', 'missed', 2.7], // and "✓ 2.7 ≥ 3"
    [3.8, 4, '4', '>=', 'missed', 3.8],
    [0.65, 0.7, '0.7', '>=', 'missed', 0.65],
    [4.4596, 4.5, '≥4.5', '>=', 'missed', 4.46],
    [4.04, 4, '＞4', '>', 'met', 4.04],
    [4.000000004, 4, '＞4', '>', 'missed', 4], // "4.0 > 4 ✓" was a false inequality
    [4.0051, 4, '＞4', '>', 'met', 4.01], // a strict bound is seen to hold: 4.01 > 4
    [11.9, 12, '≤12', '<=', 'met', 11.9],
    [12.004, 12, '≤12', '<=', 'met', 12],
    [12.4, 12, '≤12', '<=', 'missed', 12.4], // a cap printed "12" no longer accepts 12.4
    [12.99, 13, '<13', '<', 'met', 12.99],
    [12.996, 13, '<13', '<', 'missed', 13],
    [91, 90, '保持在 90以上', 'keep>=', 'met', 91],
    [89.994, 90, '保持在 90以上', 'keep>=', 'missed', 89.99],
    [4.5111, 4.511, '4.511', '>=', 'met', 4.511], // a target printed with three decimals is judged at three
    [4.5104, 4.511, '4.511', '>=', 'missed', 4.51],
  ] as const)('%s against %s (%s, %s) is %s, shown as %s', (projected, value, text, comparator, status, shown) => {
    const v = judge(projected, { value, text, comparator });
    expect(v.status).toBe(status);
    expect(v.shown).toBeCloseTo(shown, 12);
  });

  it('the number shown beside the target is the one compared: met exactly when the shown value meets it', () => {
    for (let x = 1.9; x <= 2.1; x += 0.0007) {
      const v = judge(x, { value: 2, text: '2.0', comparator: '>=' });
      expect(v.status === 'met').toBe(v.shown >= 2);
      expect(v.margin).toBeCloseTo(v.shown - 2, 12);
    }
  });

  it('reports per-1000 ratios at two decimals at least, a finer target at its own digits', () => {
    expect(reportedDecimals({ value: 3, text: '3' })).toBe(2);
    expect(reportedDecimals({ value: 7.14, text: '7.14' })).toBe(2);
    expect(reportedDecimals({ value: 4.511, text: '4.511' })).toBe(3);
    expect(reportedDecimals(null)).toBe(2);
  });

  it('the goal-seek edge is where the rounded value turns: 1.995 for ≥ 2.0, 4.005 for ＞4', () => {
    expect(metThreshold({ value: 2, text: '2.0', comparator: '>=' })).toEqual({ value: 1.995, side: 'floor' });
    expect(metThreshold({ value: 4, text: '＞4', comparator: '>' })!.value).toBeCloseTo(4.005, 12);
    expect(metThreshold({ value: 12, text: '≤12', comparator: '<=' })).toEqual({ value: 12.005, side: 'cap' });
  });

  it('“about” targets use their tolerance, at the reported precision', () => {
    const about = { value: 81.5, text: '81.5 左右', comparator: '~' as const, tolerance: 0.5 };
    expect(judge(81.9, about).status).toBe('met');
    expect(judge(82.004, about).status).toBe('met');
    expect(judge(82.006, about).status).toBe('missed');
    expect(judge(82.1, about).status).toBe('missed');
  });

  it('margins are the shown value against the target, positive on the good side', () => {
    expect(judge(8.3, { value: 8, text: '8.0', comparator: '>=' }).margin).toBeCloseTo(0.3, 12);
    expect(judge(1.96, { value: 2, text: '2.0', comparator: '>=' }).margin).toBeCloseTo(-0.04, 12);
    expect(judge(10, { value: 12, text: '≤12', comparator: '<=' }).margin).toBeCloseTo(2, 12);
  });

  it('qualitative targets and ratios over zero have no verdict', () => {
    expect(judge(1, { value: null, text: '同比例提高', comparator: 'text' }).status).toBe('not_numeric');
    expect(judge(Number.NaN, { value: 1.2, text: '1:1.2', comparator: '>=' })).toMatchObject({ status: 'not_numeric', margin: null });
  });
});

describe('Hill-Burton bed need', () => {
  it('100,000 residents, 18 % admitted, 8.8 days, 85 % occupancy → 510.6 beds', () => {
    // 100000 × 0.18 × 8.8 / (365 × 0.85) = 158400 / 310.25
    expect(bedsNeeded({ population: 100000, admissionRate: 0.18, averageStayDays: 8.8, occupancy: 0.85 })).toBeCloseTo(510.556, 3);
  });
});
