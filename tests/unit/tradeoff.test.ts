// A budget split across what money buys, checked by hand against the plans' numbers.
import { describe, expect, it } from 'vitest';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { presetAssumptions } from '../../src/engine/assumptions.ts';
import { budgetFrontier, fundableResources, splitBudget } from '../../src/engine/tradeoff.ts';
import { cheapestToMeetAll, mixTargets, targetPrices } from '../../src/engine/budget.ts';
import { unitCostsFor } from '../../src/scenario/applyScenario.ts';

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
    expect(mixTargets(c, a, plan)).toEqual([{ indicator: 'doctor_nurse_ratio', met: false }]);
  });
});
