// The analysis worker draws half of a Monte Carlo of several counties on a helper worker of its
// own (both cores): the page shows the numbers one thread gives, and when the helper fails the
// worker draws every county itself, with nothing said and nothing lost.
import { describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { useHarness } from './harness.ts';
import { counties, scenarioOnPage, settled } from './pageState.ts';
import { runScenario } from '../../src/scenario/run.ts';

const harness = useHarness();

/** Pingshan's probabilities on screen, by indicator: "54% likely" → 54 */
async function probabilitiesOnPage(page: Page): Promise<Record<string, number>> {
  const rows = await page.locator('tr[data-indicator]').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-indicator'), tr.querySelector('td.projected .probability')?.textContent ?? null] as const));
  return Object.fromEntries(rows.filter(([, p]) => p !== null).map(([id, p]) => [id, Number(p!.match(/(\d+)%/u)![1])]));
}

/** the engine's, one thread, for the scenario in the address bar: Pingshan's 2025 verdicts in percent */
async function probabilitiesOfEngine(page: Page): Promise<Record<string, number>> {
  const { version: _v, ...scenario } = await scenarioOnPage(page);
  const report = runScenario(scenario, counties).find((r) => r.id === 'pingshan')!;
  return Object.fromEntries(report.verdicts.filter((v) => v.year === 2025 && v.probability !== null).map((v) => [v.indicator, Math.round(v.probability! * 100)]));
}

/** messages the helper has taken since this was called (counted in the helper itself) */
async function countMessages(helper: Worker) {
  await helper.evaluate(`self.__taken = 0; self.addEventListener('message', () => self.__taken++)`);
  return () => helper.evaluate('self.__taken') as Promise<number>;
}

describe('a Monte Carlo shared between two workers', () => {
  it('gives the numbers of one thread, and carries on without its helper', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(`${harness().url}#county=pingshan`);
    await settled(page);
    // the helper starts a while after the first Monte Carlo
    await expect.poll(() => page.workers().filter((w) => w.url().includes('engineShare.worker')).length, { timeout: 15_000 }).toBe(1);
    const helper = page.workers().find((w) => w.url().includes('engineShare.worker'))!;
    await expect.poll(() => helper.evaluate('1').catch(() => 0), { timeout: 10_000 }).toBe(1);
    // every county moves with the preset: Pingshan (the second county) is drawn by the helper
    const taken = await countMessages(helper);
    await page.locator('button[data-preset="trend"]').click();
    await settled(page);
    expect(await taken()).toBeGreaterThan(0);
    const trend = await probabilitiesOnPage(page);
    expect(Object.keys(trend).length).toBeGreaterThan(3);
    expect(trend).toEqual(await probabilitiesOfEngine(page));

    // the helper fails: the worker draws every county itself
    await helper.evaluate(`setTimeout(() => { throw new Error('helper crash test'); }, 0)`);
    // (the worker lets it go)
    await expect.poll(() => page.workers().filter((w) => w.url().includes('engineShare.worker')).length, { timeout: 10_000 }).toBe(0);
    await page.locator('button[data-preset="plan"]').click();
    await settled(page);
    const plan = await probabilitiesOnPage(page);
    expect(plan).not.toEqual(trend);
    expect(plan).toEqual(await probabilitiesOfEngine(page));
    // and again, with no helper at all
    await page.locator('button[data-preset="trend"]').click();
    await settled(page);
    expect(await probabilitiesOnPage(page)).toEqual(trend);
    expect(await page.locator('[data-engine-restarted]').count()).toBe(0);
    expect(problems.filter((p) => !p.includes('helper crash test'))).toEqual([]);
    await context.close();
  });
});
