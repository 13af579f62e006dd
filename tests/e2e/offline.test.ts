// After its first load the app works with the network off (service worker precache).
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startHarness, useHarness } from './harness.ts';

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
    // (a chart the worker drew out of view before the scroll is not drawn again: any drawing counts)
    await expect.poll(() => page.evaluate(`['chps:chart-drawn', 'chps:chart-drawn:bands', 'chps:chart-drawn:offscreen'].reduce((n, m) => n + performance.getEntriesByName(m).length, 0)`), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(page.workers().some((w) => w.url().includes('chart.worker'))).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says when a newer version is deployed, and takes it on request (never behind the user’s back)', async () => {
    // a copy of the build of its own, so changing it leaves the other tests' files alone
    const copy = mkdtempSync(join(tmpdir(), 'chps-dist-'));
    cpSync('dist', copy, { recursive: true });
    const h = await startHarness({ outDir: copy });
    try {
      const { page, problems } = await h.newPage({ locale: 'en-US' });
      await page.goto(h.url);
      await page.waitForSelector('.cell .p', { timeout: 20_000 });
      await page.evaluate(() => navigator.serviceWorker.ready);
      expect(await page.getByRole('status').filter({ hasText: 'newer version' }).count()).toBe(0);
      const notice = page.getByRole('status').filter({ hasText: 'A newer version is available.' });
      // twice: a first visit (no service worker controls the page yet), then a page it controls
      // (the new one waits until the user says so)
      for (const deployment of [1, 2]) {
        appendFileSync(join(copy, 'sw.js'), `\n// deployment ${deployment}\n`);
        await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
        await expect.poll(() => notice.count(), { timeout: 15_000 }).toBe(1);
        if (deployment === 2) {
          // the page goes on working with the version it has until the user asks
          expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting?.state))).toBe('installed');
          await page.getByRole('tab', { name: /Shandan/u }).click();
          await page.waitForSelector('td.projected .probability', { timeout: 20_000 });
        }
        await Promise.all([page.waitForEvent('load', { timeout: 15_000 }), notice.getByRole('button', { name: 'Reload' }).click()]);
        await page.waitForSelector('td.projected, .cell .p', { timeout: 20_000 });
        expect(await notice.count()).toBe(0);
        // the deployment now serves the page
        await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'), { timeout: 10_000 }).toBe('activated');
        expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting ?? null))).toBeNull();
      }
      expect(problems).toEqual([]);
    } finally {
      await h.close();
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
