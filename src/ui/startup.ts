// What the page loads before its first view: the catalogue of the language it opens in, so it never
// shows one language, then the other.
import { locale } from '../i18n/locale.svelte.ts';

export const beforeFirstView = (): Promise<unknown> => locale.load();
