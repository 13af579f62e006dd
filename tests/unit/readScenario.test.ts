// Salvage field by field: the hostile links of issue 17 keep every valid edit beside the broken
// ones, repairs are named, and what a link may ask for is bounded.
import { describe, expect, it } from 'vitest';
import { readScenarioValue } from '../../src/scenario/readScenario.ts';
import { decodeLink } from '../../src/scenario/link.ts';
import { maxDraws, maxNewProjects, scenario as scenarioSchema, scenarioVersion } from '../../src/scenario/scenarioSchema.ts';
import { applyOverrides } from '../../src/scenario/applyScenario.ts';
import type { CountyAssumptions } from '../../src/engine/projectCounty.ts';
import { countyIds } from './arbitraries/scenario.ts';

const known = [...countyIds];
const project = (i: number) => ({ id: `user_p${i}`, name: `Wing ${i}`, resource: 'beds', amount: 100, openingYear: 2024 });
const hashOf = (json: unknown) => `#j=${encodeURIComponent(JSON.stringify(json))}`;

describe('reading a damaged scenario', () => {
  it('1,000 project moves without a year: the moves go, the birth rate, the trend and 2030 stay', () => {
    const moves = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`p${i}`, {}]));
    const read = decodeLink(hashOf({ version: 2, preset: 'trend', horizon: 2030, counties: { pingshan: { birthRatePerMille: 5.5, projects: moves } } }), known);
    expect(read.scenario).toMatchObject({ preset: 'trend', horizon: 2030, counties: { pingshan: { totalFertilityRate: 0.812 } } });
    expect(read.scenario.counties.pingshan).not.toHaveProperty('projects.p0');
    // the birth rate is converted (and said), the 1,000 moves each dropped
    expect(read.dropped.filter((d) => d.reason === 'converted').map((d) => d.path)).toEqual(['counties.pingshan.birthRatePerMille']);
    read.dropped = read.dropped.filter((d) => d.reason !== 'converted');
    expect(read.dropped).toHaveLength(1000);
    expect(read.dropped[0]).toMatchObject({ path: 'counties.pingshan.projects.p0', reason: 'invalid_value', problem: { kind: 'missing' } });
    expect(new Set(read.dropped.map((d) => d.detail.split(':')[0]))).toEqual(new Set(['openingYear']));
  });

  it('more than 256 broken new projects cost those projects, not the scenario', () => {
    const broken = Array.from({ length: 300 }, (_, i) => ({ ...project(i), amount: 'lots' }));
    const read = readScenarioValue({ version: 3, seed: 7, counties: { fushan: { deathRatePerMille: 7, newProjects: [...broken, project(999)] } } }, known);
    expect(read.scenario.seed).toBe(7);
    expect(read.scenario.counties.fushan).toMatchObject({ lifeExpectancy: 80.6, newProjects: [project(999)] });
    expect(read.dropped.filter((d) => d.reason === 'converted').map((d) => d.path)).toEqual(['counties.fushan.deathRatePerMille']);
    read.dropped = read.dropped.filter((d) => d.reason !== 'converted');
    expect(read.dropped).toHaveLength(300);
    // each broken project is named once, with what was wrong with it (its size is not a number)
    expect(read.dropped.every((d) => /^counties\.fushan\.newProjects\[\d+\]$/u.test(d.path) && d.problem?.kind === 'not_a_number')).toBe(true);
    expect(read.dropped.map((d) => d.path)).not.toContain('(root)');
  });

  it(`a ${maxNewProjects + 1}st new project is left out by name; the first ${maxNewProjects} stay`, () => {
    const many = Array.from({ length: maxNewProjects + 1 }, (_, i) => project(i));
    const read = readScenarioValue({ version: 3, counties: { shandan: { newProjects: many } } }, known);
    expect(read.scenario.counties.shandan?.newProjects).toEqual(many.slice(0, maxNewProjects));
    expect(read.dropped).toEqual([expect.objectContaining({ path: `counties.shandan.newProjects[${maxNewProjects}]`, reason: 'over_limit', problem: { kind: 'too_many', max: maxNewProjects } })]);
  });

  it('two new projects with one id: the second is renamed and said, both stay', () => {
    const read = readScenarioValue({ version: 3, counties: { xiangshan: { newProjects: [project(1), { ...project(1), name: 'Other wing' }, { ...project(1), id: 'user_p1_2' }] } } }, known);
    expect(read.scenario.counties.xiangshan?.newProjects?.map((p) => [p.id, p.name])).toEqual([['user_p1', 'Wing 1'], ['user_p1_3', 'Other wing'], ['user_p1_2', 'Wing 1']]);
    expect(read.dropped).toEqual([expect.objectContaining({ path: 'counties.xiangshan.newProjects[1].id', reason: 'renamed', detail: 'user_p1 → user_p1_3' })]);
    expect(scenarioSchema.safeParse(read.scenario).success).toBe(true);
  });

  it(`a link that asks for a million draws gets ${maxDraws.toLocaleString('en')}, and says so`, () => {
    const read = decodeLink(hashOf({ version: 2, draws: 1_000_000 }), known);
    expect(read.scenario.draws).toBe(maxDraws);
    expect(read.dropped).toEqual([expect.objectContaining({ path: 'draws', reason: 'capped', problem: { kind: 'above', max: maxDraws } })]);
  });

  it('a version that names none ([], "v2", 0, 2.5) is read as this one and named; no version is this one', () => {
    for (const version of [[], 'v2', 0, 2.5, null]) {
      const read = readScenarioValue({ version, preset: 'trend' }, known);
      expect(read.scenario.preset, JSON.stringify(version)).toBe('trend');
      expect(read.dropped, JSON.stringify(version)).toEqual([expect.objectContaining({ path: 'version', reason: 'unknown_version' })]);
    }
    expect(readScenarioValue({ preset: 'trend' }, known)).toEqual({ scenario: expect.objectContaining({ version: scenarioVersion, preset: 'trend' }), dropped: [] });
  });

  it('a broken part of a project is said of the project it takes with it', () => {
    const read = readScenarioValue({ version: 3, counties: { fushan: { newProjects: [{ ...project(1), openingYear: 1999 }] } } }, known);
    expect(read.dropped).toEqual([{ path: 'counties.fushan.newProjects[0]', reason: 'invalid_value', detail: expect.stringMatching(/^openingYear: /u), problem: { kind: 'below', min: 2021 } }]);
  });
});

describe('ids that name a property of every object', () => {
  it('moving one project leaves a project called constructor where its plan puts it', () => {
    const base = { projects: [{ id: 'constructor', resource: 'beds', amount: 100, openingYear: 2023 }, { id: 'wing', resource: 'beds', amount: 50, openingYear: 2024 }], resources: {} } as unknown as CountyAssumptions;
    const moved = applyOverrides(base, { projects: { wing: { openingYear: 2026 } } });
    expect(moved.projects.map((p) => [p.id, p.openingYear])).toEqual([['constructor', 2023], ['wing', 2026]]);
  });
});
