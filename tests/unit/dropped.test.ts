// The banner reads in a few lines in the reader's language, however much a link dropped: repeated
// problems are one line with a count and where, each path once, no zod English.
import { describe, expect, it } from 'vitest';
import { droppedLines } from '../../src/i18n/dropped.ts';
import { decodeLink } from '../../src/scenario/link.ts';
import { zh } from '../../src/i18n/zh.ts';
import { en } from '../../src/i18n/en.ts';
import { countyIds } from './arbitraries/scenario.ts';

const names: Record<string, { zh: string; en: string }> = { pingshan: { zh: '平山县', en: 'Pingshan County' }, fushan: { zh: '福山区', en: 'Fushan District' } };
const nameIn = (lang: 'zh' | 'en') => (id: string) => names[id]?.[lang] ?? null;
const linkOf = (json: unknown) => `#j=${encodeURIComponent(JSON.stringify(json))}`;

describe('the banner of what a link dropped', () => {
  const moves = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`p${i}`, {}]));
  const read = decodeLink(linkOf({ version: 2, draws: 1e6, colour: 'red', counties: { pingshan: { birthRatePerMille: 'lots', deathRatePerMille: 70, projects: moves, resources: { nurses: { attrition: 2 } } }, atlantis: {} } }), [...countyIds]);

  it('300 project moves without a year are one line, in English and in Chinese', () => {
    const lines = droppedLines(read.dropped, 'en', en, nameIn('en'));
    expect(lines.map((l) => l.text)).toEqual([
      'County: no such county',
      'colour: unknown field',
      'Monte Carlo draws: more than may be asked for; the most allowed is used (above the maximum 10,000)',
      'Project moves (300): no opening year, left out',
      'Nurses: share leaving a year: above the maximum 1, left out',
      'Death rate (older version): an older birth or death rate, converted to total fertility or life expectancy (close in meaning, not the same: please check)',
      'Birth rate (older version): not a number, left out',
    ].sort((a, b) => lines.findIndex((l) => l.text === a) - lines.findIndex((l) => l.text === b)));
    const movesLine = lines.find((l) => l.count === 300)!;
    expect(movesLine.places).toBe('Pingshan County · p0, Pingshan County · p1, Pingshan County · p2 and 297 more');
    expect(lines.find((l) => l.text.startsWith('County'))!.places).toBe('atlantis');

    const zhLines = droppedLines(read.dropped, 'zh', zh, nameIn('zh')).map((l) => l.text);
    expect(zhLines).toContain('项目调整（300 处）：缺少开放年份，未采用');
    expect(zhLines).toContain('出生率（旧版）：不是数字，未采用');
    expect(zhLines).toContain('死亡率（旧版）：旧版的出生率、死亡率已换算为总和生育率、人均预期寿命（含义相近而不同，请核对）');
    // no developer English in the Chinese banner, and no path said twice
    for (const line of zhLines.filter((l) => !l.startsWith('colour'))) expect(line, line).not.toMatch(/[A-Za-z]{3,}/u);
  });

  it('each note is one place; the count is every note', () => {
    const lines = droppedLines(read.dropped, 'en', en, nameIn('en'));
    expect(lines.reduce((n, l) => n + l.count, 0)).toBe(read.dropped.length);
    for (const l of lines) expect(l.text.split(l.path).length, l.text).toBeLessThanOrEqual(2);
  });

  it('a whole link refused, a renamed project and an unsafe key read plainly', () => {
    const lines = droppedLines([
      { path: '(root)', reason: 'too_large', detail: '600000 > 500000' },
      { path: 'counties.fushan.newProjects[1].id', reason: 'renamed', detail: 'user_a → user_a_2', problem: { kind: 'repeated' } },
      { path: '__proto__', reason: 'unsafe_key', detail: '__proto__' },
    ], 'en', en, nameIn('en'));
    expect(lines.map((l) => [l.text, l.places])).toEqual([
      ['the whole scenario: too large to open', ''],
      ['New projects: the same id as another; given a new one', 'Fushan District · #2'],
      ['__proto__: unsafe key, removed', ''],
    ]);
  });
});
