// The workshop cases: each a valid scenario, for every county or one, with the effect it names.
import { describe, expect, it } from 'vitest';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { workshopCases, caseById } from '../../src/scenario/cases.ts';
import { scenario as scenarioSchema, type Scenario } from '../../src/scenario/scenarioSchema.ts';
import { engineApi } from '../../src/runtime/engineApi.ts';
import { decodeLink, encodeLink } from '../../src/scenario/link.ts';

const { counties } = loadCountiesFromDisk();
const all = counties.map((c) => c.id);
const run = (s: Scenario) => engineApi.project({ ...s, draws: 0 });
const verdict = (s: Scenario, county: string, indicator: string) => run(s).find((r) => r.id === county)!.verdicts.find((v) => v.indicator === indicator)!;
const build = (id: string, scope = all) => caseById(id)!.build(counties, scope);

describe('workshop cases', () => {
  it('each is a valid scenario that survives a share link, for all counties and for each one', () => {
    for (const c of workshopCases) {
      for (const scope of [all, ...all.map((id) => [id])]) {
        const s = c.build(counties, scope);
        expect(scenarioSchema.safeParse(s).success, c.id).toBe(true);
        expect(Object.keys(s.counties).every((id) => scope.includes(id)), c.id).toBe(true);
        expect(decodeLink(encodeLink({ scenario: s, county: null, indicator: null, lang: null, view: 'main' }), all).scenario).toEqual(s);
      }
    }
  });

  it('a bed project a year late: Pingshan loses the 450-bed wing in 2025 and misses its beds target', () => {
    const late = build('bed_project_late', ['pingshan']);
    expect(late.counties).toEqual({ pingshan: { projects: { county_hospital_expansion: { openingYear: 2026 } } } });
    const plan = run(build('plan')).find((r) => r.id === 'pingshan')!;
    const lateReport = run(late).find((r) => r.id === 'pingshan')!;
    expect(plan.series.beds![5]! - lateReport.series.beds![5]!).toBeCloseTo(450, 6);
    expect(verdict(late, 'pingshan', 'beds_per_1000').met).toBe(false);
    expect(caseById('bed_project_late')!.appliesTo(counties.find((c) => c.id === 'fushan')!)).toBe(false);
  });

  it('a staff exodus misses every nurse target the plan path meets', () => {
    const exodus = build('staff_exodus');
    for (const id of all) {
      const nurses = verdict(exodus, id, 'nurses_per_1000');
      if (nurses) expect(nurses.met, id).toBe(false);
    }
  });

  it('fewer births: fewer residents in 2025, so every per-1000 projection is higher', () => {
    const plan = run(build('plan'));
    const low = run(build('low_births'));
    for (const r of plan) {
      const l = low.find((x) => x.id === r.id)!;
      expect(l.series.population![5]!).toBeLessThan(r.series.population![5]!);
      expect(l.series.beds_per_1000?.[5] ?? 0).toBeGreaterThanOrEqual(r.series.beds_per_1000?.[5] ?? 0);
    }
  });

  it('a tight budget (70% of the plan path’s additions) misses targets the plan meets', () => {
    const tight = build('tight_budget');
    expect(verdict(tight, 'shandan', 'beds_per_1000').met).toBe(false);
    expect(verdict(build('plan'), 'shandan', 'beds_per_1000').met).toBe(true);
  });

  it('a childcare push on the trend meets the childcare target the trend alone misses', () => {
    const id = 'fushan';
    expect(verdict(build('trend'), id, 'childcare_slots_per_1000').met).toBe(false);
    expect(verdict(build('childcare_push'), id, 'childcare_slots_per_1000').met).toBe(true);
  });
});
