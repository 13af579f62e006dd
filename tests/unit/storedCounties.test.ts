// Imported counties as the browser keeps them: two tabs importing at once keep both, and a stored
// county this build cannot read is kept as it was, with why.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { mergeStoredCounties, readStoredCounties, writeStoredCounties } from '../../src/data/storedCounties.ts';
import { readCountyText } from '../../src/data/importCounty.ts';
import type { County } from '../../src/data/seedSchema.ts';

const bundled = ['shanhaiguan', 'pingshan', 'xiangshan', 'fushan', 'shandan'];
const example = readFileSync('seeds/examples/shandan-excerpt.json', 'utf8');
const county = (id: string): County => {
  const read = readCountyText(example.replace('"shandan_excerpt"', `"${id}"`), bundled);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.county;
};

describe('imported counties in storage', () => {
  it('two tabs each importing a county: both are stored, in the order written', () => {
    // tab A wrote its county; tab B, opened before, imports another and writes
    const afterA = writeStoredCounties([county('county_a')], []);
    const merged = mergeStoredCounties([county('county_b')], readStoredCounties(afterA, bundled), new Set(), []);
    expect(merged.counties.map((c) => c.id)).toEqual(['county_b', 'county_a']);
    expect(readStoredCounties(writeStoredCounties(merged.counties, merged.kept), bundled).counties.map((c) => c.id)).toEqual(['county_b', 'county_a']);
  });

  it('a county removed in this tab is not brought back by the merge', () => {
    const stored = readStoredCounties(writeStoredCounties([county('county_a'), county('county_b')], []), bundled);
    expect(mergeStoredCounties([county('county_b')], stored, new Set(['county_a']), []).counties.map((c) => c.id)).toEqual(['county_b']);
  });

  it('a stored county that no longer validates (repeated ids) is kept as it was, with why', () => {
    const old = JSON.parse(JSON.stringify(county('county_old'))) as { indicators: unknown[] };
    old.indicators.push(old.indicators[0]);
    const text = writeStoredCounties([county('county_a')], [JSON.stringify(old)]);
    const read = readStoredCounties(text, bundled);
    expect(read.counties.map((c) => c.id)).toEqual(['county_a']);
    expect(read.problems).toEqual([expect.objectContaining({ path: 'indicators[2].id', problem: { kind: 'repeated' } })]);
    expect(writeStoredCounties(read.counties, read.kept)).toBe(text);
  });

  it('the same county stored twice is one; a value that is not a list is refused (to be set aside)', () => {
    const twice = JSON.stringify([JSON.stringify(county('county_a')), JSON.stringify(county('county_a'))]);
    expect(readStoredCounties(twice, bundled)).toMatchObject({ counties: [expect.objectContaining({ id: 'county_a' })], kept: [], refused: false });
    for (const bad of ['{"a":1}', '[1]', 'not json']) expect(readStoredCounties(bad, bundled).refused, bad).toBe(true);
    expect(readStoredCounties(null, bundled)).toEqual({ counties: [], kept: [], problems: [], refused: false });
  });
});
