// Numbers typed into a field: what a planner types is read as meant, or refused with the reason;
// never silently a thousand times less.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNumber } from '../../src/i18n/parseNumber.ts';

const value = (text: string) => {
  const r = parseNumber(text);
  return r.ok ? [r.value, r.readAs] : r.problem;
};
const fullWidth = (text: string) => text.replace(/[0-9.,+-]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('a number typed into a field', () => {
  it('reads plain numbers as they are', () => {
    for (const [text, v] of [['1000', 1000], ['2.15', 2.15], ['-5', -5], ['0', 0], ['-0', 0], [' 42 ', 42], ['\u30003\u3000', 3], ['0.5', 0.5]] as const) expect(value(text), text).toEqual([v, false]);
  });

  it('reads thousands separators, full-width digits, the ideographic full stop and the real minus, and says it read them', () => {
    for (const [text, v] of [
      ['1,000', 1000], ['12,345.6', 12345.6], ['1,000,000', 1e6], ['1 000', 1000], ['1\u202f000', 1000],
      ['１０', 10], ['１，０００', 1000], ['２．５', 2.5], ['1。5', 1.5], ['10。', 10], ['−5', -5], ['－３', -3], ['+7', 7], ['.5', 0.5], ['5.', 5],
    ] as const) expect(value(text), text).toEqual([v, true]);
  });

  it('refuses what it would have to guess, with the reason', () => {
    for (const text of ['1,5', '1,50', '1,5000', '12,34,567', '1.000,5', '1,000.000,5', '1,000 000']) expect(value(text), text).toBe('comma');
    for (const text of ['0x10', '0b11', '0o7', '1e1', '2.5E3', 'Infinity', '-infinity', 'NaN', '1e']) expect(value(text), text).toBe('notation');
    for (const text of ['abc', '1_000', '.', '+', '--5', '5-', '1 5', '１o']) expect(value(text), text).toBe('not_a_number');
    for (const text of ['', '   ', '\u3000']) expect(value(text), JSON.stringify(text)).toBe('empty');
  });

  it('any number written plainly, grouped in English, or in full-width digits reads back exactly (seeded)', () => {
    const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 });
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((v) => (v === 0 ? 0 : v)), (v) => {
        const plain = String(v);
        fc.pre(!plain.includes('e'));
        const exact = v;
        expect(value(plain)).toEqual([exact, false]);
        const text = grouped.format(v);
        if (Number(text.replace(/,/gu, '')) === v) expect(value(text)).toEqual([exact, text !== plain]);
        expect(value(fullWidth(plain))).toEqual([exact, true]);
      }),
      { numRuns: 2000, seed: 17 },
    );
  });
});
