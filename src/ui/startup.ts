// What the page loads before its first view: the catalogue of the language it opens in (so it never
// shows one language, then the other), and the readers of outside input when it opens with
// something to read (so its first answer is the link's, and its counties and saved scenarios are
// there): a link carrying a scenario, counties or scenarios this browser stored, edits a reload
// left unwritten. Both load side by side.
import { locale } from '../i18n/locale.svelte.ts';
import { carriesScenario, linkParams } from '../scenario/linkFormat.ts';
import { loadReaders } from './readers.ts';
import { countiesStorageKey } from './importedCounties.svelte.ts';
import { savedStorageKey } from './savedScenarios.svelte.ts';
import { unwrittenKey } from './shareLink.svelte.ts';

function stored(storage: () => Storage, key: string): boolean {
  try {
    return storage().getItem(key) !== null;
  } catch {
    return false; // storage blocked: nothing the page can read there either
  }
}

function somethingToRead(): boolean {
  return carriesScenario(linkParams(location.hash)) || stored(() => localStorage, countiesStorageKey) || stored(() => localStorage, savedStorageKey) || stored(() => sessionStorage, unwrittenKey);
}

export const beforeFirstView = (): Promise<unknown> => Promise.all([locale.load(), somethingToRead() ? loadReaders() : null]);
