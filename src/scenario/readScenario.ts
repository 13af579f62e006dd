// Any scenario from outside (link, file, saved list, CLI) comes in here: it is migrated from older
// versions, then everything valid is kept and every part that is not is dropped and named, so a
// damaged or hand-edited scenario still opens with as much of the sender's work as can be trusted.
// Salvage is field by field: one broken project move costs that move, never the birth rate beside
// it, and each round of the schema drops everything it names at once, so a link with thousands of
// broken entries costs a few rounds, not one per entry.
import type { z } from 'zod';
import { fieldPath, problemOf, type FieldProblem } from '../data/issues.ts';
import { parseJsonSafely, type JsonRefusal } from '../data/safeJson.ts';
import { freshId } from '../data/unique.ts';
import { cappedFields, scenario as scenarioSchema, scenarioVersion, type Scenario } from './scenarioSchema.ts';

export type DropReason =
  | JsonRefusal
  | 'unreadable'
  | 'invalid_value'
  | 'unknown_field'
  | 'unknown_county'
  | 'unsafe_key'
  | 'newer_version'
  /** more than may be asked for: the most allowed is used */
  | 'capped'
  /** the same id as an earlier entry: given a fresh one */
  | 'renamed'
  /** beyond how many entries are allowed: left out */
  | 'over_limit'
  /** a link the page could not fit its scenario into (see link.ts) */
  | 'too_long_for_link'
  /** a version that names none: read as this one */
  | 'unknown_version';

export interface Dropped {
  /** where in the scenario, e.g. counties.pingshan.birthRatePerMille; "(root)" for the whole */
  path: string;
  reason: DropReason;
  /** the technical detail (the schema's message), for the CLI and the curious */
  detail: string;
  /** what was wrong with the field, for the reader's language */
  problem?: FieldProblem;
  /** the saved scenario it is in, by name (for notes about the saved list) */
  entry?: string;
}

export interface ReadScenario {
  scenario: Scenario;
  dropped: Dropped[];
}

/** Limits for scenario JSON from links and files: generous for real scenarios (a few KB). */
export const scenarioJsonLimits = { maxChars: 1_000_000, maxDepth: 16 } as const;

type Json = Record<string, unknown> | unknown[];
type Path = readonly PropertyKey[];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Older versions, each step to the next: v1 had no county budgets, v2 no bed-need or childcare
 * demand parameters, v3 no observed values, so each is the next as it stands. */
const migrations: Record<number, (s: Record<string, unknown>) => Record<string, unknown>> = {
  1: (s) => ({ ...s, version: 2 }),
  2: (s) => ({ ...s, version: 3 }),
  3: (s) => ({ ...s, version: 4 }),
};

function migrate(raw: Record<string, unknown>, dropped: Dropped[]): Record<string, unknown> {
  let s = raw;
  let version = scenarioVersion;
  if (typeof s.version === 'number' && Number.isInteger(s.version) && s.version >= 1) version = s.version;
  else if (s.version !== undefined) {
    // a version that names none ([], "v2", 0) is read as this one, and said
    dropped.push({ path: 'version', reason: 'unknown_version', detail: `${String(JSON.stringify(s.version)).slice(0, 40)}: read as version ${scenarioVersion}` });
  }
  if (version > scenarioVersion) {
    dropped.push({ path: 'version', reason: 'newer_version', detail: `${version} > ${scenarioVersion}` });
    version = scenarioVersion;
  }
  while (version < scenarioVersion && migrations[version]) s = migrations[version++]!(s);
  return { ...s, version: scenarioVersion };
}

function valueAt(root: unknown, path: Path): { found: boolean; value: unknown } {
  let node: unknown = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return { found: false, value: undefined };
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value: node };
}

/** Removes the value at `path`; returns false when there is nothing there to remove. */
function removeAt(root: Json, path: Path): boolean {
  const parent = valueAt(root, path.slice(0, -1)).value;
  const last = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof last === 'number') {
    if (last >= parent.length) return false;
    parent.splice(last, 1);
    return true;
  }
  if (typeof parent !== 'object' || parent === null || !Object.hasOwn(parent, last)) return false;
  delete (parent as Record<PropertyKey, unknown>)[last];
  return true;
}

function setAt(root: Json, path: Path, value: unknown) {
  (valueAt(root, path.slice(0, -1)).value as Record<PropertyKey, unknown>)[path[path.length - 1]!] = value;
}

/** Later entries before earlier ones and parts before their holders, so that removing one never
 * moves another still to be removed. */
function later(a: Path, b: Path): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    if (typeof a[i] === 'number' && typeof b[i] === 'number') return (b[i] as number) - (a[i] as number);
    return String(b[i]) < String(a[i]) ? -1 : 1;
  }
  return b.length - a.length;
}

