// A county plan the user brings (JSON in the seeds format): size-, depth- and key-checked, then
// validated by the seed schema, every problem named by field and line so it can be fixed in an
// editor. Quotes cannot be checked against a plan text we do not have; the user vouches for them.
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { county as countySchema, type County } from './seedSchema.ts';
import { fieldPath, problemOf, type FieldProblem } from './issues.ts';
import { parseJsonSafely, withoutBom, type JsonRefusal } from './safeJson.ts';

export const countyImportLimits = { maxChars: 2_000_000, maxDepth: 32 } as const;

/** the import's own rules, beyond the schema */
export type ImportRule =
  | { kind: 'id_taken'; id: string }
  | { kind: 'baseline_year' }
  | { kind: 'target_year' }
  | { kind: 'population_year' }
  | { kind: 'unsafe_keys'; keys: string }
  | { kind: 'refused'; reason: JsonRefusal };

export interface ImportProblem {
  /** 1-based line in the file, when known */
  line: number | null;
  /** the field, e.g. indicators[2].target.value; "(root)" for the file */
  path: string;
  /** in English, for the CLI and the tests */
  message: string;
  /** the same as data, for the page to say in the reader's language */
  problem: FieldProblem | ImportRule;
}

export type CountyImport = { ok: true; county: County } | { ok: false; problems: ImportProblem[] };

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function readCountyText(file: string, takenIds: readonly string[]): CountyImport {
  const text = withoutBom(file);
  const safe = parseJsonSafely(text, countyImportLimits);
  if (!safe.ok) {
    const problem = { kind: 'refused', reason: safe.problem } as const;
    if (safe.problem !== 'not_json') return { ok: false, problems: [{ line: null, path: '(root)', message: `${safe.problem}: ${safe.detail}`, problem }] };
    const errors: ParseError[] = [];
    parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    return { ok: false, problems: [{ line: first ? lineAt(text, first.offset) : null, path: '(root)', message: first ? printParseErrorCode(first.error) : safe.detail, problem }] };
  }
  const keys = safe.unsafeKeys.join(', ');
  if (keys) return { ok: false, problems: [{ line: null, path: '(root)', message: `unsafe keys: ${keys}`, problem: { kind: 'unsafe_keys', keys } }] };
  const tree = parseTree(text);
  const lineOf = (path: readonly PropertyKey[]): number | null => {
    if (!tree) return null;
    // the deepest node that exists on the path (a missing field: its parent object)
    for (let n = path.length; n >= 0; n--) {
      const node = findNodeAtLocation(tree, path.slice(0, n) as (string | number)[]);
      if (node) return lineAt(text, node.parent?.type === 'property' ? node.parent.offset : node.offset);
    }
    return null;
  };
  // the simulator's own rules are read from the file as it is, so they are said with the schema's
  // problems in one round, not after those are fixed
  const problems: ImportProblem[] = [];
  const rule = (path: string[], message: string, problem: ImportRule) => problems.push({ line: lineOf(path), path: path.join('.'), message, problem });
  const raw = (safe.value ?? {}) as { id?: unknown; plan?: { baselineYear?: unknown; targetYear?: unknown }; population?: { year?: unknown } };
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const baselineYear = num(raw.plan?.baselineYear);
  const targetYear = num(raw.plan?.targetYear);
  const populationYear = num(raw.population?.year);
  if (typeof raw.id === 'string' && takenIds.includes(raw.id)) rule(['id'], `a county with id "${raw.id}" is already loaded`, { kind: 'id_taken', id: raw.id });
  // the simulator runs 14th Five-Year plans: a baseline before 2025 and targets by 2025
  if (baselineYear !== null && (baselineYear < 2015 || baselineYear > 2024)) rule(['plan', 'baselineYear'], 'must be from 2015 to 2024', { kind: 'baseline_year' });
  if (targetYear !== null && baselineYear !== null && (targetYear <= baselineYear || targetYear > 2025)) rule(['plan', 'targetYear'], 'must be after the baseline year and no later than 2025', { kind: 'target_year' });
  if (populationYear !== null && baselineYear !== null && populationYear !== baselineYear) rule(['population', 'year'], 'must be the plan’s baseline year', { kind: 'population_year' });
  const parsed = countySchema.safeParse(safe.value);
  if (!parsed.success) {
    const present = (path: readonly PropertyKey[]) => tree !== undefined && findNodeAtLocation(tree, path as (string | number)[]) !== undefined;
    const schema = parsed.error.issues.slice(0, 50).map((i) => ({ line: lineOf(i.path), path: fieldPath(i.path), message: i.message, problem: problemOf(i, present(i.path)) }));
    const all = [...schema, ...problems.filter((r) => !schema.some((p) => p.path === r.path))];
    return { ok: false, problems: all.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
  }
  return problems.length ? { ok: false, problems } : { ok: true, county: parsed.data };
}
