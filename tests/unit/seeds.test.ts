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
    const perCapitaFigureIds = c.figures.filter((f) => f.perCapitaBase).map((f) => f.id);
    for (const i of c.indicators) {
      for (const ref of [...(i.sumOf ?? []), i.numeratorOf, i.ratioOf?.numerator, i.ratioOf?.denominator].filter(Boolean)) {
        expect(indicatorIds, `${c.id}.${i.id} refers to ${ref}`).toContain(ref);
      }
      for (const ref of i.includes ?? []) expect([...indicatorIds, ...figureIds], `${c.id}.${i.id} includes ${ref}`).toContain(ref);
    }
    for (const f of c.figures) {
      for (const ref of f.sumOf ?? []) expect(figureIds, `${c.id}.${f.id} sums ${ref}`).toContain(ref);
      for (const ref of f.includes ?? []) expect(figureIds, `${c.id}.${f.id} includes ${ref}`).toContain(ref);
      // a count is the numerator of a per-capita row, or of a per-capita figure (a prose ratio, a norm)
      if (f.numeratorOf) expect([...indicatorIds, ...perCapitaFigureIds], `${c.id}.${f.id} counts ${f.numeratorOf}`).toContain(f.numeratorOf);
      if (f.upTo !== undefined) expect(f.upTo, `${c.id}.${f.id} range`).toBeGreaterThan(f.value);
    }
  });

  it.each(counties.map((c) => [c.id, c] as const))('%s: a target restated as a change is the baseline plus that change', (_, c) => {
    for (const i of c.indicators) {
      for (const r of i.restatements.filter((x) => x.change !== undefined)) {
        expect(r.value, `${c.id}.${i.id}`).toBeCloseTo(i.baseline!.value! + r.change!, 9);
      }
    }
  });

  it('a target printed as a change each year cannot be stored as a level', () => {
    const fushan = JSON.parse(readFileSync(join(seedsDir, 'fushan.json'), 'utf8'));
    const myopia = fushan.indicators.find((i: { id: string }) => i.id === 'youth_myopia_rate_pct');
    // 003:96 青少年总体近视率 … 力争每年降低 1 个百分点: a direction, not "at most 1 %"
    expect(myopia.target).toMatchObject({ text: '力争每年降低 1 个百分点', comparator: 'decrease', value: null });
    myopia.target = { ...myopia.target, value: 1, comparator: '<=' };
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    writeFileSync(join(dir, 'fushan.json'), JSON.stringify(fushan));
    expect(loadCountiesFromDisk(dir).errors).toContainEqual(expect.stringMatching(/target\.comparator: a target printed as a change each year is a direction/u));
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

describe('source titles', () => {
  it('name the source, never how it was copied (the status says that): no “third-party copy”, “news copy”, “mirror” in any title', async () => {
    const { plausibleRanges, mostBirths, populationChangePerYear } = await import('../../src/data/plausibleRanges.ts');
    const { parameters } = await import('../../src/data/parameters.ts');
    const titles: string[] = [];
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) (k === 'title' || k === 'titleEn') && typeof v === 'string' ? titles.push(v) : walk(v);
    };
    const counties = loadCountiesFromDisk().counties;
    walk(counties);
    walk([plausibleRanges, mostBirths, populationChangePerYear]);
    for (const p of Object.values(parameters))
      for (const c of counties)
        for (const r of ['beds', 'doctors', 'nurses', 'childcare_slots'] as const) {
          try {
            walk((p.default as (c: unknown, r: unknown) => unknown)(c, r));
          } catch {
            // a default that takes other arguments (the years of a rate series) names its source the same way below
          }
        }
    walk(Object.values(parameters));
    expect(titles.length).toBeGreaterThan(20);
    for (const t of titles) expect(t).not.toMatch(/copy|third-party|news|mirror|转载|镜像|第三方/iu);
  });
});
