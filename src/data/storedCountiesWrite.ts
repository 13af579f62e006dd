// The counties a user imported as the browser keeps them, and their writing back, merged with what
// another tab stored meanwhile: without the schema that reading them takes (storedCounties.ts), so
// a page that has nothing stored does not load it.
import type { ImportProblem } from './importCounty.ts';
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
