// Failures the user should never pay for: the engine's workers crash mid-run and the page carries
// on with the same scenario; a ratio with nothing to divide by shows "no number", not nonsense.
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';

const harness = useHarness();

describe('robustness', () => {
  it('both engine workers crash mid-run: fresh ones take over, the scenario and its numbers are kept', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(`${harness().url}#county=pingshan`);
    await page.waitForSelector('td.projected .probability', { timeout: 20_000 });
    await page.locator('[data-project-control="county_hospital_expansion"] select').selectOption('2026');
    await expect.poll(() => page.locator('tr[data-indicator="beds_per_1000"] .verdict').getAttribute('data-status'), { timeout: 15_000 }).toBe('missed');
    const before = await page.locator('tr[data-indicator="beds_per_1000"] td.projected').textContent();

    // an edit, and while it runs, every worker of the page throws
    await page.locator('[data-control="pingshan-additionsPerYear-nurses"] input.number').fill('0');
    const engineWorkers = page.workers().filter((w) => w.url().includes('engine.worker'));
    expect(engineWorkers.length).toBe(2);
    for (const w of engineWorkers) await w.evaluate(`setTimeout(() => { throw new Error('crash test'); }, 0)`);

    await expect.poll(() => page.locator('[data-engine-restarted]').textContent(), { timeout: 15_000 }).toContain('crash test');
    await expect.poll(() => page.locator('tr[data-indicator="nurses_per_1000"] .verdict').getAttribute('data-status'), { timeout: 15_000 }).toBe('missed');
    await expect.poll(() => page.locator('td.projected .probability').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    // the earlier edit is still there, with the same number
    expect(await page.locator('tr[data-indicator="beds_per_1000"] td.projected .verdict').getAttribute('data-status')).toBe('missed');
    expect((await page.locator('tr[data-indicator="beds_per_1000"] td.projected').textContent())!.split('missed')[0]).toBe(before!.split('missed')[0]);
    expect(await page.locator('[data-project-control="county_hospital_expansion"] select').inputValue()).toBe('2026');
    // and the engine still answers new edits
    const noHires = await page.locator('tr[data-indicator="nurses_per_1000"] td.projected span').first().textContent();
    await page.locator('[data-control="pingshan-additionsPerYear-nurses"] input.number').fill('50');
    await expect.poll(() => page.locator('tr[data-indicator="nurses_per_1000"] td.projected span').first().textContent(), { timeout: 15_000 }).not.toBe(noHires);
    expect(problems.filter((p) => !p.includes('crash test'))).toEqual([]);
    await context.close();
  });

  it('a slider dragged and the page reloaded at once: the last value is kept', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(`${harness().url}#county=pingshan`);
    await page.waitForSelector('td.projected .probability', { timeout: 20_000 });
    // a drag: steps faster than the address bar is written while a slider moves
    await page.evaluate(`(async () => {
      const input = document.querySelector('[data-control="pingshan-totalFertilityRate"] input[type="range"]');
      for (const v of [1.1, 1.3, 1.5, 1.7, 2.17]) {
        input.value = String(v);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })()`);
    // the last step is not in the address bar yet
    expect(decodeURIComponent(page.url())).not.toContain('2.17');
    await page.reload();
    await page.waitForSelector('td.projected .probability', { timeout: 20_000 });
    expect(await page.locator('[data-control="pingshan-totalFertilityRate"] input.number').inputValue()).toBe('2.17');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('every doctor gone (a link can say so): the doctor:nurse ratio shows no number and says why', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    const scenario = { version: 2, counties: { pingshan: { resources: { doctors: { attrition: 1, additionsPerYear: 0 } } } } };
    await page.goto(`${harness().url}#county=pingshan&j=${encodeURIComponent(JSON.stringify(scenario))}`);
    await page.waitForSelector('td.projected .probability', { timeout: 20_000 });
    expect((await page.locator('tr[data-indicator="doctor_nurse_ratio"] td.projected').textContent())!.trim()).toBe('—');
    expect(await page.locator('tr[data-indicator="doctor_nurse_ratio"] .verdict').count()).toBe(0);
    expect(await page.locator('[data-verdict="doctor_nurse_ratio"] .status').textContent()).toContain('cannot be computed');
    expect(await page.locator('[data-dropped-banner]').count()).toBe(0);
    // the field itself takes no more than all of them (100 %) a year, and says so
    await page.locator('[data-control="pingshan-attrition-doctors"] input.number').fill('150');
    await expect.poll(() => page.locator('[data-control="pingshan-attrition-doctors"] [role="alert"]').count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a page where nothing changes asks the engine nothing (no request loops)', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(`${harness().url}#county=fushan`);
    await expect.poll(() => page.locator('[role="toolbar"]').getAttribute('data-complete'), { timeout: 20_000 }).toBe('true');
    await expect.poll(() => page.locator('[data-cost-total]').count(), { timeout: 15_000 }).toBe(1);
    await page.waitForTimeout(500);
    await page.evaluate(() => performance.clearMarks('chps:engine-call'));
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => performance.getEntriesByName('chps:engine-call').length)).toBe(0);
    // one edit asks a handful of questions, then the page is quiet again
    await page.locator('[data-control="fushan-additionsPerYear-nurses"] input.number').fill('30');
    await page.waitForTimeout(1500);
    const afterEdit = await page.evaluate(() => performance.getEntriesByName('chps:engine-call').length);
    expect(afterEdit).toBeGreaterThan(0);
    expect(afterEdit).toBeLessThanOrEqual(6);
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => performance.getEntriesByName('chps:engine-call').length)).toBe(afterEdit);
    expect(problems).toEqual([]);
    await context.close();
  });
});
