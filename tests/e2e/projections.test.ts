// The engine through the worker, as a planner sees it: the scenario switch changes the projected
// column to exactly what the engine (run here in node) gives for that scenario.
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import type { PresetId } from '../../src/engine/assumptions.ts';
import { runScenario } from '../../src/scenario/run.ts';

const harness = useHarness();

const pingshan = loadCountiesFromDisk().counties.find((c) => c.id === 'pingshan')!;
const verdictOf = (preset: PresetId, indicatorId: string) => runScenario({ preset, horizon: 2025, seed: 1, draws: 0, counties: {} }, [pingshan])[0]!.verdicts.find((v) => v.indicator === indicatorId)!;
/** the engine's projection at its reported precision, as the page prints it */
function expectedText(preset: PresetId, indicatorId: string): string {
  const v = verdictOf(preset, indicatorId);
  return new Intl.NumberFormat('en-US', { minimumFractionDigits: v.digits, maximumFractionDigits: v.digits }).format(v.shown);
}
const status = (page: import('playwright-core').Page) => page.locator('tr[data-indicator="beds_per_1000"] .verdict').getAttribute('data-status');

describe('projections in the page', () => {
  it('shows the engine’s numbers for each scenario, from the worker, and the last choice wins', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(`${harness().url}#county=pingshan`);
    const beds = page.locator('tr[data-indicator="beds_per_1000"] td.projected span').first();
    await expect.poll(() => beds.textContent(), { timeout: 15_000 }).toContain(expectedText('plan', 'beds_per_1000'));
    await expect.poll(() => status(page)).toMatch(/^(met|at_risk)$/u);

    await page.getByRole('button', { name: 'Trend' }).click();
    await expect.poll(() => beds.textContent(), { timeout: 15_000 }).toContain(expectedText('trend', 'beds_per_1000'));
    await expect.poll(() => status(page)).toBe('missed');

    // switch twice in a row: the superseded trend answer must not replace the plan's
    await page.getByRole('button', { name: 'Plan as written' }).click();
    await page.getByRole('button', { name: 'Trend' }).click();
    await page.getByRole('button', { name: 'Plan as written' }).click();
    await expect.poll(() => beds.textContent(), { timeout: 15_000 }).toContain(expectedText('plan', 'beds_per_1000'));
    // Monte Carlo follows: a probability appears
    await expect.poll(() => page.locator('tr[data-indicator="beds_per_1000"] .probability').count(), { timeout: 15_000 }).toBe(1);
    expect(await beds.textContent()).toContain(expectedText('plan', 'beds_per_1000'));

    // the verdict card says, in words, the engine's goal-seek answer
    const needed = verdictOf('plan', 'nurses_per_1000').additionNeededPerYear!;
    await expect.poll(() => page.locator('[data-verdict="nurses_per_1000"] .goal').textContent()).toBe(`About ${needed} new nurses a year would just meet ≥ 2.0`);

    // every chart has a table view with the same numbers
    await page.locator('[data-chart="beds_per_1000"] .toggle').click();
    const table = page.locator('[data-chart="beds_per_1000"] table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(6);
    const row2025 = await table.locator('tbody tr').last().locator('td').first().textContent();
    expect(Number(row2025!.replaceAll(',', ''))).toBeCloseTo(Number(expectedText('plan', 'beds_per_1000')), 2);

    // the worker did the work: no fallback notice
    expect(await page.locator('.notice').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
