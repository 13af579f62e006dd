// A planner's what-if: delay the bed wing, cut nurse hiring — the page shows what the engine gives.
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { runScenario } from '../../src/scenario/run.ts';
import type { CountyOverrides } from '../../src/scenario/scenarioSchema.ts';

const harness = useHarness();

const pingshan = loadCountiesFromDisk().counties.find((c) => c.id === 'pingshan')!;
/** the number the page shows for a target: the engine's projection at its reported precision */
const projected = (o: CountyOverrides, id: string) =>
  runScenario({ preset: 'plan', horizon: 2025, seed: 1, draws: 0, counties: { pingshan: o } }, [pingshan])[0]!.verdicts.find((v) => v.indicator === id)!.shown;
const cellNumber = async (page: import('playwright-core').Page, id: string) =>
  Number((await page.locator(`tr[data-indicator="${id}"] td.projected span`).first().textContent())!.replaceAll(',', ''));
/** met or at risk: the projection meets the target */
const meets = async (page: import('playwright-core').Page, id: string) => ['met', 'at_risk'].includes((await page.locator(`tr[data-indicator="${id}"] .verdict`).getAttribute('data-status')) ?? '');

describe('assumptions panel', () => {
  it('a wing a year late and no nurse hiring change the projections to the engine’s numbers; bad input is refused at the field', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(`${harness().url}#county=pingshan`);
    await expect.poll(() => meets(page, 'beds_per_1000'), { timeout: 15_000 }).toBe(true);

    await page.locator('[data-project-control="county_hospital_expansion"] select').selectOption('2026');
    const late = { projects: { county_hospital_expansion: { openingYear: 2026 } } };
    await expect.poll(() => cellNumber(page, 'beds_per_1000'), { timeout: 15_000 }).toBe(projected(late, 'beds_per_1000'));
    await expect.poll(() => meets(page, 'beds_per_1000')).toBe(false);

    const nurses = page.locator('[data-control="pingshan-additionsPerYear-nurses"] input.number');
    const nurseAlert = page.locator('[data-control="pingshan-additionsPerYear-nurses"] [role="alert"]');
    await nurses.fill('2000000');
    await expect.poll(() => nurseAlert.textContent()).toContain('Enter a number from');
    // an exponent is not taken for a number (it was read as 1,000,000,000)
    await nurses.fill('1e9');
    await expect.poll(() => nurseAlert.textContent()).toContain('Write the number out');
    await nurses.fill('0');
    const noNurses = { ...late, resources: { nurses: { additionsPerYear: 0 } } };
    await expect.poll(() => cellNumber(page, 'nurses_per_1000'), { timeout: 15_000 }).toBe(projected(noNurses, 'nurses_per_1000'));
    // the chart's table view shows the same 2025 value
    await page.locator('[data-chart="nurses_per_1000"] .toggle').click();
    const last = await page.locator('[data-chart="nurses_per_1000"] tbody tr').last().locator('td').first().textContent();
    expect(Number(last)).toBeCloseTo(projected(noNurses, 'nurses_per_1000'), 2);

    // a new 300-bed project opening in 2024
    await page.locator('[data-add-project] input').first().fill('New rehabilitation wing');
    await page.locator('[data-add-project] input').nth(1).fill('300');
    await page.locator('[data-add-project] select').nth(1).selectOption('2024');
    await page.locator('[data-add-project] button[type="submit"]').click();
    await expect.poll(() => page.locator('[data-user-project]').count()).toBe(1);
    const id = (await page.locator('[data-user-project]').getAttribute('data-user-project'))!;
    const added = { ...noNurses, newProjects: [{ id, name: 'New rehabilitation wing', resource: 'beds' as const, amount: 300, openingYear: 2024 }] };
    await expect.poll(() => cellNumber(page, 'beds_per_1000'), { timeout: 15_000 }).toBe(projected(added, 'beds_per_1000'));
    // a project without a size is refused with a message
    await page.locator('[data-add-project] input').first().fill('Nameless');
    await page.locator('[data-add-project] button[type="submit"]').click();
    await expect.poll(() => page.locator('[data-add-project] [role="alert"]').count()).toBe(1);

    // reset all brings back the plan as written
    await page.getByRole('button', { name: 'Reset all' }).click();
    await expect.poll(() => meets(page, 'beds_per_1000'), { timeout: 15_000 }).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});
