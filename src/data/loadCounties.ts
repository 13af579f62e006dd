// Parses county seed files with the one seed schema. A broken file is reported by file and field
// and left out; the other counties still load.
import { county, type County } from './seedSchema.ts';
import { formatZodIssues } from './issues.ts';

export interface SeedFile {
  name: string;
  json: unknown;
  /** set when the file is not JSON at all */
  parseError?: string;
}

export interface LoadedCounties {
  counties: County[];
  errors: string[];
}

export function parseCountyFiles(files: readonly SeedFile[]): LoadedCounties {
  const counties: County[] = [];
  const errors: string[] = [];
  for (const file of files) {
    if (file.parseError !== undefined) {
      errors.push(`${file.name}: not valid JSON: ${file.parseError}`);
      continue;
    }
    const parsed = county.safeParse(file.json);
    if (parsed.success) counties.push(parsed.data);
    else errors.push(...formatZodIssues(file.name, parsed.error));
  }
  // The plans' own order (seed file names), so every view lists counties the same way.
  counties.sort((a, b) => a.plan.seed.localeCompare(b.plan.seed));
  return { counties, errors };
}
