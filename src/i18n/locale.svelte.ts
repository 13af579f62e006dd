// The UI language: a link's language, else the user's remembered choice, else Chinese for a Chinese
// browser and English otherwise. Its catalogue is loaded before the first view (main.ts), so the
// page never shows one language and then the other; a switch waits for the new one to load.
import type { Messages } from './zh.ts';
import { catalogue, isLoaded, loadCatalogue } from './catalogues.ts';
import { bcp47, type Lang } from './fill.ts';

export type { Lang };
const storageKey = 'chps.lang';
const isLang = (l: unknown): l is Lang => l === 'zh' || l === 'en';

function initialLang(): Lang {
  // a link's language is applied when the link opens (not remembered): known here already, so the
  // page loads that catalogue first
  try {
    const linked = new URLSearchParams(location.hash.replace(/^#/u, '')).get('lang');
    if (isLang(linked)) return linked;
  } catch {
    // not a link this page wrote: it opens in the reader's own language
  }
  try {
    const saved = localStorage.getItem(storageKey);
    if (isLang(saved)) return saved;
  } catch {
    // storage blocked: fall back to the browser's language
  }
  return navigator.languages?.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}

class Locale {
  lang = $state<Lang>(initialLang());
  m = $derived<Messages>(catalogue(this.lang));
  /** the language last asked for: a slower load never undoes a later choice */
  private wanted: Lang = this.lang;

  /** the catalogue the page opens with */
  load(): Promise<unknown> {
    return loadCatalogue(this.lang);
  }

  /** remember: false for a language that came with a link, not from the reader's own choice */
  set(lang: Lang, { remember = true } = {}) {
    this.wanted = lang;
    if (remember) {
      try {
        localStorage.setItem(storageKey, lang);
      } catch {
        // not remembered, still switched
      }
    }
    if (isLoaded(lang)) this.show(lang);
    // offline without it cached (never, once the service worker has the build): the page stays as it is
    else loadCatalogue(lang).then(() => this.show(lang), () => {});
  }

  private show(lang: Lang) {
    if (this.wanted !== lang) return;
    this.lang = lang;
    document.documentElement.lang = bcp47(lang);
  }
}

export const locale = new Locale();
