import { describe, expect, it } from 'vitest';
import { judge } from '../../src/engine/verdict.ts';
import { bedsNeeded } from '../../src/engine/bedNeed.ts';

describe('verdicts at the plan’s precision', () => {
  it.each([
    // projected, target cell, comparator, status
    [7.135, 7.14, '7.14', '>=', 'met'], // prints as 7.14
    [7.134, 7.14, '7.14', '>=', 'missed'],
    [4.04, 4, '＞4', '>', 'met'],
    [4.004, 4, '＞4', '>', 'met'], // strict: any amount above 4
    [4, 4, '＞4', '>', 'missed'],
    [11.9, 12, '≤12', '<=', 'met'],
    [12.4, 12, '≤12', '<=', 'met'], // prints as 12
    [12.6, 12, '≤12', '<=', 'missed'],
    [91, 90, '保持在 90以上', 'keep>=', 'met'],
  ] as const)('%s against %s (%s, %s) is %s', (projected, value, text, comparator, status) => {
    expect(judge(projected, { value, text, comparator }).status).toBe(status);
  });

  it('“about” targets use their tolerance', () => {
    expect(judge(81.9, { value: 81.5, text: '81.5 左右', comparator: '~', tolerance: 0.5 }).status).toBe('met');
    expect(judge(82.1, { value: 81.5, text: '81.5 左右', comparator: '~', tolerance: 0.5 }).status).toBe('missed');
  });

  it('margins are positive on the good side', () => {
    expect(judge(8.3, { value: 8, text: '8.0', comparator: '>=' }).margin).toBeCloseTo(0.3, 12);
    expect(judge(10, { value: 12, text: '≤12', comparator: '<=' }).margin).toBeCloseTo(2, 12);
  });

  it('qualitative targets have no verdict', () => {
    expect(judge(1, { value: null, text: '同比例提高', comparator: 'text' }).status).toBe('not_numeric');
  });
});

describe('Hill-Burton bed need', () => {
  it('100,000 residents, 18 % admitted, 8.8 days, 85 % occupancy → 510.6 beds', () => {
    // 100000 × 0.18 × 8.8 / (365 × 0.85) = 158400 / 310.25
    expect(bedsNeeded({ population: 100000, admissionRate: 0.18, averageStayDays: 8.8, occupancy: 0.85 })).toBeCloseTo(510.556, 3);
  });
});
