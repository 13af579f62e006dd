// A planner's what-if: delay the bed wing, cut nurse hiring — the page shows what the engine gives.
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { projectCounty } from '../../src/engine/projectCounty.ts';
import { scenarioAssumptions } from '../../src/scenario/applyScenario.ts';
import type { CountyOverrides } from '../../src/scenario/scenarioSchema.ts';

const harness = useHarness();

const pingshan = loadCountiesFromDisk().counties.find((c) => c.id === 'pingshan')!;
const projected = (o: CountyOverrides, id: string) =>
  projectCounty(pingshan, scenarioAssumptions(pingshan, { version: 2, preset: 'plan', horizon: 2025, seed: 1, draws: 0, counties: { pingshan: o } })).indicators.find((i) => i.id === id)!.values[5]!;
const cellNumber = async (page: import('playwright-core').Page, id: string) =>
  Number((await page.locator(`tr[data-indicator="${id}"] td.projected span`).first().textContent())!.replaceAll(',', ''));

describe('assumptions panel', () => {
  it('a wing a year late and no nurse hiring change the projections to the engine’s numbers; bad input is refused at the field', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(`${harness().url}#county=pingshan`);
    await expect.poll(() => page.locator('tr[data-indicator="beds_per_1000"] .verdict').textContent(), { timeout: 15_000 }).toBe('met');

    await page.locator('[data-project-control="county_hospital_expansion"] select').selectOption('2026');
    const late = { projects: { county_hospital_expansion: { openingYear: 2026 } } };
    await expect.poll(() => cellNumber(page, 'beds_per_1000'), { timeout: 15_000 }).toBeCloseTo(projected(late, 'beds_per_1000'), 2);
    await expect.poll(() => page.locator('tr[data-indicator="beds_per_1000"] .verdict').textContent()).toBe('missed');

    const nurses = page.locator('[data-control="pingshan-nurses-add"] input.number');
    await nurses.fill('1e9');
    await expect.poll(() => page.locator('[data-control="pingshan-nurses-add"] [role="alert"]').textContent()).toContain('Enter a number from');
    await nurses.fill('0');
    const noNurses = { ...late, resources: { nurses: { additionsPerYear: 0 } } };
    await expect.poll(() => cellNumber(page, 'nurses_per_1000'), { timeout: 15_000 }).toBeCloseTo(projected(noNurses, 'nurses_per_1000'), 2);
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
    await expect.poll(() => cellNumber(page, 'beds_per_1000'), { timeout: 15_000 }).toBeCloseTo(projected(added, 'beds_per_1000'), 2);
    // a project without a size is refused with a message
    await page.locator('[data-add-project] input').first().fill('Nameless');
    await page.locator('[data-add-project] button[type="submit"]').click();
    await expect.poll(() => page.locator('[data-add-project] [role="alert"]').count()).toBe(1);

    // reset all brings back the plan as written
    await page.getByRole('button', { name: 'Reset all' }).click();
    await expect.poll(() => page.locator('tr[data-indicator="beds_per_1000"] .verdict').textContent(), { timeout: 15_000 }).toBe('met');
    expect(problems).toEqual([]);
    await context.close();
  });
});
