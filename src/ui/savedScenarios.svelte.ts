// The saved scenarios, kept in localStorage. When the browser refuses to store (full, blocked),
// the list still changes on the page and the user is told how to keep their work. Nothing stored is
// ever lost to a save: a list that cannot be read is set aside (offered as a download), a list a
// newer build wrote is not written over, and what this build does not read goes back as it was.
import type { SavedList, SavedPlace, SavedScenario } from '../scenario/savedList.ts';
import { route } from './route.svelte.ts';
import type { Dropped } from '../scenario/readScenario.ts';
import type { Scenario } from '../scenario/scenarioSchema.ts';
import { projections } from './projections.svelte.ts';
import { sameScenario } from '../scenario/defaults.ts';
import { untrack } from 'svelte';
import { setAside, type Aside } from './storageAside.ts';
import { withReaders, type Readers } from './readers.ts';

export const savedStorageKey = 'chps.scenarios';
export type StorageProblem = 'full' | 'blocked' | null;

class SavedScenarios {
  items = $state<SavedScenario[]>([]);
  /** the saved scenario last opened or saved, to show its name and whether it was edited since */
  activeId = $state<string | null>(null);
  problem = $state<StorageProblem>(null);
  dropped = $state<Dropped[]>([]);
  lastDeleted = $state<{ item: SavedScenario; index: number } | null>(null);
  /** the stored list that could not be read, where it now is */
  aside = $state<Aside | null>(null);
  /** a newer build wrote the stored list: this one reads it and does not write over it */
  newer = $state(false);
  /** entries this build cannot read, and the list's own fields: written back as they were */
  private unreadable: unknown[] = [];
  private extra: Record<string, unknown> = {};
  private knownCounties: () => string[] = () => [];

  start(knownCounties: () => string[]) {
    this.knownCounties = knownCounties;
    // read again when the counties change: a re-imported county's saved edits come back
    $effect.root(() => {
      $effect(() => {
        knownCounties();
        if (untrack(() => this.problem) === null) this.load();
      });
    });
    addEventListener('storage', (e: StorageEvent) => {
      if (e.key === savedStorageKey) this.load();
    });
  }

  private stored(): string | null | undefined {
    try {
      return localStorage.getItem(savedStorageKey);
    } catch {
      this.problem = 'blocked';
      return undefined;
    }
  }

  /** the stored list as it is now: one that cannot be read is moved aside first */
  private readStored(r: Readers): SavedList | null {
    const text = this.stored();
    if (text === undefined) return null;
    const read = r.readSavedList(text, this.knownCounties());
    if (read.refused && text !== null) this.aside = setAside(savedStorageKey, text);
    return read;
  }

  private load() {
    // nothing saved: nothing to read, and no reader to load (they are loaded before the first view
    // when something is: main.ts)
    if (this.stored() === null) return this.adopt({ items: [], unreadable: [], extra: {}, dropped: [], refused: null, newer: false });
    withReaders((r) => {
      const read = this.readStored(r);
      if (read) this.adopt(read);
    });
  }

  private adopt(read: SavedList) {
    this.items = read.items;
    this.unreadable = read.unreadable;
    this.extra = read.extra;
    this.newer = read.newer;
    this.dropped = read.dropped.filter((d) => d.path !== '(root)');
  }

  private persist() {
    withReaders((r) => {
      // never over a list that could not be read and could not be moved, nor one a newer build wrote
      if ((this.aside && !this.aside.moved) || this.newer) return;
      const now = this.readStored(r);
      if (!now || (this.aside && !this.aside.moved)) return;
      try {
        localStorage.setItem(savedStorageKey, r.writeSavedList({ items: $state.snapshot(this.items) as SavedScenario[], unreadable: this.unreadable, extra: this.extra }));
        this.problem = null;
      } catch (e) {
        this.problem = (e as DOMException).name === 'QuotaExceededError' ? 'full' : 'blocked';
      }
    });
  }

  get active(): SavedScenario | null {
    return this.items.find((i) => i.id === this.activeId) ?? null;
  }

  /** the active saved scenario, edited since it was opened or saved */
  get modified(): boolean {
    const a = this.active;
    return a !== null && !sameScenario(a.scenario, $state.snapshot(projections.scenario) as Scenario);
  }

  private newId() {
    return `s${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
  }

  /** where the user is now, saved with the scenario */
  private place(): SavedPlace {
    return { county: route.county, indicator: route.indicator, view: route.view === 'compare' ? 'compare' : 'main' };
  }

  saveCurrent(name: string) {
    const item: SavedScenario = { id: this.newId(), name: name.trim().slice(0, 80), savedAt: new Date().toISOString(), scenario: $state.snapshot(projections.scenario) as Scenario, place: this.place() };
    this.items = [item, ...this.items];
    this.activeId = item.id;
    this.persist();
  }

  saveOver(id: string) {
    this.items = this.items.map((i) => (i.id === id ? { ...i, savedAt: new Date().toISOString(), scenario: $state.snapshot(projections.scenario) as Scenario, place: this.place() } : i));
    this.activeId = id;
    this.persist();
  }

  open(id: string) {
    const item = this.items.find((i) => i.id === id);
    if (!item) return;
    projections.load(item.scenario);
    this.activeId = id;
    // back where it was saved from (an entry from before places opens where the user is)
    const place = item.place;
    if (place?.view === 'compare') route.open('compare');
    else if (place?.county) route.openCounty(place.county, place.indicator);
    else if (place) route.openOverview();
  }

  rename(id: string, name: string) {
    this.items = this.items.map((i) => (i.id === id ? { ...i, name: name.trim().slice(0, 80) } : i));
    this.persist();
  }

  duplicate(id: string, nameOfCopy: (name: string) => string) {
    const index = this.items.findIndex((i) => i.id === id);
    if (index < 0) return;
    const original = this.items[index]!;
    const copy = { ...structuredClone($state.snapshot(original) as SavedScenario), id: this.newId(), name: nameOfCopy(original.name).slice(0, 80), savedAt: new Date().toISOString() };
    this.items = [...this.items.slice(0, index + 1), copy, ...this.items.slice(index + 1)];
    this.persist();
  }

  remove(id: string) {
    const index = this.items.findIndex((i) => i.id === id);
    if (index < 0) return;
    this.lastDeleted = { item: $state.snapshot(this.items[index]!) as SavedScenario, index };
    this.items = this.items.filter((i) => i.id !== id);
    if (this.activeId === id) this.activeId = null;
    this.persist();
  }

  restoreDeleted() {
    const d = this.lastDeleted;
    if (!d) return;
    this.items = [...this.items.slice(0, d.index), d.item, ...this.items.slice(d.index)];
    this.lastDeleted = null;
    this.persist();
  }
}

export const savedScenarios = new SavedScenarios();
