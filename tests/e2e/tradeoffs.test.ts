// Sensitivity and budget, as the engine computes them; and a trade-off worth the name, as a trainer
// runs it live: a budget with the amounts it buys and what is left, the verdicts under it, a split
// by hand, the two-way question as a frontier, and each applied to the scenario on request — the
// answer strip then shows what the preview promised.
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { presetAssumptions } from '../../src/engine/assumptions.ts';
import { sensitivity } from '../../src/engine/sensitivity.ts';
import { allocateBudget, scenarioCost, targetPrices } from '../../src/engine/budget.ts';
import { unitCostsFor } from '../../src/scenario/applyScenario.ts';
import { pingshan, scenarioOnPage, settled } from './pageState.ts';
import { runEconomics, runSplit } from '../../src/scenario/run.ts';
import { pageDefaults } from '../../src/scenario/defaults.ts';

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
    // the tornado of the trend scenario (the plan's, asked for first, may still be on screen)
    await expect.poll(() => first.locator('th').textContent(), { timeout: 15_000 }).toBe('Beds: trend gain per 1000 a year');
    const [low, at] = (await first.locator('td').first().textContent())!.split(/\s+at\s+/u);
    expect(Number(low)).toBeCloseTo(tornado.swings[0]!.atLow, 2);
    expect(at).toBe(`${tornado.swings[0]!.low.toFixed(3)} /yr`);

    const total = Math.round(scenarioCost(fushan, a, defaultUnitCosts).total);
    await expect.poll(() => page.locator('[data-cost-total]').textContent(), { timeout: 15_000 }).toBe(total.toLocaleString('en-US'));

    await page.locator('[data-budget-input]').fill('5000');
    const plan = allocateBudget(targetPrices(fushan, a, defaultUnitCosts), 5000);
    await expect.poll(() => page.locator('[data-allocation] li.ok').count(), { timeout: 15_000 }).toBe(plan.chosen.filter((p) => p.cost > 0).length);
    expect(await page.locator('[data-allocation] li.no').count()).toBe(plan.unaffordable.length);
    expect(plan.unaffordable.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

/** "12,810" → 12810 */
const number = (text: string | null) => Number((text ?? '').replace(/[^\d.-]/gu, ''));

describe('a budget and what it buys', () => {
  it('Pingshan on its trend: the least cost to meet every target, its best use with amounts and what is left, the ratio money cannot buy, and applying it meets the beds target on the strip', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(`${harness().url}#county=pingshan`);
    await settled(page);
    await page.locator('[data-preset="trend"]').click();
    await settled(page);
    const trend = { ...pageDefaults, preset: 'trend' as const, counties: {} };
    const least = runEconomics(trend, pingshan).cheapest.spent;
    await expect.poll(() => page.locator('[data-cheapest]').textContent()).toBe(Math.round(least).toLocaleString('en-US'));
    // the doctor:nurse ratio is said to be met by the mix, and missed even with every target paid for
    expect(await page.locator('[data-mix="doctor_nurse_ratio"]').getAttribute('data-status')).toBe('missed');
    expect(await page.locator('[data-mix="doctor_nurse_ratio"]').textContent()).toContain('cannot be bought');

    await page.locator('[data-action="use-least-cost"]').click();
    const budget = Math.ceil(least);
    await expect.poll(() => page.locator('[data-budget-input]').inputValue()).toBe(String(budget));
    await expect.poll(() => page.locator('[data-allocation-total]').textContent()).toContain('left over');
    const total = (await page.locator('[data-allocation-total]').textContent())!;
    const [spent, of, left] = total.match(/[\d,]+/gu)!.map((t) => number(t));
    expect(of).toBe(budget);
    expect(Math.abs(spent! + left! - budget)).toBeLessThanOrEqual(1);
    // every amount on the list adds up to what is spent
    const paid = await page.locator('[data-paid]').allTextContents();
    expect(paid.length).toBeGreaterThan(3);
    expect(Math.abs(paid.reduce((s, t) => s + number(t.split(':').at(-1)!), 0) - spent!)).toBeLessThanOrEqual(paid.length);
    // the verdicts under that use: every per-capita target met, the ratio still missed
    const economics = runEconomics({ ...trend, counties: { pingshan: { budget10kYuan: budget } } }, pingshan);
    expect(await page.locator('[data-under-count]').first().getAttribute('data-under-count')).toBe(String(economics.allocation!.verdicts.filter((v) => v.status === 'met').length));
    expect(await page.locator('[data-allocation] ~ ul [data-under="beds_per_1000"]').getAttribute('data-status')).toBe('met');

    // applied, the strip shows beds met — at the value the preview showed
    const preview = (await page.locator('[data-allocation] ~ ul [data-under="beds_per_1000"] strong').textContent())!;
    await page.locator('[data-action="apply-plan"]').click();
    await settled(page);
    const chip = page.locator('[data-answer="beds_per_1000"]');
    await expect.poll(() => chip.locator('[data-shown]').textContent()).toBe(preview);
    expect(['met', 'at_risk']).toContain(await chip.getAttribute('data-status'));
    expect(await page.locator('[data-applied]').textContent()).toContain('Beds');
    const applied = (await scenarioOnPage(page)).counties.pingshan!.resources!;
    for (const [r, n] of Object.entries(economics.allocation!.additions)) expect(applied[r as keyof typeof applied]!.additionsPerYear).toBeCloseTo(n!, 9);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('a split by hand and the two-way question', () => {
  it('70 % on beds and 30 % on GPs: the amounts, what each buys, the verdicts; the frontier picks a split; applying it moves the strip to the preview', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(`${harness().url}#county=pingshan`);
    await settled(page);
    await page.locator('[data-preset="trend"]').click();
    await settled(page);
    await page.locator('[data-budget-input]').fill('10000');
    const share = (r: string) => page.locator(`[data-share="${r}"]`);
    await expect.poll(() => share('beds').count()).toBe(1);
    await share('beds').locator('input[type="range"]').fill('70');
    await share('gps').locator('input[type="range"]').fill('30');
    const trend = { ...pageDefaults, preset: 'trend' as const, counties: { pingshan: { budget10kYuan: 10000 } } };
    const expected = runSplit(trend, pingshan, { budget: 10000, shares: { beds: 0.7, gps: 0.3 }, pair: ['beds', 'gps'] });
    const beds = expected.split.lines.find((l) => l.resource === 'beds')!;
    await expect.poll(() => share('beds').locator('.amount').textContent()).toBe('7,000');
    await expect.poll(() => share('beds').locator('[data-per-year]').getAttribute('data-per-year')).toBe(String(beds.perYear));
    expect(await share('gps').locator('.amount').textContent()).toBe('3,000');
    expect(await page.locator('[data-split-total]').textContent()).toBe(`Spent ${Math.round(expected.split.spent).toLocaleString('en-US')} of 10,000; ${Math.round(expected.split.leftover).toLocaleString('en-US')} left over.`);
    // a third share takes from the two in proportion: the shares never pass the budget
    await share('nurses').locator('input[type="range"]').fill('50');
    await expect.poll(() => share('beds').locator('output').textContent()).toBe('35%');
    expect(await share('gps').locator('output').textContent()).toBe('15%');
    await share('nurses').locator('input[type="range"]').fill('0');

    // the frontier: 21 splits, the best one named; a bar click moves the split onto it
    const bars = page.locator('[data-frontier] rect');
    await expect.poll(() => bars.count()).toBe(21);
    const met = (await bars.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-met')))));
    expect(met).toEqual(expected.frontier.map((p) => p.met));
    expect(await page.locator('[data-frontier-best]').textContent()).toContain(`(${expected.best.met} of 9)`);
    await page.locator('[data-frontier] rect[data-share-first="0.75"]').click({ force: true });
    await expect.poll(() => share('beds').locator('output').textContent()).toBe('75%');
    expect(await share('gps').locator('output').textContent()).toBe('25%');
    expect(await page.locator('[data-frontier-now]').textContent()).toBe(`75% on Beds: ${expected.frontier[15]!.met} of 9 targets met`);
    // the slider under the chart is the same control
    await page.locator('[data-frontier-slider]').fill('70');
    await expect.poll(() => share('beds').locator('output').textContent()).toBe('70%');

    // the preview follows the slider once the engine has answered (a loaded machine answers later)
    const preview = expected.split.verdicts.find((v) => v.indicator === 'beds_per_1000')!.shown.toFixed(2);
    await expect.poll(() => page.locator('[data-split] ~ ul [data-under="beds_per_1000"] strong').textContent()).toBe(preview);
    await page.locator('[data-action="apply-split"]').click();
    await settled(page);
    await expect.poll(() => page.locator('[data-answer="beds_per_1000"] [data-shown]').textContent()).toBe(preview);
    const applied = (await scenarioOnPage(page)).counties.pingshan!.resources!;
    expect(applied.beds!.additionsPerYear).toBeCloseTo(beds.additionsPerYear, 9);
    // once applied, the split starts again from nothing
    await expect.poll(() => share('beds').locator('output').textContent()).toBe('0%');
    expect(problems).toEqual([]);
    await context.close();
  });
});
