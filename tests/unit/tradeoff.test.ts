// A budget split across what money buys, checked by hand against the plans' numbers.
import { describe, expect, it } from 'vitest';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { presetAssumptions } from '../../src/engine/assumptions.ts';
import { budgetFrontier, frontierBest, fundableResources, mixTargets, planOutcome, splitBudget, withShare } from '../../src/engine/tradeoff.ts';
import { allocateBudget, cheapestToMeetAll, targetPrices } from '../../src/engine/budget.ts';
import { unitCostsFor } from '../../src/scenario/applyScenario.ts';
import { runEconomics, runScenario, runSplit } from '../../src/scenario/run.ts';
import { withAdditions } from '../../src/scenario/edit.ts';
import { defaultScenario } from '../../src/scenario/defaults.ts';

const counties = loadCountiesFromDisk().counties;
const county = (id: string) => counties.find((c) => c.id === id)!;
const costs = unitCostsFor({});

describe('a budget split', () => {
  it('Shandan: one more doctor a year for five years at 3 % leaving costs 14.4133 doctor-years × 13.5222万元 = 194.9万元; 2,000万元 buys 10 a year', () => {
    const c = county('shandan');
    const a = presetAssumptions(c, 'plan');
    const outcome = splitBudget(c, a, costs, 2000, { doctors: 1 });
    // extra doctors at the end of each year: 1, 1.97, 2.9109, 3.8236, 4.7089 (each year 3 % leave): 14.4133 doctor-years
    const doctorYears = [1, 2, 3, 4, 5].reduce((sum, n) => sum + (1 - 0.97 ** n) / 0.03, 0);
    expect(doctorYears).toBeCloseTo(14.4133, 4);
    const line = outcome.lines[0]!;
    expect(line.unitCost).toBeCloseTo(doctorYears * 13.5222, 6);
    expect(line.perYear).toBe(10);
    expect(line.additionsPerYear).toBeCloseTo(a.resources.doctors!.additionsPerYear + 10, 9);
    expect(outcome.leftover).toBeCloseTo(2000 - 10 * doctorYears * 13.5222, 6);
    expect(outcome.spent + outcome.leftover).toBeCloseTo(2000, 9);
  });

  it('shares beyond the whole budget are scaled back; a resource no target measures gets nothing', () => {
    const c = county('pingshan');
    const a = presetAssumptions(c, 'plan');
    const over = splitBudget(c, a, costs, 1000, { beds: 1, gps: 1 });
    expect(over.lines.map((l) => l.share)).toEqual([0.5, 0.5]);
    expect(over.spent).toBeLessThanOrEqual(1000 + 1e-9);
    expect(fundableResources(county('xiangshan'))).not.toContain('beds');
  });

  it('this budget on beds or on GPs: the frontier runs from all on GPs to all on beds, and more money never meets fewer targets', () => {
    const c = county('pingshan');
    const a = presetAssumptions(c, 'trend');
    const frontier = budgetFrontier(c, a, costs, 20000, 'beds', 'gps');
    expect(frontier).toHaveLength(21);
    expect(frontier[0]!.shareFirst).toBe(0);
    expect(frontier[20]!.shareFirst).toBe(1);
    const none = splitBudget(c, a, costs, 0, {}).met;
    for (const p of frontier) expect(p.met).toBeGreaterThanOrEqual(none);
    // all on beds meets the bed target the trend misses; all on GPs the GP target
    const allBeds = splitBudget(c, a, costs, 20000, { beds: 1 });
    expect(allBeds.verdicts.find((v) => v.indicator === 'beds_per_1000')!.status).toBe('met');
    expect(splitBudget(c, a, costs, 20000, { gps: 1 }).verdicts.find((v) => v.indicator === 'gps_per_10k')!.status).toBe('met');
  });

  it('the least cost to meet every target says which targets money does not buy: Pingshan’s doctor:nurse ratio, missed even then', () => {
    const c = county('pingshan');
    const a = presetAssumptions(c, 'trend');
    const plan = cheapestToMeetAll(targetPrices(c, a, costs));
    expect(mixTargets(c, a, plan).map((v) => [v.indicator, v.status])).toEqual([['doctor_nurse_ratio', 'missed']]);
  });
});

