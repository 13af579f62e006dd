// Numbers in the UI's locale at a fixed number of decimals. On its own (no Svelte, no i18n state)
// so the chart worker formats axis labels and tooltips exactly as the page does.
const formatters = new Map<string, Intl.NumberFormat>();

export function formatDecimals(lang: 'zh' | 'en', value: number, decimals: number): string {
  // no number to show (a ratio over zero, say)
  if (!Number.isFinite(value)) return '—';
  const key = `${lang}|${decimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(key, f);
  }
  return f.format(value);
}

const percents = new Map<string, Intl.NumberFormat>();

/** a share (0.52) as a whole percentage in the UI's locale (52%) */
export function percent(lang: 'zh' | 'en', share: number): string {
  let f = percents.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { style: 'percent' });
    percents.set(lang, f);
  }
  return f.format(share);
}

/** a number with its unit: "2.15%", "6.77‰", but "33 beds" */
export const withUnit = (text: string, unit: string) => (unit === '' ? text : /^[%‰]$/u.test(unit) ? `${text}${unit}` : `${text} ${unit}`);

const plain = new Map<string, Intl.NumberFormat>();

/** a number as it stands (up to six decimals), grouped in the UI's locale: 10,000 or 0.25 */
export function formatPlain(lang: 'zh' | 'en', value: number): string {
  let f = plain.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 6 });
    plain.set(lang, f);
  }
  return f.format(value);
}
