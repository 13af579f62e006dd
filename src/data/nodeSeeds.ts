// Reads seeds/*.json and the plan texts from disk, for the CLI, the build check and the tests.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseCountyFiles, type LoadedCounties, type SeedFile } from './loadCounties.ts';
import { withoutBom } from './safeJson.ts';

export const seedsDir = join(import.meta.dirname, '../../seeds');
export const plansDir = join(seedsDir, 'plans');

export function readSeedFiles(dir = seedsDir): SeedFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => {
      const text = withoutBom(readFileSync(join(dir, name), 'utf8'));
      try {
        return { name, json: JSON.parse(text) as unknown };
      } catch (e) {
        return { name, json: undefined, parseError: (e as Error).message };
      }
    });
}

export function loadCountiesFromDisk(dir = seedsDir): LoadedCounties {
  return parseCountyFiles(readSeedFiles(dir));
}

export function readPlanTexts(dir = plansDir): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}
