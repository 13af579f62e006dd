// The readers of outside input (outsideReaders.ts) load when there is something to read: before
// the first view when the page opens with it (a link carrying a scenario, counties or scenarios
// this browser stored, a reload's unwritten edits: main.ts), else when a file, a pasted link or
// another tab's storage first asks, and once the first answer is on screen.
export type Readers = typeof import('./outsideReaders.ts');

let readers: Readers | null = null;
let loading: Promise<Readers> | null = null;

export function loadReaders(): Promise<Readers> {
  return (loading ??= import('./outsideReaders.ts').then((r) => (readers = r)));
}

/** Runs `use` with the readers: at once when they are loaded (so what the page opens with is read
 * before its first view), else when they are. */
export function withReaders(use: (r: Readers) => void): void {
  if (readers) use(readers);
  else void loadReaders().then(use);
}
