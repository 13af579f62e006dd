// The saved list loses nothing to a save: what this build cannot read goes back as it was.
import { describe, expect, it } from 'vitest';
import { readSavedList, writeSavedList, type SavedList } from '../../src/scenario/savedList.ts';
import { pageDefaults } from '../../src/scenario/defaults.ts';
import { countyIds } from './arbitraries/scenario.ts';

const known = [...countyIds];
const entry = (i: number, scenario: unknown = { version: 3, seed: i }) => ({ id: `s${i}`, name: `Scenario ${i}`, savedAt: '2026-01-02T03:04:05.000Z', scenario });
const list = (items: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ version: 1, items, ...extra });
/** read, change nothing, write: what a save of another entry does to this one */
const roundTrip = (text: string, known_ = known) => JSON.parse(writeSavedList(readSavedList(text, known_))) as { items: Record<string, unknown>[] } & Record<string, unknown>;

describe('the saved list', () => {
  it('keeps every entry, however many (no cap)', () => {
    const many = list(Array.from({ length: 250 }, (_, i) => entry(i)));
    const read = readSavedList(many, known);
    expect(read.items).toHaveLength(250);
    expect(roundTrip(many).items).toHaveLength(250);
  });

  it('writes back what a newer build wrote: its fields, its scenario, the list’s own fields', () => {
    const fromNewer = { ...entry(1, { version: 5, preset: 'trend', colour: 'red', counties: { pingshan: { totalFertilityRate: 1.1, mood: 'sunny' } } }), tags: ['workshop'], pinned: true };
    const text = list([fromNewer, entry(2)], { owner: 'planning office' });
    const read = readSavedList(text, known);
    expect(read.items[0]!.scenario).toMatchObject({ preset: 'trend', counties: { pingshan: { totalFertilityRate: 1.1 } } });
    const back = roundTrip(text);
    expect(back.items[0]).toEqual(fromNewer);
    expect(back.owner).toBe('planning office');
    // renamed, its other fields stay
    read.items[0] = { ...read.items[0]!, name: 'Renamed' };
    expect(JSON.parse(writeSavedList(read)).items[0]).toEqual({ ...fromNewer, name: 'Renamed' });
  });

  it('keeps an entry it cannot read, as it was, and names it', () => {
    const broken = { id: 'BAD ID', name: '', scenario: 7 };
    const text = list([entry(1), broken, 'nonsense']);
    const read = readSavedList(text, known);
    expect(read.items.map((i) => i.id)).toEqual(['s1']);
    expect(read.dropped.map((d) => d.path)).toEqual(['items[1]', 'items[2]']);
    expect(roundTrip(text).items).toEqual([entry(1), broken, 'nonsense']);
  });

  it('keeps the edits of a county not loaded here, through any save and a save over, and names them', () => {
    const withImported = entry(1, { version: 4, counties: { my_county: { totalFertilityRate: 1.9 }, pingshan: { lifeExpectancy: 77 } } });
    const text = list([withImported]);
    const read = readSavedList(text, known);
    expect(read.items[0]!.scenario.counties).toEqual({ pingshan: { lifeExpectancy: 77 } });
    expect(read.dropped).toEqual([expect.objectContaining({ path: 'counties.my_county', reason: 'unknown_county', entry: 'Scenario 1' })]);
    expect(roundTrip(text).items[0]).toEqual(withImported);
    // saved over with a new scenario: the county not loaded keeps its edits
    const over: SavedList = { ...read, items: [{ ...read.items[0]!, scenario: { ...pageDefaults, counties: { fushan: { totalFertilityRate: 1.5 } } } }] };
    expect((JSON.parse(writeSavedList(over)).items[0].scenario as { counties: unknown }).counties).toEqual({ my_county: { totalFertilityRate: 1.9 }, fushan: { totalFertilityRate: 1.5 } });
    // and once the county is imported again, it is read with them
    expect(readSavedList(text, [...known, 'my_county']).items[0]!.scenario.counties).toEqual({ my_county: { totalFertilityRate: 1.9 }, pingshan: { lifeExpectancy: 77 } });
  });

  it('gives the second of two entries with one id a new id, and says so', () => {
    const read = readSavedList(list([entry(1), { ...entry(1), name: 'Other' }]), known);
    expect(read.items.map((i) => [i.id, i.name])).toEqual([['s1', 'Scenario 1'], ['s1_2', 'Other']]);
    expect(read.dropped).toEqual([expect.objectContaining({ reason: 'renamed', entry: 'Other' })]);
  });

  it('says when the whole list cannot be read (for the page to set it aside), or a newer build wrote it', () => {
    for (const text of ['{"version":1,"items":[', '"just text"', '{"version":1}', '[1,2]']) {
      const read = readSavedList(text, known);
      expect(read.refused, text).not.toBeNull();
      expect(read.items, text).toEqual([]);
    }
    expect(readSavedList(list([entry(1)]), known).refused).toBeNull();
    expect(readSavedList(JSON.stringify({ version: 2, items: [entry(1)] }), known)).toMatchObject({ newer: true, refused: null, items: [expect.objectContaining({ id: 's1' })] });
  });
});

describe('where a scenario was saved from', () => {
  it('goes with it and comes back; a place naming a county not here, or unreadable, is left out and the scenario still opens', () => {
    const at = { county: 'pingshan', indicator: 'beds_per_1000', view: 'main' };
    const read = readSavedList(list([{ ...entry(1), place: at }, { ...entry(2), place: { county: 'elsewhere', indicator: null, view: 'main' } }, { ...entry(3), place: 'the moon' }, entry(4)]), known);
    expect(read.items.map((i) => i.place)).toEqual([at, undefined, undefined, undefined]);
    expect(read.items).toHaveLength(4);
    expect(roundTrip(list([{ ...entry(1), place: at }])).items[0]!.place).toEqual(at);
    const saved = JSON.parse(writeSavedList({ items: [{ id: 'n', name: 'new', savedAt: '', scenario: pageDefaults, place: { county: null, indicator: null, view: 'compare' } }], unreadable: [], extra: {} }));
    expect(readSavedList(JSON.stringify(saved), known).items[0]!.place).toEqual({ county: null, indicator: null, view: 'compare' });
  });
});
