// Sensitivity and budget, as the engine computes them.
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { presetAssumptions } from '../../src/engine/assumptions.ts';
import { sensitivity } from '../../src/engine/sensitivity.ts';
import { allocateBudget, scenarioCost, targetPrices } from '../../src/engine/budget.ts';
import { unitCostsFor } from '../../src/scenario/applyScenario.ts';

const defaultUnitCosts = unitCostsFor({});

const harness = useHarness();

const fushan = loadCountiesFromDisk().counties.find((c) => c.id === 'fushan')!;

describe('sensitivity and budget', () => {
  it('tornado rows, scenario cost and the budget allocation equal the engine’s', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(`${harness().url}#county=fushan`);
    await page.getByRole('button', { name: 'Trend' }).first().click();
    const a = presetAssumptions(fushan, 'trend');

    const tornado = sensitivity(fushan, a).find((t) => t.indicator === 'beds_per_1000')!;
    await expect.poll(() => page.locator('table[data-tornado="beds_per_1000"] tbody tr').count(), { timeout: 15_000 }).toBe(Math.min(8, tornado.swings.length));
    // the first swing: the national bed gain at the low end of its range, 0.257 − 50 %
    const first = page.locator('table[data-tornado="beds_per_1000"] tbody tr').first();
    expect(await first.locator('th').textContent()).toBe('Beds: national gain per 1000 a year');
    const [low, at] = (await first.locator('td').first().textContent())!.split(/\s+at\s+/u);
    expect(Number(low)).toBeCloseTo(tornado.swings[0]!.atLow, 2);
    expect(at).toBe(`${tornado.swings[0]!.low.toFixed(3)} /yr`);

    const total = Math.round(scenarioCost(fushan, a, defaultUnitCosts).total);
    await expect.poll(() => page.locator('[data-cost-total]').textContent(), { timeout: 15_000 }).toBe(total.toLocaleString('en-US'));

    await page.locator('[data-budget-input]').fill('5000');
    const plan = allocateBudget(targetPrices(fushan, a, defaultUnitCosts), 5000);
    await expect.poll(() => page.locator('[data-allocation] li.ok').count(), { timeout: 15_000 }).toBe(plan.chosen.length);
    expect(await page.locator('[data-allocation] li.no').count()).toBe(plan.unaffordable.length);
    expect(plan.unaffordable.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
