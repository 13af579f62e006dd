// Observed values pasted from a spreadsheet or read from a CSV file: every readable value kept,
// every unreadable cell named by line and column.
import { describe, expect, it } from 'vitest';
import { mergeObserved, readObservedText, withObservedSource, withObservedValue } from '../../src/ui/observedText.ts';

const names: Record<string, string> = { 床位: 'beds', beds: 'beds', 常住人口: 'population', residents: 'population', 医师: 'doctors' };
const seriesOf = (label: string) => names[label.trim().toLowerCase()] ?? names[label.trim()] ?? null;

describe('reading a pasted block', () => {
  it('years across, a row per series, a source row (tab-separated, as a spreadsheet pastes)', () => {
    const text = '项目\t2023\t2024\t2025\n床位\t2600\t2750\t\n常住人口\t420000\t\t421000\n来源\t统计公报 2023\t统计公报 2024\t\n';
    const r = readObservedText(text, seriesOf);
    expect(r.problems).toEqual([]);
    expect(r.count).toBe(4);
    expect(r.observed).toEqual({ beds: { 2023: { value: 2600, source: '统计公报 2023' }, 2024: { value: 2750, source: '统计公报 2024' } }, population: { 2023: { value: 420000, source: '统计公报 2023' }, 2025: 421000 } });
  });

  it('years down the first column, as CSV with quotes and a BOM', () => {
    const r = readObservedText('\uFEFFyear,beds,"Residents"\n2023,2600,420000\n2024年,"2750",\n', seriesOf);
    expect(r.observed).toEqual({ beds: { 2023: 2600, 2024: 2750 }, population: { 2023: 420000 } });
  });

  it('names what it cannot read and keeps the rest', () => {
    const r = readObservedText('series,2023,2019,2024\nbeds,2600,1,abc\nlibraries,3,4,5\nbeds,-4,,\n', seriesOf);
    expect(r.observed).toEqual({ beds: { 2023: 2600 } });
    expect(r.problems).toEqual([
      { kind: 'not_a_number', line: 2, column: 4, text: 'abc' },
      { kind: 'unknown_series', line: 3, text: 'libraries' },
      { kind: 'out_of_range', line: 4, column: 2, text: '-4' },
    ]);
    expect(readObservedText('a,b\n1,2\n', seriesOf).problems).toEqual([{ kind: 'no_years', line: 1 }]);
  });
});

describe('editing observed values', () => {
  it('sets, removes, merges and gives a year its source', () => {
    let o = withObservedValue(undefined, 'beds', 2023, 2600);
    o = withObservedValue(o, 'beds', 2024, 2750);
    expect(o).toEqual({ beds: { 2023: 2600, 2024: 2750 } });
    o = withObservedSource(o, 2024, ' 统计公报 2024 ');
    expect(o).toEqual({ beds: { 2023: 2600, 2024: { value: 2750, source: '统计公报 2024' } } });
    expect(withObservedSource(o, 2024, '')).toEqual({ beds: { 2023: 2600, 2024: 2750 } });
    expect(mergeObserved(o, { beds: { 2023: 2610 }, doctors: { 2023: 1150 } })).toEqual({ beds: { 2023: 2610, 2024: { value: 2750, source: '统计公报 2024' } }, doctors: { 2023: 1150 } });
    expect(withObservedValue(withObservedValue(o, 'beds', 2023, undefined), 'beds', 2024, undefined)).toBeUndefined();
  });
});
