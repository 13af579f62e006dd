// The UI language: Chinese for a Chinese browser, English otherwise; the user's choice is remembered.
import { zh, type Messages } from './zh.ts';
import { en } from './en.ts';

export type Lang = 'zh' | 'en';
const storageKey = 'chps.lang';
const catalogues: Record<Lang, Messages> = { zh, en };

function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(storageKey);
    if (saved === 'zh' || saved === 'en') return saved;
  } catch {
    // storage blocked: fall back to the browser's language
  }
  return navigator.languages?.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}

class Locale {
  lang = $state<Lang>(initialLang());
  m = $derived(catalogues[this.lang]);
  number = $derived(new Intl.NumberFormat(this.lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 2 }));

  /** remember: false for a language that came with a link, not from the reader's own choice */
  set(lang: Lang, { remember = true } = {}) {
    this.lang = lang;
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    if (!remember) return;
    try {
      localStorage.setItem(storageKey, lang);
    } catch {
      // not remembered, still switched
    }
  }
}

export const locale = new Locale();

/** Fills {name} slots in a message. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/gu, (_, k: string) => String(values[k] ?? `{${k}}`));
}
