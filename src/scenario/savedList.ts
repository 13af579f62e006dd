// The user's saved scenarios as stored in the browser: a versioned list, read leniently (a damaged
// entry is dropped and named, the others load; a scenario saved by an older build is migrated).
import { z } from 'zod';
import { parseJsonSafely } from '../data/safeJson.ts';
import { readScenarioValue, type Dropped } from './readScenario.ts';
import type { Scenario } from './scenarioSchema.ts';

export const savedListVersion = 1;

export interface SavedScenario {
  id: string;
  name: string;
  /** ISO time it was last saved */
  savedAt: string;
  scenario: Scenario;
}

const entry = z.object({
  id: z.string().regex(/^[a-z0-9_-]{1,40}$/u),
  name: z.string().trim().min(1).max(80),
  savedAt: z.string().max(40),
  scenario: z.unknown(),
});

/** A saved list may hold many scenarios; each is small. */
const limits = { maxChars: 4_000_000, maxDepth: 20 } as const;
export const maxSaved = 200;

export function readSavedList(text: string | null, knownCounties: readonly string[]): { items: SavedScenario[]; dropped: Dropped[] } {
  if (text === null) return { items: [], dropped: [] };
  const json = parseJsonSafely(text, limits);
  if (!json.ok) return { items: [], dropped: [{ path: '(root)', reason: json.problem, detail: json.detail }] };
  const raw = json.value as { version?: unknown; items?: unknown } | null;
  if (typeof raw !== 'object' || raw === null || !Array.isArray(raw.items)) return { items: [], dropped: [{ path: '(root)', reason: 'invalid_value', detail: 'expected { version, items }' }] };
  const dropped: Dropped[] = [];
  if (typeof raw.version === 'number' && raw.version > savedListVersion) dropped.push({ path: 'version', reason: 'newer_version', detail: String(raw.version) });
  const items: SavedScenario[] = [];
  const seen = new Set<string>();
  raw.items.slice(0, maxSaved).forEach((value, i) => {
    const e = entry.safeParse(value);
    if (!e.success || seen.has(e.data.id)) {
      dropped.push({ path: `items[${i}]`, reason: 'invalid_value', detail: e.success ? 'duplicate id' : e.error.issues[0]!.message });
      return;
    }
    seen.add(e.data.id);
    const read = readScenarioValue(e.data.scenario, knownCounties);
    dropped.push(...read.dropped.map((d) => ({ ...d, path: `${e.data.name}: ${d.path}` })));
    items.push({ id: e.data.id, name: e.data.name, savedAt: e.data.savedAt, scenario: read.scenario });
  });
  return { items, dropped };
}

export function writeSavedList(items: readonly SavedScenario[]): string {
  return JSON.stringify({ version: savedListVersion, items });
}
