// Numbers shown with the digits the plan printed ("4.50" stays 4.50), in the UI's locale.
import type { Indicator } from '../data/seedSchema.ts';
import { fill } from '../i18n/fill.ts';
import type { Messages } from '../i18n/zh.ts';
import { formatDecimals } from '../i18n/numberFormat.ts';
import { printedDecimals } from '../engine/verdict.ts';

export { formatDecimals };

export function formatNumber(lang: 'zh' | 'en', value: number, text?: string): string {
  return formatDecimals(lang, value, printedDecimals(value, text));
}

export function formatBaseline(lang: 'zh' | 'en', m: Messages, ind: Indicator): string {
  const cell = ind.baseline;
  if (!cell) return m.noValue;
  if (cell.value === null) return lang === 'zh' ? cell.text : m.noValue;
  const v = formatNumber(lang, cell.value, cell.text);
  return ind.ratioOf ? fill(m.ratioValue, { v }) : v;
}

export function formatTarget(lang: 'zh' | 'en', m: Messages, ind: Indicator): string {
  const cell = ind.target;
  if (!cell) return m.noValue;
  const template = m.cmp[cell.comparator];
  if (cell.value === null) return fill(template, { v: '', text: cell.text }).trim();
  let v = formatNumber(lang, cell.value, cell.text);
  if (ind.ratioOf) v = fill(m.ratioValue, { v });
  return fill(template, { v, text: cell.text });
}