const within = (path: Path, holder: Path) => holder.length < path.length && holder.every((k, i) => path[i] === k);

/** the paths that hold `path` ("a.b[2].c": "a", "a.b", "a.b[2]") */
function holderPaths(path: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < path.length; i++) if (path[i] === '.' || path[i] === '[') out.push(path.slice(0, i));
  return out;
}

/** each removal once, and none inside another that goes */
function outermost(removals: readonly Removal[]): Removal[] {
  const paths = new Set(removals.map((r) => r.note.path));
  const seen = new Set<string>();
  return removals.filter((r) => {
    if (seen.has(r.note.path) || holderPaths(r.note.path).some((p) => paths.has(p))) return false;
    seen.add(r.note.path);
    return true;
  });
}

interface Removal {
  path: Path;
  note: Dropped;
}

/** The removals (and repairs) one schema round asks for. */
function planRound(value: Json, issues: readonly z.core.$ZodIssue[], dropped: readonly Dropped[]): { removals: Removal[]; repaired: Dropped[] } {
  const said = new Map(dropped.map((d) => [d.path, d]));
  const removals: Removal[] = [];
  const repaired: Dropped[] = [];
  for (const issue of issues) {
    const path = issue.path;
    const here = valueAt(value, path);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) removals.push({ path: [...path, key], note: { path: fieldPath([...path, key]), reason: 'unknown_field', detail: issue.message, problem: { kind: 'unknown_field' } } });
    } else if (issue.code === 'too_big' && issue.origin === 'number' && cappedFields.has(fieldPath(path))) {
      setAt(value, path, Number(issue.maximum));
      repaired.push({ path: fieldPath(path), reason: 'capped', detail: `${String(here.value)} > ${String(issue.maximum)}`, problem: problemOf(issue, true) });
    } else if (issue.code === 'custom' && issue.params?.repeats !== undefined && typeof here.value === 'string') {
      const siblings = valueAt(value, path.slice(0, -2)).value as { id?: unknown }[];
      const id = freshId(here.value, new Set(siblings.map((s) => String(s?.id))));
      setAt(value, path, id);
      repaired.push({ path: fieldPath(path), reason: 'renamed', detail: `${here.value} → ${id}`, problem: { kind: 'repeated' } });
    } else if (issue.code === 'too_big' && issue.origin === 'array' && Array.isArray(here.value)) {
      // the entries beyond the limit go, the first ones stay, once the broken ones have gone
      if (issues.some((other) => within(other.path, path))) continue;
      for (let i = Number(issue.maximum); i < here.value.length; i++) removals.push({ path: [...path, i], note: { path: fieldPath([...path, i]), reason: 'over_limit', detail: issue.message, problem: problemOf(issue, true) } });
    } else if (here.found && path.length) {
      removals.push({ path, note: { path: fieldPath(path), reason: 'invalid_value', detail: issue.message, problem: problemOf(issue, true) } });
    } else if (path.length > 1) {
      // a required field is missing (or was dropped in an earlier round): what holds it goes, and
      // what was said of the field is said of the holder
      const holder = path.slice(0, -1);
      const field = fieldPath(path);
      const earlier = said.get(field);
      const missing = fieldPath(path.slice(-1)).replace(/^\[|\]$/gu, '');
      removals.push({ path: holder, note: { path: fieldPath(holder), reason: 'invalid_value', detail: `${missing}: ${earlier?.detail ?? issue.message}`, problem: earlier?.problem ?? { kind: 'missing', field: missing } } });
    }
  }
  return { removals, repaired };
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
  // each round drops (or repairs) all the schema names; a dropped optional field falls back to its
  // default; every round removes something, and nesting is at most 16 deep
  for (let round = 0; round < 32; round++) {
    const parsed = scenarioSchema.safeParse(value);
    if (parsed.success) return { scenario: parsed.data, dropped };
    const { removals, repaired } = planRound(value, parsed.error.issues, dropped);
    dropped.push(...repaired);
    // a holder that goes takes its parts, and what was said of them
    const holders = outermost(removals);
    const gone = new Set(holders.map((h) => h.note.path));
    for (let i = dropped.length - 1; i >= 0; i--) if (holderPaths(dropped[i]!.path).some((p) => gone.has(p))) dropped.splice(i, 1);
    // removed latest first, said in the order the schema met them
    const done = new Set(holders.toSorted((a, b) => later(a.path, b.path)).filter((r) => removeAt(value, r.path)));
    const removed = done.size;
    dropped.push(...holders.filter((r) => done.has(r)).map((r) => r.note));
    if (!removed && !repaired.length) break;
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
