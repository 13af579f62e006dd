// After its first load the app works with the network off (service worker precache).
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';

const harness = useHarness();

describe('offline', () => {
  it('reloads and computes with the network off', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(harness().url);
    await page.waitForSelector('.cell .p', { timeout: 20_000 });
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('.cell .p', { timeout: 20_000 });
    expect(await page.locator('#overview-title').textContent()).toBe('2025 targets across the counties');
    await page.getByRole('tab', { name: /Shandan/u }).click();
    await page.waitForSelector('td.projected .probability', { timeout: 20_000 });
    // the charts' worker and the code loaded later (Chart.js for the tornado) come from the cache too
    await page.evaluate(`document.querySelector('[data-chart="doctors_per_1000"]').scrollIntoView({ block: 'center' })`);
    await expect.poll(() => page.evaluate(`performance.getEntriesByName('chps:chart-drawn').length + performance.getEntriesByName('chps:chart-drawn:bands').length`), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(page.workers().some((w) => w.url().includes('chart.worker'))).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});
