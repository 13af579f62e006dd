// The counties a user imported, as the browser keeps them: a JSON array of the counties' texts.
// Read leniently (a text that no longer validates is kept as it was, with why) and merged on write,
// so two tabs importing at once both keep their county and nothing stored is written over.
import { readCountyText } from './importCounty.ts';
import type { StoredCounties } from './storedCountiesWrite.ts';

export { mergeStoredCounties, writeStoredCounties, type StoredCounties } from './storedCountiesWrite.ts';

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
