// The share link and scenario files: exact round trips, migration from older versions, and damaged
// or hostile input that always yields a valid scenario plus a list of what was dropped.
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { decodeLink, encodeLink, linkCarries, maxPayloadChars, pageDefaults, type LinkState } from '../../src/scenario/link.ts';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { costParameters, countyParameters, resourceParameters } from '../../src/data/parameters.ts';
import { resources } from '../../src/data/catalogue.ts';
import { maxNewProjects, type Scenario } from '../../src/scenario/scenarioSchema.ts';
import { readScenarioText, readScenarioValue, scenarioJsonLimits } from '../../src/scenario/readScenario.ts';
import { scenario as scenarioSchema, scenarioVersion } from '../../src/scenario/scenarioSchema.ts';
import { countyIds, scenarioArb } from './arbitraries/scenario.ts';

const known = [...countyIds];
const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const linkOf = (json: unknown) => `#s=${base64url(deflateSync(strToU8(JSON.stringify(json))))}`;

describe('share link', () => {
  it('round-trips any valid scenario with its view and language exactly', () => {
    const state = fc.record({
      scenario: scenarioArb,
      county: fc.option(fc.constantFrom(...countyIds), { nil: null }),
      indicator: fc.option(fc.constantFrom('beds_per_1000', 'nurses_per_1000'), { nil: null }),
      lang: fc.option(fc.constantFrom('zh' as const, 'en' as const), { nil: null }),
      view: fc.constantFrom('main' as const, 'compare' as const),
    });
    fc.assert(
      fc.property(state, (s: LinkState) => {
        const back = decodeLink(encodeLink(s), known);
        expect(back.dropped).toEqual([]);
        expect({ ...back, dropped: undefined }).toEqual({ ...s, indicator: s.county ? s.indicator : null, dropped: undefined });
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips any valid scenario through its JSON file', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const back = readScenarioText(JSON.stringify(s, null, 2), known);
        expect(back.dropped).toEqual([]);
        expect(back.scenario).toEqual(s);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves the defaults out: the plan as written has no scenario in its link', () => {
    expect(encodeLink({ scenario: { ...pageDefaults, counties: {} }, county: null, indicator: null, lang: null, view: 'main' })).toBe('');
    expect(encodeLink({ scenario: { ...pageDefaults, counties: {} }, county: 'pingshan', indicator: null, lang: 'en', view: 'main' })).toBe('#county=pingshan&lang=en');
  });

  it('keeps a heavily edited scenario short enough for a chat message', () => {
    const heavy = { ...pageDefaults, preset: 'trend' as const, horizon: 2030 as const, counties: Object.fromEntries(countyIds.map((id, i) => [id, {
      totalFertilityRate: 1.1 + i / 100, lifeExpectancy: 78.2, netMigrationPerMille: -3, budget10kYuan: 20000,
      resources: { beds: { additionsPerYear: 120 + i }, doctors: { additionsPerYear: 40.5, attrition: 0.06 }, nurses: { additionsPerYear: 80, attrition: 0.07 }, gps: { additionsPerYear: 5 }, childcare_slots: { additionsPerYear: 300 } },
      projects: { county_hospital_expansion: { openingYear: 2026 } },
      newProjects: [{ id: `user_wing_${i}`, name: '县医院新病房楼', resource: 'beds' as const, amount: 300, openingYear: 2024 }],
    }])) };
    const link = encodeLink({ scenario: heavy, county: 'pingshan', indicator: 'beds_per_1000', lang: 'zh', view: 'main' });
    expect(link.length).toBeLessThan(2000);
    expect(decodeLink(link, known).scenario).toEqual(heavy);
  });

  it('whatever the page writes, it reads: the largest scenario the panel can make for the five counties fits a link', () => {
    // every control at its maximum, every project moved, a 2030 target for every row, and the
    // most new projects, each with a name of 80 random Chinese characters (which deflate poorly)
    let state = 7;
    const char = () => String.fromCodePoint(0x4e00 + ((state = (state * 48271) % 2147483647) % 20000));
    const counties = loadCountiesFromDisk().counties;
    const largest: Scenario = {
      ...pageDefaults, preset: 'trend', horizon: 2030, seed: -(2 ** 31), draws: 9999,
      unitCosts: Object.fromEntries(costParameters.filter((p) => p.control).map((p) => [p.id, p.bounds.max - Math.PI / 1e6])),
      counties: Object.fromEntries(counties.map((c) => [c.id, {
        ...Object.fromEntries(countyParameters.filter((p) => p.control).map((p) => [p.id, p.bounds.max - Math.PI / 1e6])),
        budget10kYuan: 9_999_999.123456,
        resources: Object.fromEntries(resources.map((r) => [r, Object.fromEntries(resourceParameters.filter((p) => p.control).map((p) => [p.id, p.bounds.max - Math.PI / 1e6]))])),
        projects: Object.fromEntries(c.projects.map((p) => [p.id, { openingYear: 2099 }])),
        horizonTargets: Object.fromEntries(c.indicators.map((i) => [i.id, 123_456.789012])),
        newProjects: Array.from({ length: maxNewProjects }, (_, i) => ({ id: `user_${i}_${'x'.repeat(24)}`, name: Array.from({ length: 80 }, char).join(''), resource: 'childcare_slots' as const, amount: 99_999, openingYear: 2100 })),
      }])),
    };
    const link = encodeLink({ scenario: largest, county: 'pingshan', indicator: 'beds_per_1000', lang: 'zh', view: 'compare' });
    expect(linkCarries(largest)).toBe(true);
    expect(link.length).toBeLessThan(maxPayloadChars);
    const back = decodeLink(link, known);
    expect(back.dropped).toEqual([]);
    expect(back.scenario).toEqual(largest);
  });

  it('a scenario too large for any link is not put in one: the link says so, and opens on the defaults with that note', () => {
    let state = 11;
    const word = () => Array.from({ length: 80 }, () => String.fromCodePoint(0x4e00 + ((state = (state * 48271) % 2147483647) % 20000))).join('');
    const ids = Array.from({ length: 120 }, (_, i) => `imported_${i}`);
    const huge: Scenario = { ...pageDefaults, counties: Object.fromEntries(ids.map((id) => [id, { newProjects: Array.from({ length: maxNewProjects }, (_, i) => ({ id: `user_${i}`, name: word(), resource: 'beds' as const, amount: 1, openingYear: 2024 })) }])) };
    expect(linkCarries(huge)).toBe(false);
    const link = encodeLink({ scenario: huge, county: null, indicator: null, lang: 'en', view: 'main' });
    expect(link).toBe('#lang=en&toolong=1');
    const back = decodeLink(link, ids);
    expect(back.scenario).toEqual(pageDefaults);
    expect(back.dropped).toEqual([expect.objectContaining({ path: '(root)', reason: 'too_long_for_link' })]);
  });

  it('opens the first version\'s links (view only) on the defaults', () => {
    const old = decodeLink('#county=pingshan&indicator=beds_per_1000', known);
    expect(old).toEqual({ scenario: pageDefaults, county: 'pingshan', indicator: 'beds_per_1000', lang: null, view: 'main', dropped: [] });
  });

  it('migrates a version 1 scenario (no budgets) to the current version; its birth rate becomes a total fertility rate, and says so', () => {
    const v1 = { version: 1, preset: 'trend', counties: { shandan: { birthRatePerMille: 6 } } };
    const read = decodeLink(linkOf(v1), known);
    // 6‰ of the national 6.77‰ (2024) × the national total fertility 1.0 = 0.886
    expect(read.dropped).toEqual([{ path: 'counties.shandan.birthRatePerMille', reason: 'converted', detail: '6‰ → totalFertilityRate 0.886' }]);
    expect(read.scenario).toEqual({ ...pageDefaults, preset: 'trend', counties: { shandan: { totalFertilityRate: 0.886 } } });
  });

  it('opens a version 2 link exactly as it was made: every field of that version, as it stood', () => {
    const v2 = {
      version: 2, preset: 'plan', horizon: 2030, seed: 7, draws: 500,
      counties: { pingshan: { birthRatePerMille: 5.42, netMigrationPerMille: -2, budget10kYuan: 3000, resources: { nurses: { additionsPerYear: 24, attrition: 0.03 } }, projects: { county_hospital_expansion: { openingYear: 2026 } }, horizonTargets: { beds_per_1000: 7.5 }, newProjects: [{ id: 'user_rehab', name: 'Rehab wing', resource: 'beds', amount: 200, openingYear: 2024 }] } },
      unitCosts: { bedCapital: 25 },
    };
    const read = decodeLink(linkOf(v2), known);
    // every field as it stood, but the birth rate, which version 4 reads as total fertility: 5.42 ÷ 6.77 × 1.0
    expect(read.dropped).toEqual([{ path: 'counties.pingshan.birthRatePerMille', reason: 'converted', detail: '5.42‰ → totalFertilityRate 0.801' }]);
    const { birthRatePerMille: _birth, ...pingshan } = v2.counties.pingshan;
    expect(read.scenario).toEqual({ ...v2, version: scenarioVersion, counties: { pingshan: { ...pingshan, totalFertilityRate: 0.801 } } });
    // and what this version added (the bed-need and childcare-demand parameters) is new and optional
    expect(read.scenario.counties.pingshan).not.toHaveProperty('targetOccupancy');
  });

  it('keeps what is valid in a hand-edited link and names what it dropped', () => {
    const edited = { version: 2, preset: 'trend', horizon: 2040, colour: 'red', counties: { pingshan: { birthRatePerMille: 'lots', deathRatePerMille: 7 }, atlantis: {} } };
    const read = decodeLink(`${linkOf(edited)}&county=narnia&lang=fr`, known);
    // a death rate of 7‰ against the national 7.87‰: life expectancy 79.25 − ln(7 ÷ 7.87) ÷ (ln 2 ÷ 8) = 80.60
    expect(read.scenario).toEqual({ ...pageDefaults, preset: 'trend', counties: { pingshan: { lifeExpectancy: 80.6 } } });
    expect(read.dropped.map((d) => [d.path, d.reason]).sort()).toEqual(
      [
        ['colour', 'unknown_field'],
        ['counties.atlantis', 'unknown_county'],
        ['counties.pingshan.birthRatePerMille', 'invalid_value'],
        ['counties.pingshan.deathRatePerMille', 'converted'],
        ['county', 'unknown_county'],
        ['horizon', 'invalid_value'],
        ['lang', 'invalid_value'],
      ].sort(),
    );
    expect(read.county).toBeNull();
    expect(read.lang).toBeNull();
  });

  it('drops a user project with a missing field whole, and keeps the others', () => {
    const good = { id: 'user_a', name: 'wing', resource: 'beds', amount: 300, openingYear: 2024 };
    const read = readScenarioValue({ version: 2, counties: { fushan: { newProjects: [{ ...good, id: 'user_b', amount: undefined }, good] } } }, known);
    expect(read.scenario.counties.fushan?.newProjects).toEqual([good]);
    expect(read.dropped.map((d) => d.path)).toEqual(['counties.fushan.newProjects[0]']);
  });

  it('refuses a truncated, oversized or over-deep link with a reason and opens the defaults', () => {
    const good = linkOf({ version: 2, preset: 'trend' });
    expect(decodeLink(good.slice(0, -6), known).dropped[0]?.reason).toBe('unreadable');
    expect(decodeLink(`#s=${'A'.repeat(maxPayloadChars + 1)}`, known).dropped[0]?.reason).toBe('too_large');
    const deep = linkOf(JSON.parse('['.repeat(40) + ']'.repeat(40)));
    expect(decodeLink(deep, known).dropped[0]?.reason).toBe('too_deep');
    // a deflate bomb: 5 MB of spaces in a short payload
    const bomb = `#s=${base64url(deflateSync(strToU8(`{"version":2${' '.repeat(5_000_000)}}`)))}`;
    expect(bomb.length).toBeLessThan(maxPayloadChars);
    expect(decodeLink(bomb, known).dropped[0]?.reason).toBe('too_large');
    for (const bad of [good.slice(0, -6), deep, bomb]) expect(decodeLink(bad, known).scenario).toEqual(pageDefaults);
  });

  it('never lets a key reach a prototype', () => {
    const text = '{"version":2,"__proto__":{"polluted":true},"counties":{"pingshan":{"constructor":{"prototype":{"polluted":true}}}}}';
    const read = readScenarioText(text, known);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(read.scenario).toEqual(scenarioSchema.parse({ version: scenarioVersion, counties: { pingshan: {} } }));
    expect(read.dropped.filter((d) => d.reason === 'unsafe_key').map((d) => d.detail).sort()).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(readScenarioText('x'.repeat(scenarioJsonLimits.maxChars + 1), known).dropped[0]?.reason).toBe('too_large');
  });
});

describe('a link written before the compressor has come', () => {
  // the page loads linkFormat.ts without fflate; a fresh copy of it is the page before the
  // compressor has come (link.ts, imported above, brings its own)
  const beforeCompressor = async () => {
    vi.resetModules();
    return import('../../src/scenario/linkFormat.ts');
  };
  const state = fc.record({
    scenario: scenarioArb,
    county: fc.option(fc.constantFrom(...countyIds), { nil: null }),
    indicator: fc.constant(null),
    lang: fc.option(fc.constantFrom('zh' as const, 'en' as const), { nil: null }),
    view: fc.constantFrom('main' as const, 'compare' as const),
  });

  it('carries the scenario as plain JSON (j=), which the reader opens exactly; once the compressor has come, deflated, as before', async () => {
    const page = await beforeCompressor();
    expect(page.compressorLoaded()).toBe(false);
    fc.assert(
      fc.property(state, (s: LinkState) => {
        const plain = page.encodeLink(s);
        // (the compressor, sent for by the first scenario written, cannot come within this synchronous run)
        expect(page.compressorLoaded()).toBe(false);
        const params = new URLSearchParams(plain.slice(1));
        expect(params.has('s')).toBe(false);
        expect(params.has('j')).toBe(page.scenarioPayload(s.scenario) !== null);
        const back = decodeLink(plain, known);
        expect(back.dropped).toEqual([]);
        expect({ ...back, dropped: undefined }).toEqual({ ...s, dropped: undefined });
      }),
      { numRuns: 300 },
    );
    await page.loadCompressor();
    expect(page.compressorLoaded()).toBe(true);
    fc.assert(
      fc.property(state, (s: LinkState) => {
        expect(page.encodeLink(s)).toBe(encodeLink(s));
      }),
      { numRuns: 100 },
    );
  });

  it('a plain link is the same scenario the deflated one is, and a scenario too large for it is kept off it as before', async () => {
    const page = await beforeCompressor();
    const edited = { ...pageDefaults, preset: 'trend' as const, counties: { pingshan: { totalFertilityRate: 1.42, newProjects: [{ id: 'user_wing', name: '县医院新病房楼 & “east” wing', resource: 'beds' as const, amount: 300, openingYear: 2024 }] } } };
    const at: LinkState = { scenario: edited, county: 'pingshan', indicator: 'beds_per_1000', lang: 'zh', view: 'main' };
    const plain = page.encodeLink(at);
    expect(plain).toMatch(/^#county=pingshan&indicator=beds_per_1000&lang=zh&j=%7B/u);
    expect(decodeLink(plain, known)).toEqual(decodeLink(encodeLink(at), known));
    expect(decodeLink(plain, known).scenario).toEqual(edited);
    // too large plain (and deflated too): not put in the link, which says so
    let seed = 11;
    const word = () => Array.from({ length: 80 }, () => String.fromCodePoint(0x4e00 + ((seed = (seed * 48271) % 2147483647) % 20000))).join('');
    const ids = Array.from({ length: 120 }, (_, i) => `imported_${i}`);
    const huge: Scenario = { ...pageDefaults, counties: Object.fromEntries(ids.map((id) => [id, { newProjects: Array.from({ length: maxNewProjects }, (_, i) => ({ id: `user_${i}`, name: word(), resource: 'beds' as const, amount: 1, openingYear: 2024 })) }])) };
    expect(page.linkCarries(huge)).toBe(false);
    expect(page.encodeLink({ scenario: huge, county: null, indicator: null, lang: 'en', view: 'main' })).toBe('#lang=en&toolong=1');
  });
});

describe('fuzz: 10,000 damaged links and files', () => {
  // mutations of valid scenarios: values swapped for junk, keys renamed, text cut or flipped
  const junk = fc.oneof(fc.constant(null), fc.boolean(), fc.double(), fc.string({ maxLength: 8 }), fc.constant([]), fc.constant({}), fc.constant('__proto__'), fc.integer());
  const mutated = fc.tuple(scenarioArb, fc.array(fc.tuple(fc.nat(), junk, fc.boolean()), { maxLength: 6 })).map(([s, edits]) => {
    const copy = JSON.parse(JSON.stringify(s)) as Record<string, unknown>;
    for (const [at, value, rename] of edits) {
      // walk to a random object inside and break one of its fields
      let node: Record<string, unknown> = copy;
      for (let depth = 0; depth < 4; depth++) {
        const keys = Object.keys(node);
        if (!keys.length) break;
        const key = keys[(at + depth) % keys.length]!;
        const child = node[key];
        if (depth < 3 && typeof child === 'object' && child !== null && (at >> depth) % 2) {
          node = child as Record<string, unknown>;
          continue;
        }
        if (rename) {
          node[`${key}x`] = child;
          delete node[key];
        } else node[key] = value;
        break;
      }
    }
    return copy;
  });
  const text = fc.oneof(
    mutated.map((v) => JSON.stringify(v)),
    fc.tuple(mutated, fc.nat(), fc.nat(255)).map(([v, at, code]) => {
      const t = JSON.stringify(v);
      const i = at % (t.length + 1);
      return t.slice(0, i) + String.fromCharCode(code) + t.slice(i + 1);
    }),
    fc.json(),
    fc.string(),
  );

  it('always yields a valid scenario and says what it dropped', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (t, asLink) => {
        const read = asLink ? decodeLink(`#j=${encodeURIComponent(t)}`, known) : readScenarioText(t, known);
        expect(scenarioSchema.safeParse(read.scenario).success).toBe(true);
        // nothing is lost silently: with no note, the input was a valid scenario as it stood
        if (read.dropped.length === 0) {
          const given = JSON.parse(t) as Record<string, unknown>;
          expect(scenarioSchema.safeParse({ ...given, version: scenarioVersion }).success).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('random and cut share links never throw', () => {
    const links = fc.oneof(
      fc.string({ maxLength: 300 }).map((s) => `#s=${s}`),
      fc.tuple(scenarioArb, fc.nat()).map(([s, cut]) => {
        const l = encodeLink({ scenario: s, county: 'pingshan', indicator: null, lang: 'en', view: 'main' });
        return l.slice(0, cut % (l.length + 1));
      }),
      fc.string({ maxLength: 200 }),
    );
    fc.assert(
      fc.property(links, (l) => {
        const read = decodeLink(l, known);
        expect(scenarioSchema.safeParse(read.scenario).success).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
