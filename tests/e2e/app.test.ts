import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chunksWith, holdBack, useHarness } from './harness.ts';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { auditCounty } from '../../src/engine/audit/index.ts';

const harness = useHarness();

const countyNames = {
  zh: ['山海关区', '平山县', '相山区', '福山区', '山丹县'],
  en: ['Shanhaiguan', 'Pingshan', 'Xiangshan', 'Fushan', 'Shandan'],
};

describe('the app shell', () => {
  it('the first view fetches none of what only later views take (the link compressor, the cases’ builders, the engine’s projection, the service worker’s library, the source drawer, the banner of what a link dropped) and keeps within 100 KB of script', async () => {
    const later = [
      ...new Set(['scenario/compressor.ts', 'fflate/esm/browser.js', 'scenario/cases.ts', 'engine/projectCounty.ts', 'data/parameters.ts', 'workbox-window.prod.es5.mjs', 'ui/SourceDrawer.svelte', 'i18n/findings.ts', 'ui/DroppedBanner.svelte', 'i18n/dropped.ts'].flatMap((s) => chunksWith(s))),
    ];
    expect(later.length).toBeGreaterThanOrEqual(7);
    for (const locale of ['en-US', 'zh-CN']) {
      const { page, context, problems } = await harness().newPage({ locale });
      await page.goto(harness().url);
      await page.waitForFunction(() => performance.getEntriesByName('chps:first-projection').length > 0, undefined, { timeout: 20_000 });
      const scripts = await page.evaluate(() => {
        const first = performance.getEntriesByName('chps:first-projection')[0]!.startTime;
        return performance.getEntriesByType('resource').filter((e) => e.startTime <= first && /\.js$/u.test(new URL(e.name).pathname) && !/\.worker-/u.test(e.name)).map((e) => new URL(e.name).pathname.split('/').pop()!);
      });
      expect(scripts.filter((f) => later.includes(f)), locale).toEqual([]);
      const bytes = [...new Set(scripts)].reduce((sum, f) => sum + gzipSync(readFileSync(`dist/assets/${f}`), { level: 9 }).length, 0);
      expect(bytes, locale).toBeLessThan(100 * 1024);
      // and what it went without comes once the page is idle
      await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.split('/').pop()!)).then((all) => later.filter((f) => all.includes(f))), { timeout: 10_000 }).toEqual(later);
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it('loads in Chinese for a Chinese browser, shows all five counties, and switches to English', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'zh-CN' });
    await page.goto(harness().url);
    await expect.poll(() => page.locator('h1').textContent()).toBe('县域卫生规划推演');
    const tabs = page.getByRole('tab');
    // the overview first, then the five counties
    await expect.poll(() => tabs.count()).toBe(6);
    const tabText = (await tabs.allTextContents()).join(' ');
    for (const name of countyNames.zh) expect(tabText).toContain(name);
    await expect.poll(() => page.locator('#overview-title').textContent()).toBe('各县（区）2025年目标推演总览');

    // a county's indicator table, with a binding mark
    await page.getByRole('tab', { name: /山海关区/u }).click();
    const rows = page.locator('tr[data-indicator]');
    // (a county's view loads when first wanted, or at idle: a click before then waits for it)
    await expect.poll(() => rows.count()).toBeGreaterThan(10);
    expect(await page.locator('.binding').first().textContent()).toBe('约束性');

    await page.getByRole('button', { name: '语言' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('County Health Plan Simulator');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-US');
    const enText = (await tabs.allTextContents()).join(' ');
    for (const name of countyNames.en) expect(enText).toContain(name);
    // no Chinese left in the English chrome (headings, table heads, tab labels)
    const chrome = await page.locator('h1, h3, thead th, .tab-meta, .tab-findings, footer').allTextContents();
    expect(chrome.join(' ')).not.toMatch(/[\u4e00-\u9fff]/u);
    // and in a county's workbench (the plan's own words appear only in quotes and the source drawer)
    await page.getByRole('tab', { name: /Pingshan/u }).click();
    await page.waitForSelector('td.projected .probability', { timeout: 20_000 });
    const workbench = await page.locator('h2, h3, h4, thead th, legend, .control label, .control .help, .project .help, .verdict, .goal, figcaption, .tab-meta').allTextContents();
    expect(workbench.join(' ')).not.toMatch(/[\u4e00-\u9fff]/u);

    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens a county from the tabs and shows its contradictions and sources', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(harness().url);
    await page.getByRole('tab', { name: /Pingshan/u }).click();
    await expect.poll(() => page.locator('#county-title').textContent()).toContain('Pingshan');
    await expect.poll(() => page.url()).toContain('#county=pingshan');
    // the audit answers from its worker once the county's view has loaded
    await expect.poll(() => page.locator('.finding').count(), { timeout: 15_000 }).toBeGreaterThan(0);

    // the source drawer quotes the plan verbatim
    await page.locator('tr[data-indicator="beds_per_1000"] button.source').click();
    const drawer = page.getByRole('dialog');
    await expect.poll(() => drawer.isVisible()).toBe(true);
    expect(await drawer.locator('blockquote').first().textContent()).toContain('每千人口医疗卫生机构床位数');
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer.isVisible()).toBe(false);

    // every county shows exactly the contradictions the audit computes
    for (const c of loadCountiesFromDisk().counties) {
      await page.getByRole('tab', { name: new RegExp(c.name.en, 'u') }).click();
      await expect.poll(() => page.locator('.finding').count()).toBe(auditCounty(c).length);
      const kinds = await page.locator('.finding').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kind));
      expect(kinds).toEqual(auditCounty(c).map((f) => f.kind));
    }
    await page.getByRole('tab', { name: /Pingshan/u }).click();

    // keyboard: arrow keys move between counties, Enter opens one
    await page.getByRole('tab', { name: /Pingshan/u }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#county-title').textContent()).toContain('Xiangshan');

    // a reload keeps the county and the language
    await page.reload();
    await expect.poll(() => page.locator('#county-title').textContent()).toContain('Xiangshan');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a source asked for before the drawer has loaded opens once it comes, and closes with Esc', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    const held = await holdBack(page, chunksWith('ui/SourceDrawer.svelte'));
    await page.goto(`${harness().url}#county=pingshan`);
    await page.locator('tr[data-indicator="beds_per_1000"] button.source').click();
    await expect.poll(() => held.length).toBeGreaterThan(0);
    expect(await page.getByRole('dialog').count()).toBe(0);
    for (const route of held.splice(0)) await route.continue();
    const drawer = page.getByRole('dialog');
    await expect.poll(() => drawer.isVisible()).toBe(true);
    expect(await drawer.locator('blockquote').first().textContent()).toContain('每千人口医疗卫生机构床位数');
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer.isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a derived population says in its source drawer which of the plan\'s figures agree on it and which do not', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(`${harness().url}#county=shandan`);
    await expect.poll(() => page.locator('button.population .pop-value').textContent()).toBe('150,262');
    await page.locator('button.population').click();
    const agreement = page.getByRole('dialog').locator('[data-agreement]');
    // 477 TCM beds ÷ 3.175 per 1000 and 653 nurses ÷ 4.345 (004:17, 004:41) bound the range
    await expect.poll(() => agreement.textContent()).toContain('agree on 150,236–150,288 residents; the default is the middle, 150,262');
    expect(await agreement.textContent()).toContain('Disagreeing: Lifted-from-poverty and monitored residents signed up with a family doctor → at least 148,730,000');
    await page.keyboard.press('Escape');
    // a population the plan states has no agreement to show
    await page.getByRole('tab', { name: /Pingshan/u }).click();
    await page.locator('button.population').click();
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    expect(await page.getByRole('dialog').locator('[data-agreement]').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
