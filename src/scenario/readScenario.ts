// Any scenario from outside (link, file, saved list, CLI) comes in here: it is migrated from older
// versions, then everything valid is kept and every part that is not is dropped and named, so a
// damaged or hand-edited scenario still opens with as much of the sender's work as can be trusted.
import { fieldPath } from '../data/issues.ts';
import { parseJsonSafely, type JsonRefusal } from '../data/safeJson.ts';
import { scenario as scenarioSchema, scenarioVersion, type Scenario } from './scenarioSchema.ts';

export type DropReason = JsonRefusal | 'unreadable' | 'invalid_value' | 'unknown_field' | 'unknown_county' | 'unsafe_key' | 'newer_version';

export interface Dropped {
  /** where in the scenario, e.g. counties.pingshan.birthRatePerMille; "(root)" for the whole */
  path: string;
  reason: DropReason;
  /** the technical detail (the schema's message), shown after the translated reason */
  detail: string;
}

export interface ReadScenario {
  scenario: Scenario;
  dropped: Dropped[];
}

/** Limits for scenario JSON from links and files: generous for real scenarios (a few KB). */
export const scenarioJsonLimits = { maxChars: 1_000_000, maxDepth: 16 } as const;

type Json = Record<string, unknown> | unknown[];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Older versions, each step to the next: v1 had no county budgets, v2 no bed-need or childcare
 * demand parameters, so each is the next as it stands. */
const migrations: Record<number, (s: Record<string, unknown>) => Record<string, unknown>> = {
  1: (s) => ({ ...s, version: 2 }),
  2: (s) => ({ ...s, version: 3 }),
};

function migrate(raw: Record<string, unknown>, dropped: Dropped[]): Record<string, unknown> {
  let s = raw;
  let version = typeof s.version === 'number' && Number.isInteger(s.version) ? s.version : scenarioVersion;
  if (version > scenarioVersion) {
    dropped.push({ path: 'version', reason: 'newer_version', detail: `${version} > ${scenarioVersion}` });
    version = scenarioVersion;
  }
  while (version < scenarioVersion && migrations[version]) s = migrations[version++]!(s);
  return { ...s, version: scenarioVersion };
}

/** Removes the value at `path`; returns false when there is nothing left to remove there. */
function removeAt(root: Json, path: readonly PropertyKey[]): boolean {
  let parent: unknown = root;
  for (const key of path.slice(0, -1)) {
    parent = (parent as Record<PropertyKey, unknown>)[key];
    if (typeof parent !== 'object' || parent === null) return false;
  }
  const last = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof last === 'number') {
    if (last >= parent.length) return false;
    parent.splice(last, 1);
    return true;
  }
  if (!Object.hasOwn(parent as object, last)) return false;
  delete (parent as Record<PropertyKey, unknown>)[last];
  return true;
}

/** Read a parsed value (trusted to be plain JSON data) as a scenario. */
export function readScenarioValue(raw: unknown, knownCounties: readonly string[], defaults: Partial<Scenario> = {}): ReadScenario {
  const dropped: Dropped[] = [];
  if (!isObject(raw)) {
    dropped.push({ path: '(root)', reason: 'invalid_value', detail: 'expected an object' });
    raw = {};
  }
  // a deep copy, so dropping never touches the caller's value
  const value = migrate(structuredClone({ ...defaults, ...(raw as Record<string, unknown>) }), dropped);
  if (isObject(value.counties)) {
    for (const id of Object.keys(value.counties)) {
      if (knownCounties.includes(id)) continue;
      dropped.push({ path: `counties.${id}`, reason: 'unknown_county', detail: id });
      delete value.counties[id];
    }
  }
  // each round drops what the schema names; a dropped optional field falls back to its default
  for (let round = 0; round < 256; round++) {
    const parsed = scenarioSchema.safeParse(value);
    if (parsed.success) return { scenario: parsed.data, dropped };
    // deepest paths first, later array indices first, so one removal does not shift another
    const issues = [...parsed.error.issues].sort((a, b) => b.path.length - a.path.length || String(b.path.at(-1)).localeCompare(String(a.path.at(-1)), 'en', { numeric: true }));
    let removed = false;
    for (const issue of issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          if (removeAt(value, [...issue.path, key])) {
            removed = true;
            dropped.push({ path: fieldPath([...issue.path, key]), reason: 'unknown_field', detail: issue.message });
          }
        }
      } else if (issue.path.length && removeAt(value, issue.path)) {
        removed = true;
        dropped.push({ path: fieldPath(issue.path), reason: 'invalid_value', detail: issue.message });
      }
    }
    // a missing required field cannot be removed: drop what holds it (a project, say), one per
    // round, since dropping an array element moves the ones after it
    const first = issues[0]!;
    for (let n = first.path.length - 1; !removed && n > 0; n--) {
      if (!removeAt(value, first.path.slice(0, n))) continue;
      removed = true;
      const holder = fieldPath(first.path.slice(0, n));
      // what was said of the parts of the dropped holder is said by dropping it
      for (let i = dropped.length - 1; i >= 0; i--) if (dropped[i]!.path.startsWith(`${holder}.`) || dropped[i]!.path.startsWith(`${holder}[`)) dropped.splice(i, 1);
      dropped.push({ path: holder, reason: 'invalid_value', detail: `${fieldPath(first.path.slice(n))}: ${first.message}` });
    }
    if (!removed) break;
    // a dropped top-level field takes the caller's default before the schema's
    for (const [k, v] of Object.entries(defaults)) if (!(k in value)) value[k] = structuredClone(v);
  }
  dropped.push({ path: '(root)', reason: 'invalid_value', detail: 'could not be repaired' });
  return { scenario: scenarioSchema.parse({ ...defaults, version: scenarioVersion }), dropped };
}

/** Read scenario JSON text (a file, a decoded link) safely. */
export function readScenarioText(text: string, knownCounties: readonly string[], defaults: Partial<Scenario> = {}): ReadScenario {
  const json = parseJsonSafely(text, scenarioJsonLimits);
  if (!json.ok) {
    return {
      scenario: scenarioSchema.parse({ ...defaults, version: scenarioVersion }),
      dropped: [{ path: '(root)', reason: json.problem, detail: json.detail }],
    };
  }
  const read = readScenarioValue(json.value, knownCounties, defaults);
  return { ...read, dropped: [...json.unsafeKeys.map((k) => ({ path: k, reason: 'unsafe_key' as const, detail: k })), ...read.dropped] };
}
