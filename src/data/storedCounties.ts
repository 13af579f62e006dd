// The counties a user imported, as the browser keeps them: a JSON array of the counties' texts.
// Read leniently (a text that no longer validates is kept as it was, with why) and merged on write,
// so two tabs importing at once both keep their county and nothing stored is written over.
import { readCountyText, type ImportProblem } from './importCounty.ts';
import type { County } from './seedSchema.ts';

export interface StoredCounties {
  counties: County[];
  /** texts this build cannot read, written back as they were */
  kept: string[];
  /** why, one for each kept text */
  problems: ImportProblem[];
  /** the stored value is not a list of texts at all: to set aside, not to write over */
  refused: boolean;
}

export function readStoredCounties(text: string | null, bundledIds: readonly string[]): StoredCounties {
  const read: StoredCounties = { counties: [], kept: [], problems: [], refused: false };
  let stored: unknown = [];
  try {
    stored = JSON.parse(text ?? '[]');
  } catch {
    return { ...read, refused: true };
  }
  if (!Array.isArray(stored) || !stored.every((x) => typeof x === 'string')) return { ...read, refused: true };
  for (const county of stored as string[]) {
    const c = readCountyText(county, [...bundledIds, ...read.counties.map((x) => x.id)]);
    if (c.ok) read.counties.push(c.county);
    // the same county stored twice (two tabs imported it) is one county
    else if (c.problems[0]?.problem.kind === 'id_taken' && read.counties.some((x) => JSON.stringify(x) === county)) continue;
    else if (!read.kept.includes(county)) {
      read.kept.push(county);
      read.problems.push(c.problems[0]!);
    }
  }
  return read;
}

/** What to store: this tab's counties, and those another tab stored since (unless this tab removed
 * them); every text kept unread. */
export function mergeStoredCounties(mine: County[], stored: StoredCounties, removed: ReadonlySet<string>, kept: readonly string[]): { counties: County[]; kept: string[] } {
  const ids = new Set(mine.map((c) => c.id));
  return {
    counties: [...mine, ...stored.counties.filter((c) => !ids.has(c.id) && !removed.has(c.id))],
    kept: [...new Set([...kept, ...stored.kept])],
  };
}

export const writeStoredCounties = (counties: readonly County[], kept: readonly string[]): string => JSON.stringify([...counties.map((c) => JSON.stringify(c)), ...kept]);
