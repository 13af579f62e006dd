import { still } from './fixtures/still.ts';
import { describe, expect, it } from 'vitest';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import type { County } from '../../src/data/seedSchema.ts';
import { allocateBudget, cheapestToMeetAll, scenarioCost, targetPrices, type TargetPrice } from '../../src/engine/budget.ts';
import { projectCounty, type CountyAssumptions } from '../../src/engine/projectCounty.ts';
import { unitCostsFor } from '../../src/scenario/applyScenario.ts';
import { presetAssumptions } from '../../src/engine/assumptions.ts';

const defaultUnitCosts = unitCostsFor({});

const counties = new Map(loadCountiesFromDisk().counties.map((c) => [c.id, c]));
describe('budget', () => {
  it('Pingshan’s 450-bed wing costs its own 10,000万元 (001 专栏4) in the year it opens', () => {
    const c = counties.get('pingshan')!;
    const cost = scenarioCost(c, still(c, { projects: [{ id: 'wing', resource: 'beds', amount: 450, openingYear: 2025 }] }), defaultUnitCosts);
    expect([...cost.capital]).toEqual([0, 0, 0, 0, 0, expect.closeTo(10000, 6)]);
    expect(cost.total).toBeCloseTo(10000, 6);
  });

  it('staff cost is the wage bill above the baseline level: 10 more Shandan doctors a year for 5 years', () => {
    const c = counties.get('shandan')!;
    const cost = scenarioCost(c, still(c, { resources: { doctors: { attrition: 0, additionsPerYear: 10 } } }), defaultUnitCosts);
    // (10 + 20 + 30 + 40 + 50) doctor-years × 13.5222万元
    expect(cost.total).toBeCloseTo(150 * 13.5222, 6);
    expect(cost.byResource.doctors![5]).toBeCloseTo(50 * 13.5222, 6);
  });

  it('paying a target’s price meets it', () => {
    const c = counties.get('fushan')!;
    const a = presetAssumptions(c, 'trend');
    const trendWithoutGrowth = { ...a, resources: Object.fromEntries(Object.entries(a.resources).map(([r, v]) => [r, { attrition: v!.attrition, additionsPerYear: v!.additionsPerYear }])) };
    for (const price of targetPrices(c, trendWithoutGrowth, defaultUnitCosts)) {
      const current = trendWithoutGrowth.resources[price.resource]!;
      const paid = projectCounty(c, { ...trendWithoutGrowth, resources: { ...trendWithoutGrowth.resources, [price.resource]: { ...current, additionsPerYear: current.additionsPerYear + price.additionsPerYear } } });
      expect(paid.indicators.find((i) => i.id === price.indicator)!.verdict?.status, price.indicator).toBe('met');
      expect(price.cost).toBeGreaterThanOrEqual(0);
    }
  });

  it('on a trend path, a missed target has a price, and paying it meets the target', () => {
    const c = counties.get('fushan')!;
    const a = presetAssumptions(c, 'trend');
    const beds = targetPrices(c, a, defaultUnitCosts).find((p) => p.indicator === 'beds_per_1000')!;
    // Fushan's trend misses 7.5 beds per 1000 (5.67): meeting it costs capital for the extra beds
    expect(beds.cost).toBeGreaterThan(0);
    const { gainPer1000PerYear: _g, ...flow } = a.resources.beds!;
    const paid = projectCounty(c, { ...a, resources: { ...a.resources, beds: { ...flow, additionsPerYear: flow.additionsPerYear + beds.additionsPerYear } } });
    expect(paid.indicators.find((i) => i.id === 'beds_per_1000')!.verdict?.status).toBe('met');
  });

  it('a fixed budget goes to binding targets first, then to as many others as it can', () => {
    const p = (indicator: string, binding: boolean, cost: number): TargetPrice => ({ indicator, resource: indicator as never, binding, additionsPerYear: 1, cost });
    const prices = [p('a', true, 100), p('b', false, 10), p('c', false, 20), p('d', true, 500)];
    const plan = allocateBudget(prices, 130);
    expect(plan.chosen.map((x) => x.indicator)).toEqual(['a', 'b', 'c']);
    expect(plan.unaffordable.map((x) => x.indicator)).toEqual(['d']);
    expect(plan.spent).toBe(130);
    expect(allocateBudget(prices, 125).chosen.map((x) => x.indicator)).toEqual(['a', 'b']);
  });

  it('the cheapest way to meet every target pays once per resource', () => {
    const p = (indicator: string, resource: string, cost: number): TargetPrice => ({ indicator, resource: resource as never, binding: false, additionsPerYear: 1, cost });
    // GPs per 10k and per 1000 would both be met by the same hires: pay the larger once
    const plan = cheapestToMeetAll([p('gps_per_10k', 'gps', 300), p('gps_per_1000', 'gps', 200), p('beds_per_1000', 'beds', 1000)]);
    expect(plan.spent).toBe(1300);
    expect(plan.unaffordable).toEqual([]);
  });
});
