// The two UI languages and the one way a message gets its values: pure, so the engine's callers
// (the CLI, the workers, tests in node) can build sentences without the page's locale state.
export type Lang = 'zh' | 'en';

/** BCP 47 tag of a UI language, for Intl and the page's lang attribute. */
export const bcp47 = (lang: Lang): string => (lang === 'zh' ? 'zh-CN' : 'en-US');

/** Fills {name} slots in a message. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/gu, (_, k: string) => String(values[k] ?? `{${k}}`));
}
