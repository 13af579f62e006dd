// The UI's two catalogues, each loaded when its language is first needed: a reader of one language
// does not download the other (a sixth of the first script). The page loads the language it opens
// in before its first view (main.ts), and another before switching to it (locale.svelte.ts).
import type { Messages } from './zh.ts';
import type { Lang } from './fill.ts';

const loaders: Record<Lang, () => Promise<Messages>> = {
  zh: () => import('./zh.ts').then((m) => m.zh),
  en: () => import('./en.ts').then((m) => m.en),
};
const loaded: Partial<Record<Lang, Messages>> = {};
const loading: Partial<Record<Lang, Promise<Messages>>> = {};

export function loadCatalogue(lang: Lang): Promise<Messages> {
  return (loading[lang] ??= loaders[lang]().then((m) => (loaded[lang] = m)));
}

/** the catalogue of a language already loaded (a programming error otherwise: load it first) */
export function catalogue(lang: Lang): Messages {
  const m = loaded[lang];
  if (!m) throw new Error(`the ${lang} catalogue is not loaded`);
  return m;
}

export const isLoaded = (lang: Lang): boolean => loaded[lang] !== undefined;
