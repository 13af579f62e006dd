// The user's saved scenarios as stored in the browser: a versioned list, read leniently and written
// back without losing anything. A damaged entry is named and kept as it was; an entry's fields this
// build does not know (a newer build wrote them) and its edits of counties not loaded here (an
// imported county removed for now) go back as they were; a scenario saved by an older build is
// migrated. A list that cannot be read at all is the caller's to set aside, never to write over.
import { z } from 'zod';
import { parseJsonSafely, type JsonRefusal } from '../data/safeJson.ts';
import { freshId } from '../data/unique.ts';
import { readScenarioValue, type Dropped } from './readScenario.ts';
import type { Scenario } from './scenarioSchema.ts';
import { sameScenario } from './defaults.ts';

export const savedListVersion = 1;

export interface SavedScenario {
  id: string;
  name: string;
  /** ISO time it was last saved */
  savedAt: string;
  scenario: Scenario;
  /** where it was saved from, to reopen there: the county (and row) open, or the comparison */
  place?: SavedPlace;
  /** the entry as it was read, so what this build does not read is written back as it was */
  stored?: StoredEntry;
}

export interface SavedPlace {
  county: string | null;
  indicator: string | null;
  view: 'main' | 'compare';
}

interface StoredEntry {
  entry: Record<string, unknown>;
  /** the scenario as it was read: unchanged, the stored one goes back */
  read: Scenario;
  /** edits of counties not loaded here, kept through a save over */
  otherCounties: Record<string, unknown>;
}

export interface SavedList {
  items: SavedScenario[];
  /** entries this build cannot read, written back as they were */
  unreadable: unknown[];
  /** the list's own fields besides its version and items */
  extra: Record<string, unknown>;
  dropped: Dropped[];
  /** why the list as a whole cannot be read (its text must be set aside, not written over) */
  refused: JsonRefusal | 'invalid_value' | null;
  /** a newer build wrote the list: read as far as possible, not to be written over */
  newer: boolean;
}

const entry = z.object({
  id: z.string().regex(/^[a-z0-9_-]{1,40}$/u),
  name: z.string().trim().min(1).max(80),
  savedAt: z.string().max(40),
  scenario: z.unknown(),
  // (an entry from before places, or with one this build cannot read, opens where the user is)
  place: z.object({ county: z.string().max(80).nullable(), indicator: z.string().max(80).nullable(), view: z.enum(['main', 'compare']) }).optional().catch(undefined),
});

/** A stored list is written by this page, not sent by a stranger: no limit but the depth. */
const limits = { maxChars: Number.MAX_SAFE_INTEGER, maxDepth: 32 } as const;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const empty = (refused: SavedList['refused'], dropped: Dropped[] = []): SavedList => ({ items: [], unreadable: [], extra: {}, dropped, refused, newer: false });

export function readSavedList(text: string | null, knownCounties: readonly string[]): SavedList {
  if (text === null) return empty(null);
  const json = parseJsonSafely(text, limits);
  if (!json.ok) return empty(json.problem, [{ path: '(root)', reason: json.problem, detail: json.detail }]);
  const { version, items: raw, ...extra } = isObject(json.value) ? json.value : {};
  if (!Array.isArray(raw)) return empty('invalid_value', [{ path: '(root)', reason: 'invalid_value', detail: 'expected { version, items }' }]);
  const list: SavedList = { ...empty(null), extra, newer: typeof version === 'number' && version > savedListVersion };
  if (list.newer) list.dropped.push({ path: 'version', reason: 'newer_version', detail: String(version) });
  const ids = new Set<string>();
  raw.forEach((value, i) => {
    const e = entry.safeParse(value);
    if (!e.success) {
      list.unreadable.push(value);
      list.dropped.push({ path: `items[${i}]`, reason: 'invalid_value', detail: e.error.issues[0]!.message });
      return;
    }
    // two entries with one id (two tabs, an old bug) are two scenarios: the second gets a new id
    const id = freshId(e.data.id, ids);
    ids.add(id);
    const name = e.data.name;
    if (id !== e.data.id) list.dropped.push({ path: `items[${i}].id`, entry: name, reason: 'renamed', detail: `${e.data.id} → ${id}` });
    const read = readScenarioValue(e.data.scenario, knownCounties);
    const counties = isObject(e.data.scenario) && isObject(e.data.scenario.counties) ? e.data.scenario.counties : {};
    const otherCounties = Object.fromEntries(Object.entries(counties).filter(([c]) => !knownCounties.includes(c)));
    list.dropped.push(...read.dropped.map((d) => ({ ...d, entry: name })));
    const place = e.data.place && (e.data.place.county === null || knownCounties.includes(e.data.place.county)) ? e.data.place : undefined;
    list.items.push({ id, name, savedAt: e.data.savedAt, scenario: read.scenario, ...(place ? { place } : {}), stored: { entry: value as Record<string, unknown>, read: read.scenario, otherCounties } });
  });
  return list;
}

/** An entry as stored: as it was read, with what the user changed. */
function storedEntry({ id, name, savedAt, scenario, place, stored }: SavedScenario): Record<string, unknown> {
  const where = place ? { place } : {};
  if (!stored) return { id, name, savedAt, scenario, ...where };
  const kept = sameScenario(scenario, stored.read) ? stored.entry.scenario : { ...scenario, counties: { ...stored.otherCounties, ...scenario.counties } };
  return { ...stored.entry, id, name, savedAt, scenario: kept, ...where };
}

export function writeSavedList(list: Pick<SavedList, 'items' | 'unreadable' | 'extra'>): string {
  return JSON.stringify({ ...list.extra, version: savedListVersion, items: [...list.items.map(storedEntry), ...list.unreadable] });
}
