// A number typed into a field, read as a planner types it: full-width digits (a Chinese input
// method), the ideographic full stop as the decimal point, the real minus sign, thousands grouped
// by commas or spaces in threes. Nothing is reinterpreted silently: a comma that is not a thousands
// separator ("1,5" might mean 1.5 or 15), hex, binary and exponents ("0x10", "1e1") are refused
// with the reason, and a value read from anything but plain digits says so (`readAs`), so the
// field can show the value taken.

export type NumberProblem = 'empty' | 'not_a_number' | 'comma' | 'notation';
export type ParsedNumber = { ok: true; value: number; readAs: boolean } | { ok: false; problem: NumberProblem };

/** full-width digits and signs to ASCII; the ideographic full stop (and its half-width form) as a
 * decimal point; the minus sign and its look-alikes as a hyphen-minus */
function normalise(text: string): string {
  return text
    .replace(/[\uff10-\uff19\uff0b\uff0c\uff0d\uff0e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u3002\uff61]/gu, '.')
    .replace(/[\u2212\u2012\u2013\ufe63]/gu, '-')
    .trim();
}

/** digits, grouped in threes by one separator throughout, or not at all; a fraction after a point */
const shape = /^([+-]?)(\d+|\d{1,3}(?:([, \u00a0\u2009\u202f])\d{3})(?:\3\d{3})*)?(?:\.(\d*))?$/u;
const plain = /^-?\d+(?:\.\d+)?$/u;

export function parseNumber(typed: string): ParsedNumber {
  const text = normalise(typed);
  if (text === '') return { ok: false, problem: 'empty' };
  const m = shape.exec(text);
  if (!m || (m[2] === undefined && !m[4])) {
    if (/^[+-]?(?:0[xob]|\d*\.?\d+e|infinity|nan)/iu.test(text)) return { ok: false, problem: 'notation' };
    return { ok: false, problem: text.includes(',') ? 'comma' : 'not_a_number' };
  }
  const digits = (m[2] ?? '0').replace(/[^\d]/gu, '');
  const value = Number(`${m[1]}${digits}.${m[4] || '0'}`);
  if (!Number.isFinite(value)) return { ok: false, problem: 'not_a_number' };
  return { ok: true, value: value === 0 ? 0 : value, readAs: !plain.test(typed.trim()) };
}
