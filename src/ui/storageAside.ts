// Text in the browser's storage that this page cannot read (damaged, or too large for it) is never
// written over: it is moved under a key of its own, where it stays until the user downloads it.
import { dateStamp, download } from './download.ts';

export interface Aside {
  /** where the text now is (the original key, when it could not be moved) */
  key: string;
  /** false: the browser had no room to move it, so the original key must not be written */
  moved: boolean;
}

export function setAside(key: string, text: string): Aside {
  const aside = `${key}.unreadable.${new Date().toISOString()}`;
  try {
    localStorage.setItem(aside, text);
    localStorage.removeItem(key);
    return { key: aside, moved: true };
  } catch {
    return { key, moved: false };
  }
}

/** the set-aside text as a file the user keeps */
export function downloadAside(aside: Aside, name: string) {
  let text: string | null = null;
  try {
    text = localStorage.getItem(aside.key);
  } catch {
    text = null;
  }
  if (text !== null) download(`${name}-${dateStamp()}.json`, text, 'application/json');
}