describe('the best use of a budget', () => {
  it('says what each target it pays for costs, what is left, and the verdicts once applied: every target it pays for is met', () => {
    const c = county('pingshan');
    const a = presetAssumptions(c, 'trend');
    const prices = targetPrices(c, a, costs);
    const all = cheapestToMeetAll(prices);
    const budget = Math.round(all.spent * 0.6);
    const outcome = planOutcome(c, a, allocateBudget(prices, budget));
    const { plan } = outcome;
    expect(plan.chosen.reduce((s, p) => s + p.paid, 0)).toBeCloseTo(plan.spent, 6);
    expect(plan.leftover).toBeCloseTo(budget - plan.spent, 6);
    expect(plan.unaffordable.length).toBeGreaterThan(0);
    for (const p of plan.chosen) expect(outcome.verdicts.find((v) => v.indicator === p.indicator)!.status).toBe('met');
    // applying sets the yearly additions of each paid resource: the scenario's plus the extra
    for (const [r, extra] of Object.entries(plan.extraPerYear)) expect(outcome.additions[r as keyof typeof outcome.additions]).toBeCloseTo((a.resources[r as keyof typeof a.resources]?.additionsPerYear ?? 0) + extra!, 9);
    // the whole least cost meets every per-capita target
    const everything = planOutcome(c, a, all);
    for (const p of prices) expect(everything.verdicts.find((v) => v.indicator === p.indicator)!.status).toBe('met');
  });
});

describe('the share controls', () => {
  it('raising one share takes from the others in proportion, never past the whole budget; lowering one leaves the rest', () => {
    const start = { beds: 0.5, gps: 0.3 };
    const up = withShare(start, 'nurses', 0.6);
    expect(up.nurses).toBe(0.6);
    expect(up.beds! / up.gps!).toBeCloseTo(0.5 / 0.3, 12);
    expect(up.beds! + up.gps! + up.nurses!).toBeCloseTo(1, 12);
    expect(withShare(start, 'beds', 0.1)).toEqual({ gps: 0.3, beds: 0.1 });
    expect(withShare(start, 'beds', 0)).toEqual({ gps: 0.3 });
    expect(withShare({}, 'beds', 1.4)).toEqual({ beds: 1 });
  });

  it('the best of the frontier: the splits that meet most targets, as runs of neighbouring steps', () => {
    const at = (met: number[]) => met.map((m, i) => ({ shareFirst: i / 20, met: m, metBinding: 0 }));
    expect(frontierBest(at([1, 2, 3, 3, 3, 2, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])).runs).toEqual([[0.1, 0.2], [0.3, 0.3]]);
    // a binding target met counts before any number of others
    const points = at(Array(21).fill(4));
    points[20] = { shareFirst: 1, met: 2, metBinding: 1 };
    expect(frontierBest(points)).toEqual({ met: 2, metBinding: 1, runs: [[1, 1]] });
  });
});

describe('applying a split or a plan to the scenario', () => {
  it('gives the verdicts the preview promised: the scenario with the yearly additions set runs to the same statuses', () => {
    const c = county('pingshan');
    // (as projected: the preview has no Monte Carlo)
    const base = { ...defaultScenario(), preset: 'trend' as const, draws: 0 };
    const economics = runEconomics({ ...base, counties: { pingshan: { budget10kYuan: 8000 } } }, c);
    const { split } = runSplit(base, c, { budget: 8000, shares: { beds: 0.7, gps: 0.3 }, pair: ['beds', 'gps'] });
    for (const [additions, verdicts] of [
      [economics.allocation!.additions, economics.allocation!.verdicts],
      [Object.fromEntries(split.lines.map((l) => [l.resource, l.additionsPerYear])), split.verdicts],
    ] as const) {
      const applied = { ...base, counties: { pingshan: withAdditions({}, additions) } };
      const report = runScenario(applied, [c])[0]!;
      const statuses = report.verdicts.filter((v) => v.year === c.plan.targetYear).map((v) => [v.indicator, v.status]);
      expect(statuses).toEqual(verdicts.map((v) => [v.indicator, v.status]));
    }
  });
});
