// The engine through the worker, as a planner sees it: the scenario switch changes the projected
// column to exactly what the engine (run here in node) gives for that scenario.
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { projectCounty } from '../../src/engine/projectCounty.ts';
import { presetAssumptions, type PresetId } from '../../src/scenario/presets.ts';
import { roundingUnit } from '../../src/data/precision.ts';

const harness = useHarness();

const pingshan = loadCountiesFromDisk().counties.find((c) => c.id === 'pingshan')!;
function expectedText(preset: PresetId, indicatorId: string): string {
  const p = projectCounty(pingshan, presetAssumptions(pingshan, preset));
  const value = p.indicators.find((i) => i.id === indicatorId)!.values[5]!;
  const target = pingshan.indicators.find((i) => i.id === indicatorId)!.target!;
  const unit = roundingUnit(target.value!, target.text);
  const digits = (unit < 1 ? Math.round(-Math.log10(unit)) : 0) + 1;
  return new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

describe('projections in the page', () => {
  it('shows the engine’s numbers for each scenario, from the worker, and the last choice wins', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(`${harness().url}#county=pingshan`);
    const beds = page.locator('tr[data-indicator="beds_per_1000"] td.projected span').first();
    await expect.poll(() => beds.textContent(), { timeout: 15_000 }).toContain(expectedText('plan', 'beds_per_1000'));
    await expect.poll(() => page.locator('tr[data-indicator="beds_per_1000"] .verdict').textContent()).toBe('met');

    await page.getByRole('button', { name: 'Trend' }).click();
    await expect.poll(() => beds.textContent(), { timeout: 15_000 }).toContain(expectedText('trend', 'beds_per_1000'));
    await expect.poll(() => page.locator('tr[data-indicator="beds_per_1000"] .verdict').textContent()).toBe('missed');

    // switch twice in a row: the superseded trend answer must not replace the plan's
    await page.getByRole('button', { name: 'Plan as written' }).click();
    await page.getByRole('button', { name: 'Trend' }).click();
    await page.getByRole('button', { name: 'Plan as written' }).click();
    await expect.poll(() => beds.textContent(), { timeout: 15_000 }).toContain(expectedText('plan', 'beds_per_1000'));
    // Monte Carlo follows: a probability appears
    await expect.poll(() => page.locator('tr[data-indicator="beds_per_1000"] .probability').count(), { timeout: 15_000 }).toBe(1);
    expect(await beds.textContent()).toContain(expectedText('plan', 'beds_per_1000'));

    // the verdict card says, in words, the engine's goal-seek answer
    const plan = projectCounty(pingshan, presetAssumptions(pingshan, 'plan'));
    const needed = plan.indicators.find((i) => i.id === 'nurses_per_1000')!.additionNeededPerYear!;
    await expect.poll(() => page.locator('[data-verdict="nurses_per_1000"] .goal').textContent()).toBe(`About ${Math.ceil(needed)} new nurses a year would just meet ≥ 2.0`);

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
