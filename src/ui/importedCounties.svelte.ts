// Counties the user imported, kept in localStorage so they are there after a reload. They join the
// five bundled ones everywhere: tabs, overview, links (for this browser), comparisons, the engine.
import { readCountyText, type ImportProblem } from '../data/importCounty.ts';
import type { County } from '../data/seedSchema.ts';

export const countiesStorageKey = 'chps.counties';

class ImportedCounties {
  items = $state<County[]>([]);
  problems = $state<ImportProblem[]>([]);
  /** the file the problems are about */
  problemFile = $state('');
  storageProblem = $state(false);
  /** imported counties stored by an earlier visit that no longer validate */
  dropped = $state<string[]>([]);
  private bundledIds: string[] = [];

  start(bundledIds: string[]) {
    this.bundledIds = bundledIds;
    let stored: unknown = [];
    try {
      stored = JSON.parse(localStorage.getItem(countiesStorageKey) ?? '[]');
    } catch {
      stored = [];
    }
    const texts = Array.isArray(stored) ? stored.filter((x): x is string => typeof x === 'string') : [];
    const items: County[] = [];
    for (const text of texts) {
      const read = readCountyText(text, [...bundledIds, ...items.map((c) => c.id)]);
      if (read.ok) items.push(read.county);
      else this.dropped = [...this.dropped, read.problems[0]?.message ?? '?'];
    }
    this.items = items;
  }

  /** Returns the county when it was added, null with `problems` set when not. */
  add(fileName: string, text: string): County | null {
    const read = readCountyText(text, [...this.bundledIds, ...this.items.map((c) => c.id)]);
    this.problemFile = fileName;
    if (!read.ok) {
      this.problems = read.problems;
      return null;
    }
    this.problems = [];
    this.items = [...this.items, read.county];
    this.persist();
    return read.county;
  }

  remove(id: string) {
    this.items = this.items.filter((c) => c.id !== id);
    this.persist();
  }

  private persist() {
    try {
      localStorage.setItem(countiesStorageKey, JSON.stringify(this.items.map((c) => JSON.stringify($state.snapshot(c)))));
      this.storageProblem = false;
    } catch {
      // kept for this visit; said on the page
      this.storageProblem = true;
    }
  }
}

export const importedCounties = new ImportedCounties();
