// Turns zod's issues into one line each that names the file and the field, so a broken seed
// or import says exactly where it is broken.
import type { z } from 'zod';

export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
    .join('') || '(root)';
}

export function formatZodIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${file}: ${fieldPath(issue.path)}: ${issue.message}`);
}
