// A county plan the user brings (JSON in the seeds format): size-, depth- and key-checked, then
// validated by the seed schema, every problem named by field and line so it can be fixed in an
// editor. Quotes cannot be checked against a plan text we do not have; the user vouches for them.
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { county as countySchema, type County } from './seedSchema.ts';
import { fieldPath } from './issues.ts';
import { parseJsonSafely, withoutBom } from './safeJson.ts';

export const countyImportLimits = { maxChars: 2_000_000, maxDepth: 32 } as const;

export interface ImportProblem {
  /** 1-based line in the file, when known */
  line: number | null;
  /** the field, e.g. indicators[2].target.value; "(root)" for the file */
  path: string;
  message: string;
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
    if (safe.problem !== 'not_json') return { ok: false, problems: [{ line: null, path: '(root)', message: `${safe.problem}: ${safe.detail}` }] };
    const errors: ParseError[] = [];
    parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    return { ok: false, problems: [{ line: first ? lineAt(text, first.offset) : null, path: '(root)', message: first ? printParseErrorCode(first.error) : safe.detail }] };
  }
  if (safe.unsafeKeys.length) return { ok: false, problems: [{ line: null, path: '(root)', message: `unsafe keys: ${safe.unsafeKeys.join(', ')}` }] };
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
  const parsed = countySchema.safeParse(safe.value);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.slice(0, 50).map((i) => ({ line: lineOf(i.path), path: fieldPath(i.path), message: i.message })) };
  }
  const c = parsed.data;
  const problems: ImportProblem[] = [];
  if (takenIds.includes(c.id)) problems.push({ line: lineOf(['id']), path: 'id', message: `a county with id "${c.id}" is already loaded` });
  // the simulator runs 14th Five-Year plans: a baseline before 2025 and targets by 2025
  if (c.plan.baselineYear < 2015 || c.plan.baselineYear > 2024) problems.push({ line: lineOf(['plan', 'baselineYear']), path: 'plan.baselineYear', message: 'must be from 2015 to 2024' });
  if (c.plan.targetYear <= c.plan.baselineYear || c.plan.targetYear > 2025) problems.push({ line: lineOf(['plan', 'targetYear']), path: 'plan.targetYear', message: 'must be after the baseline year and no later than 2025' });
  if (c.population.year !== c.plan.baselineYear) problems.push({ line: lineOf(['population', 'year']), path: 'population.year', message: 'must be the plan’s baseline year' });
  return problems.length ? { ok: false, problems } : { ok: true, county: c };
}
