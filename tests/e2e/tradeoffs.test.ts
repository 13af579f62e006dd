// Sensitivity and budget, as the engine computes them.
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { presetAssumptions } from '../../src/scenario/presets.ts';
import { sensitivity } from '../../src/engine/sensitivity.ts';
import { allocateBudget, scenarioCost, targetPrices } from '../../src/engine/budget.ts';
import { defaultRanges } from '../../src/scenario/uncertainty.ts';
import { defaultUnitCosts } from '../../src/scenario/costs.ts';

const harness = useHarness();

const fushan = loadCountiesFromDisk().counties.find((c) => c.id === 'fushan')!;

describe('sensitivity and budget', () => {
  it('tornado rows, scenario cost and the budget allocation equal the engine’s', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(`${harness().url}#county=fushan`);
    await page.getByRole('button', { name: 'Trend' }).first().click();
    const a = presetAssumptions(fushan, 'trend');

    const tornado = sensitivity(fushan, a, defaultRanges).find((t) => t.indicator === 'beds_per_1000')!;
    await expect.poll(() => page.locator('table[data-tornado="beds_per_1000"] tbody tr').count(), { timeout: 15_000 }).toBe(Math.min(8, tornado.swings.length));
    const firstLow = await page.locator('table[data-tornado="beds_per_1000"] tbody tr').first().locator('td').first().textContent();
    expect(Number(firstLow)).toBeCloseTo(tornado.swings[0]!.atLow, 3);

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
