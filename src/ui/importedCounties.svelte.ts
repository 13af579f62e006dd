// Counties the user imported, kept in localStorage so they are there after a reload. They join the
// five bundled ones everywhere: tabs, overview, links (for this browser), comparisons, the engine.
// Writes merge with what another tab stored meanwhile; a stored county this build cannot read is
// kept as it was, and a stored value that is not a list at all is set aside, never written over.
import type { ImportProblem } from '../data/importCounty.ts';
import type { County } from '../data/seedSchema.ts';
import type { StoredCounties } from '../data/storedCounties.ts';
import { mergeStoredCounties, writeStoredCounties } from '../data/storedCountiesWrite.ts';
import { setAside, type Aside } from './storageAside.ts';
import { loadReaders, withReaders } from './readers.ts';

export const countiesStorageKey = 'chps.counties';

class ImportedCounties {
  items = $state<County[]>([]);
  problems = $state<ImportProblem[]>([]);
  /** the file the problems are about */
  problemFile = $state('');
  storageProblem = $state(false);
  /** imported counties stored by an earlier visit that no longer validate (kept as they were), and why */
  dropped = $state<ImportProblem[]>([]);
  /** the stored value that was not a list of counties, where it now is */
  aside = $state<Aside | null>(null);
  private bundledIds: string[] = [];
  private kept: string[] = [];
  /** removed in this tab: a merge does not bring them back */
  private removed = new Set<string>();
  /** the counties imported in this tab during this visit */
  private addedHere = new Set<string>();

  start(bundledIds: string[]) {
    this.bundledIds = bundledIds;
    this.readStored((read) => {
      if (read) this.adopt(read);
    });
    // another tab imported or removed a county
    addEventListener('storage', (e: StorageEvent) => {
      if (e.key !== countiesStorageKey) return;
      const { oldValue, newValue } = e;
      this.readStored((now) => {
        if (!now) return;
        // the counties that tab's write added, read as any stored list is
        withReaders((r) => {
          const before = new Set(r.readStoredCounties(oldValue, this.bundledIds).counties.map((c) => c.id));
          this.adopted(now, r.readStoredCounties(newValue, this.bundledIds).counties.filter((c) => !before.has(c.id)));
        });
      });
    });
  }

  /** What another tab stored, taken in, with the counties its write added (`addedThere`).
   * Two tabs that import at the same moment can each write over the other (a browser passes one
   * tab's storage to another a little later): a county imported here, or there, that the value
   * stored now lacks is kept and written back, so the list ends with both whichever tab is
   * reloaded or closed first. */
  private adopted(now: StoredCounties, addedThere: readonly County[]) {
    const missing = (c: County) => !now.counties.some((x) => x.id === c.id) && !this.removed.has(c.id);
    const lost = [...this.items.filter((c) => this.addedHere.has(c.id) && missing(c)), ...addedThere.filter((c) => missing(c) && !this.addedHere.has(c.id))];
    this.adopt(now);
    if (lost.length) {
      this.items = [...this.items, ...lost];
      this.persist();
    }
  }

  private adopt(read: StoredCounties) {
    this.items = read.counties;
    this.kept = read.kept;
    this.dropped = read.problems;
  }

  /** The stored counties to `use` (null: storage blocked): at once when nothing is stored or the
   * readers are loaded (they are before the first view when something is stored, see main.ts). */
  private readStored(use: (read: StoredCounties | null) => void) {
    let text: string | null;
    try {
      text = localStorage.getItem(countiesStorageKey);
    } catch {
      return use(null);
    }
    if (text === null) return use({ counties: [], kept: [], problems: [], refused: false });
    const stored = text;
    withReaders((r) => {
      const read = r.readStoredCounties(stored, this.bundledIds);
      if (read.refused) this.aside = setAside(countiesStorageKey, stored);
      use(read);
    });
  }

  /** Returns the county when it was added, null with `problems` set when not. */
  async add(fileName: string, text: string): Promise<County | null> {
    const { readCountyText } = await loadReaders();
    const read = readCountyText(text, [...this.bundledIds, ...this.items.map((c) => c.id)]);
    this.problemFile = fileName;
    if (!read.ok) {
      this.problems = read.problems;
      return null;
    }
    this.problems = [];
    this.removed.delete(read.county.id);
    this.addedHere.add(read.county.id);
    this.items = [...this.items, read.county];
    this.persist();
    return read.county;
  }

  remove(id: string) {
    this.removed.add(id);
    this.addedHere.delete(id);
    this.items = this.items.filter((c) => c.id !== id);
    this.persist();
  }

  private persist() {
    this.readStored((stored) => {
      // never over a value that could not be read and could not be moved
      if (!stored || (this.aside && !this.aside.moved)) {
        this.storageProblem = true;
        return;
      }
      const merged = mergeStoredCounties($state.snapshot(this.items) as County[], stored, this.removed, this.kept);
      if (merged.counties.length !== this.items.length) this.items = merged.counties;
      this.kept = merged.kept;
      try {
        localStorage.setItem(countiesStorageKey, writeStoredCounties(merged.counties, merged.kept));
        this.storageProblem = false;
      } catch {
        // kept for this visit; said on the page
        this.storageProblem = true;
      }
    });
  }
}

export const importedCounties = new ImportedCounties();
