// A county plan brought by the user: the README's example imports and runs like the five; broken
// files are refused with the field and the line.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readCountyText } from '../../src/data/importCounty.ts';
import { missingQuotes } from '../../src/data/quoteCheck.ts';
import { readPlanTexts } from '../../src/data/nodeSeeds.ts';
import { engineApi } from '../../src/runtime/engineApi.ts';

const example = readFileSync('seeds/examples/shandan-excerpt.json', 'utf8');
const bundled = ['shanhaiguan', 'pingshan', 'xiangshan', 'fushan', 'shandan'];

/** the example with a part of it changed, as a user's editor would leave it */
const edited = (change: (c: Record<string, any>) => void) => {
  const c = JSON.parse(example) as Record<string, any>;
  change(c);
  return JSON.stringify(c, null, 2);
};

describe('importing a county plan', () => {
  it('the README example imports, its quotes are verbatim, and the engine runs it beside the five', () => {
    const read = readCountyText(example, bundled);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(missingQuotes(read.county, readPlanTexts('seeds/plans'))).toEqual([]);
    const reports = engineApi.project({ preset: 'plan', horizon: 2025, seed: 1, draws: 0, importedCounties: [read.county] });
    expect(reports.map((r) => r.id)).toEqual([...reports.slice(0, 5).map((r) => r.id), 'shandan_excerpt']);
    const excerpt = reports.at(-1)!;
    const shandan = reports.find((r) => r.id === 'shandan')!;
    // the same plan figures give the same projection as the bundled Shandan, at the reported precision
    // (the excerpt states no child mortality, so its cohorts lose the national rate of infants, not Shandan's)
    const shown = (xs: readonly (number | null)[]) => xs.map((x) => (x === null ? null : x.toFixed(2)));
    expect(shown(excerpt.series.beds_per_1000!)).toEqual(shown(shandan.series.beds_per_1000!));
    expect(excerpt.verdicts.find((v) => v.indicator === 'gps_per_10k')).toMatchObject({ met: true, target: 3.3 });
  });

  it('names the field and the line of each problem', () => {
    const broken = example.replace('"value": 150262', '"value": -5').replace('"perCapitaBase": 10000', '"perCapitaBase": 500');
    const read = readCountyText(broken, bundled);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const lines = example.split('\n');
    const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
    expect(read.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'population.value', line: lineOf('"value": 150262') }),
        expect.objectContaining({ path: 'indicators[1].perCapitaBase', line: lineOf('"perCapitaBase": 10000') }),
      ]),
    );
  });

  it('names the line of a JSON syntax error, and refuses a taken id, unsafe keys, and plans outside 2015–2025', () => {
    const syntax = readCountyText(example.replace('"binding": true,', '"binding": true,,'), bundled);
    expect(syntax.ok ? null : syntax.problems[0]?.line).toBe(example.split('\n').findIndex((l) => l.includes('"binding": true,')) + 1);
    const taken = readCountyText(example, [...bundled, 'shandan_excerpt']);
    expect(taken.ok ? null : taken.problems[0]).toMatchObject({ path: 'id', line: 2 });
    const proto = readCountyText(example.replace('"figures": []', '"figures": [], "__proto__": {"x": 1}'), bundled);
    expect(proto.ok ? null : proto.problems[0]?.message).toMatch(/unsafe keys: __proto__/u);
    const late = readCountyText(example.replace(/"targetYear": 2025/u, '"targetYear": 2030'), bundled);
    expect(late.ok ? null : late.problems[0]?.path).toBe('plan.targetYear');
    // a byte-order mark (Windows Notepad) is not part of the JSON; the lines are counted as without it
    const bom = readCountyText(`\uFEFF${example}`, bundled);
    expect(bom.ok).toBe(true);
    const bomLate = readCountyText(`\uFEFF${example.replace(/"targetYear": 2025/u, '"targetYear": 2030')}`, bundled);
    expect(bomLate.ok ? null : bomLate.problems[0]?.line).toBe(late.ok ? null : late.problems[0]?.line);
    const deep = readCountyText(`${'['.repeat(100)}${']'.repeat(100)}`, bundled);
    expect(deep.ok ? null : deep.problems[0]?.message).toMatch(/too_deep/u);
  });

  it('refuses repeated indicator, figure and project ids and a quote listed twice, naming each repeat and its line', () => {
    const figure = { id: 'doctors_2020', metric: 'doctors', label: { zh: '医师', en: 'Doctors' }, unit: { zh: '人', en: 'people' }, year: 2020, value: 600, provenance: { kind: 'stated', seed: 'x.txt', quote: '医师600人' } };
    const project = { id: 'wing', name: { zh: '病房楼', en: 'Wing' }, resource: 'beds', amount: 100, openingYear: 2024, provenance: { kind: 'stated', seed: 'x.txt', quote: '新增床位100张' } };
    const text = edited((c) => {
      c.indicators.push(structuredClone(c.indicators[0]));
      c.figures = [figure, { ...figure, value: 601 }];
      c.projects = [project, project];
      c.population.provenance.quotes.splice(1, 0, c.population.provenance.quotes[0]);
    });
    const read = readCountyText(text, bundled);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => [p.path, p.message])).toEqual(expect.arrayContaining([
      ['indicators[2].id', 'the same id as [0]'],
      ['figures[1].id', 'the same id as [0]'],
      ['projects[1].id', 'the same id as [0]'],
      ['population.provenance.quotes[1]', 'the same quote as [0]'],
    ]));
    for (const p of read.problems) expect(p.line, p.path).toBeGreaterThan(1);
  });

  it('refuses an id a link could not carry (constructor, prototype)', () => {
    for (const id of ['constructor', 'prototype']) {
      const read = readCountyText(edited((c) => (c.id = id)), bundled);
      expect(read.ok ? null : read.problems[0], id).toMatchObject({ path: 'id', message: 'is a reserved word, not an id' });
    }
  });
});

describe('import problems in the reader’s language', () => {
  it('say what is wrong in Chinese or English, never in zod’s words', async () => {
    const { importProblemText } = await import('../../src/i18n/problems.ts');
    const { zh } = await import('../../src/i18n/zh.ts');
    const { en } = await import('../../src/i18n/en.ts');
    const broken = example.replace('"value": 150262', '"value": -1').replace('"binding": true,', '"binding": "yes",');
    const read = readCountyText(broken, bundled);
    if (read.ok) throw new Error('should not import');
    expect(read.problems.map((p) => importProblemText(p, 'en', en))).toEqual(['must be more than 0', 'not true or false']);
    expect(read.problems.map((p) => importProblemText(p, 'zh', zh))).toEqual(['须大于 0', '不是 true 或 false']);
    const taken = readCountyText(example, [...bundled, 'shandan_excerpt']);
    if (taken.ok) throw new Error('should not import');
    expect(importProblemText(taken.problems[0]!, 'zh', zh)).toBe('已载入编号为“shandan_excerpt”的县（区）');
    const missing = readCountyText(example.replace('"binding": true,', ''), bundled);
    if (missing.ok) throw new Error('should not import');
    expect(importProblemText(missing.problems[0]!, 'en', en)).toBe('no binding');
  });
});

describe('import problems in one round', () => {
  it('a negative population and a 2030 target year are both said at once, in the order of their lines', () => {
    const broken = example.replace('"value": 150262', '"value": -1').replace(/"targetYear": 2025/u, '"targetYear": 2030');
    const read = readCountyText(broken, bundled);
    if (read.ok) throw new Error('should not import');
    expect(read.problems.map((p) => [p.path, p.line])).toEqual([['plan.targetYear', 18], ['population.value', 22]]);
  });
});
