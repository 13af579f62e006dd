import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCountiesFromDisk, readPlanTexts, seedsDir } from '../../src/data/nodeSeeds.ts';
import { missingQuotes, quotesOf } from '../../src/data/quoteCheck.ts';
import { isSimulated } from '../../src/data/catalogue.ts';

describe('seed files', () => {
  const { counties, errors } = loadCountiesFromDisk();
  const plans = readPlanTexts();

  it('all five parse with no error', () => {
    expect(errors).toEqual([]);
    expect(counties).toHaveLength(5);
  });

  it.each(counties.map((c) => [c.id, c] as const))('%s: every quote is verbatim in its plan', (_, c) => {
    expect(quotesOf(c).length).toBeGreaterThan(c.indicators.length);
    expect(missingQuotes(c, plans)).toEqual([]);
  });

  it.each(counties.map((c) => [c.id, c] as const))('%s: ids are unique and references resolve', (_, c) => {
    const indicatorIds = c.indicators.map((i) => i.id);
    const figureIds = c.figures.map((f) => f.id);
    expect(new Set(indicatorIds).size).toBe(indicatorIds.length);
    expect(new Set(figureIds).size).toBe(figureIds.length);
    for (const i of c.indicators) {
      for (const ref of [...(i.sumOf ?? []), i.numeratorOf, i.ratioOf?.numerator, i.ratioOf?.denominator].filter(Boolean)) {
        expect(indicatorIds, `${c.id}.${i.id} refers to ${ref}`).toContain(ref);
      }
    }
    for (const f of c.figures) {
      for (const ref of f.sumOf ?? []) expect(figureIds, `${c.id}.${f.id} sums ${ref}`).toContain(ref);
      if (f.numeratorOf) expect(indicatorIds, `${c.id}.${f.id} counts ${f.numeratorOf}`).toContain(f.numeratorOf);
    }
  });

  it.each(counties.map((c) => [c.id, c] as const))('%s: simulated indicators have a numeric baseline and target', (_, c) => {
    const simulated = c.indicators.filter((i) => isSimulated(i.id));
    expect(simulated.length).toBeGreaterThanOrEqual(4);
    for (const i of simulated) {
      expect(i.baseline?.value, `${c.id}.${i.id} baseline`).toEqual(expect.any(Number));
      expect(i.target?.value, `${c.id}.${i.id} target`).toEqual(expect.any(Number));
    }
  });

  it('a broken seed fails with a message naming the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    const good = JSON.parse(readFileSync(join(seedsDir, 'pingshan.json'), 'utf8'));
    good.indicators[2].baseline.value = 'five';
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(good));
    writeFileSync(join(dir, 'notjson.json'), '{ "id": ');
    const { counties: loaded, errors: errs } = loadCountiesFromDisk(dir);
    expect(loaded).toEqual([]);
    expect(errs).toContainEqual(expect.stringMatching(/^broken\.json: indicators\[2\]\.baseline\.value: .*number/u));
    expect(errs).toContainEqual(expect.stringMatching(/^notjson\.json: not valid JSON/u));
  });

  it('a seed with a repeated indicator id fails by name, as the build and validate-seed do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    const twice = JSON.parse(readFileSync(join(seedsDir, 'pingshan.json'), 'utf8'));
    twice.indicators.push(twice.indicators[0]);
    writeFileSync(join(dir, 'twice.json'), JSON.stringify(twice));
    const { counties: loaded, errors: errs } = loadCountiesFromDisk(dir);
    expect(loaded).toEqual([]);
    expect(errs).toEqual([`twice.json: indicators[${twice.indicators.length - 1}].id: the same id as [0]`]);
  });

  it('a quote that is not in the plan is caught', () => {
    const c = structuredClone(counties[0]!);
    c.indicators[0]!.source.quote = '这句话不在规划里';
    expect(missingQuotes(c, plans).map((m) => m.path)).toEqual([`indicators[0](${c.indicators[0]!.id}).source`]);
  });
});
