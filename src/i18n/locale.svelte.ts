// The UI language: Chinese for a Chinese browser, English otherwise; the user's choice is remembered.
import { zh, type Messages } from './zh.ts';
import { en } from './en.ts';
import { bcp47, type Lang } from './fill.ts';

export type { Lang };
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

  /** remember: false for a language that came with a link, not from the reader's own choice */
  set(lang: Lang, { remember = true } = {}) {
    this.lang = lang;
    document.documentElement.lang = bcp47(lang);
    if (!remember) return;
    try {
      localStorage.setItem(storageKey, lang);
    } catch {
      // not remembered, still switched
    }
  }
}

export const locale = new Locale();
