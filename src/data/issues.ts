// Turns zod's issues into one line each that names the file and the field, so a broken seed
// or import says exactly where it is broken; and into what is wrong as data (FieldProblem), so
// the page can say it in the reader's language rather than in zod's English.
import type { z } from 'zod';

export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
    .join('') || '(root)';
}

export function formatZodIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${file}: ${fieldPath(issue.path)}: ${issue.message}`);
}

/** What is wrong with one field, with the bound it broke. */
export type FieldProblem =
  /** `field`: the one absent, where the holder is named instead */
  | { kind: 'missing'; field?: string }
  | { kind: 'not_a_number' }
  | { kind: 'not_text' }
  | { kind: 'not_true_or_false' }
  | { kind: 'wrong_type' }
  | { kind: 'not_whole' }
  /** `exclusive`: the minimum itself is refused too (a population must be more than 0) */
  | { kind: 'below'; min: number; exclusive?: true }
  | { kind: 'above'; max: number }
  | { kind: 'too_short'; min: number }
  | { kind: 'too_long'; max: number }
  | { kind: 'too_few'; min: number }
  | { kind: 'too_many'; max: number }
  | { kind: 'not_allowed' }
  | { kind: 'repeated' }
  | { kind: 'unknown_field' };

/** `present`: the field is in the data (zod does not say whether an expected value was absent). */
export function problemOf(issue: z.core.$ZodIssue, present: boolean): FieldProblem {
  switch (issue.code) {
    case 'invalid_type':
      if (!present) return { kind: 'missing', field: String(issue.path.at(-1) ?? '') };
      if (issue.expected === 'boolean') return { kind: 'not_true_or_false' };
      if (issue.expected === 'int') return { kind: 'not_whole' };
      return issue.expected === 'number' ? { kind: 'not_a_number' } : issue.expected === 'string' ? { kind: 'not_text' } : { kind: 'wrong_type' };
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'number') return issue.inclusive === false ? { kind: 'below', min, exclusive: true } : { kind: 'below', min };
      return issue.origin === 'string' ? { kind: 'too_short', min } : { kind: 'too_few', min };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      return issue.origin === 'number' ? { kind: 'above', max } : issue.origin === 'string' ? { kind: 'too_long', max } : { kind: 'too_many', max };
    }
    case 'not_multiple_of':
      return { kind: 'not_whole' };
    case 'unrecognized_keys':
      return { kind: 'unknown_field' };
    case 'custom':
      return issue.params?.repeats !== undefined ? { kind: 'repeated' } : { kind: 'not_allowed' };
    default:
      return { kind: 'not_allowed' };
  }
}
