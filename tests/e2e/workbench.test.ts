// The workbench for the desk and the workshop room, as its users meet it: the answer beside the
// control, controls a planner expects, sources that open, exports people open.
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';
import { counties, engineVerdict, scenarioOnPage, settled } from './pageState.ts';
import { runScenario } from '../../src/scenario/run.ts';
import { pageDefaults } from '../../src/scenario/defaults.ts';

const shanhaiguan = counties.find((c) => c.id === 'shanhaiguan')!;

const harness = useHarness();

describe('the answer beside the control', () => {
  it.each([
    [1280, 720],
    [1920, 1080],
    [390, 844],
  ])('at %i × %i, moving the wing a year late shows the beds target move, 7.14 → 6.08, without scrolling from the control', async (width, height) => {
    const { page, context, problems } = await harness().newPage({ locale: 'zh-CN' });
    await page.setViewportSize({ width, height });
    await page.goto(`${harness().url}#county=pingshan`);
    await settled(page);
    const select = page.locator('[data-project-control="county_hospital_expansion"] select');
    await select.scrollIntoViewIfNeeded();
    await select.selectOption('2026');
    await settled(page);
    const chip = page.locator('[data-answer="beds_per_1000"]');
    const late = engineVerdict({ projects: { county_hospital_expansion: { openingYear: 2026 } } }, 'beds_per_1000');
    await expect.poll(() => chip.locator('[data-shown]').textContent()).toBe(late.shown.toFixed(2));
    expect(await chip.locator('[data-before]').textContent()).toBe('7.14 →');
    expect(await chip.getAttribute('data-status')).toBe('missed');
    // the control and the answer are both on screen
    for (const el of [select, chip]) {
      const box = (await el.boundingBox())!;
      expect(box.y, `${width}×${height}`).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(height);
      expect(box.x + box.width).toBeLessThanOrEqual(width + 1);
    }
    // a target the edit did not move carries no "before"
    expect(await page.locator('[data-answer="nurses_per_1000"] [data-before]').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('controls a planner expects', () => {
  it('“−20 % births”, arrows that keep a typed value’s precision, Ctrl+Z in a slider, a project year’s reset, an added project edited', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(`${harness().url}#county=pingshan`);
    await settled(page);
    const birth = page.locator('[data-control="pingshan-birthRatePerMille"]');
    await birth.locator('[data-relative]').fill('-20');
    await expect.poll(async () => (await scenarioOnPage(page)).counties.pingshan?.birthRatePerMille).toBeCloseTo(6.77 * 0.8, 9);
    expect(await birth.locator('input.number').inputValue()).toBe('5.416');
    // a typed 5.42, then ← in the slider: 5.32, not the slider's 5.3
    await birth.locator('input.number').fill('5.42');
    await page.waitForTimeout(900);
    await birth.locator('input[type="range"]').focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await scenarioOnPage(page)).counties.pingshan?.birthRatePerMille).toBe(5.32);
    await page.waitForTimeout(900);
    // Ctrl+Z with the focus still in the slider undoes the scenario
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await scenarioOnPage(page)).counties.pingshan?.birthRatePerMille).toBe(5.42);
    expect(await birth.locator('input.number').inputValue()).toBe('5.42');

    // a project year has its reset
    const wing = page.locator('[data-project-control="county_hospital_expansion"]');
    await wing.locator('select').selectOption('2027');
    await expect.poll(() => wing.locator('[data-action="reset-project"]').isEnabled()).toBe(true);
    await wing.locator('[data-action="reset-project"]').click();
    await expect.poll(async () => (await scenarioOnPage(page)).counties.pingshan?.projects).toBeUndefined();
    expect(await wing.locator('select').inputValue()).toBe('2025');

    // an added project is edited in place, its id kept
    await page.locator('[data-add-project] input').first().fill('Rehabilitation wing');
    await page.locator('[data-add-project] input').nth(1).fill('300');
    await page.locator('[data-add-project] button[type="submit"]').click();
    const added = page.locator('[data-user-project]');
    const id = await added.getAttribute('data-user-project');
    await added.locator('[data-action="edit-project"]').click();
    await added.locator('[data-edit-project] input').nth(1).fill('250');
    await added.locator('[data-edit-project] select').nth(1).selectOption('2023');
    await added.locator('[data-action="save-project"]').click();
    await expect.poll(async () => (await scenarioOnPage(page)).counties.pingshan?.newProjects).toEqual([{ id, name: 'Rehabilitation wing', resource: 'beds', amount: 250, openingYear: 2023 }]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the base population: the census figure chosen beside the plan’s, with its source; the projection follows', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(`${harness().url}#county=shanhaiguan`);
    await settled(page);
    const choices = page.locator('[data-population-choices]');
    expect(await choices.locator('.choice').allTextContents()).toEqual(['the plan’s figure 165,000', '2020 census 164,989']);
    await choices.locator('.choice').nth(1).click();
    await expect.poll(async () => (await scenarioOnPage(page)).counties.shanhaiguan?.basePopulation).toBe(164989);
    await expect.poll(() => page.locator('[data-base-population]').textContent()).toBe('164,989');
    await settled(page);
    // the plan's 1,156 open beds over the census residents
    const beds = runScenario({ ...pageDefaults, draws: 0, counties: { shanhaiguan: { basePopulation: 164989 } } }, [shanhaiguan])[0]!.verdicts.find((v) => v.indicator === 'beds_per_1000')!;
    await expect.poll(() => page.locator('[data-answer="beds_per_1000"] [data-shown]').textContent()).toBe(beds.shown.toFixed(2));
    await choices.locator('.source').nth(1).click();
    await expect.poll(() => page.locator('dialog[open] blockquote').first().textContent()).toBe('山海關區常住人口為164989人');
    expect(await page.locator('dialog[open] [data-source-title]').textContent()).toBe('7th national census bulletin');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('sources you can open', () => {
  it('every assumption’s default opens its source: note, title in the reader’s language, address, quote, status, and why its range is what it is', async () => {
    for (const [locale, title, range] of [
      ['en-US', 'National Bureau of Statistics, 2024 communiqué', '±20 % of the value in force'],
      ['zh-CN', '国家统计局 统计公报 2024', '取现值的±20%'],
    ] as const) {
      const { page, context, problems } = await harness().newPage({ locale });
      await page.goto(`${harness().url}#county=pingshan`);
      await settled(page);
      await page.locator('[data-control="pingshan-birthRatePerMille"] .help .source').click();
      const drawer = page.locator('dialog[open]');
      expect(await drawer.locator('[data-source-title]').textContent()).toBe(title);
      expect(await drawer.locator('blockquote').textContent()).toBe('全年出生人口954万人,人口出生率为6.77‰');
      expect(await drawer.textContent()).toContain('m.bbnews.cn/p/89164.html');
      expect(await drawer.locator('[data-source-range]').textContent()).toContain(range);
      const text = (await drawer.textContent())!;
      for (const jargon of ['news copy', 'mirror', '新闻转载', '.txt', 'seeds/']) expect(text, jargon).not.toContain(jargon);
      await page.keyboard.press('Escape');
      // a quote from the plan names the plan, not its file
      await page.locator('tr[data-indicator="beds_per_1000"] button.source').click();
      expect(await page.locator('dialog[open]').textContent()).toContain(locale === 'en-US' ? 'From: Pingshan County 14th Five-Year Plan' : '出自：平山县“十四五”');
      expect(await page.locator('dialog[open]').textContent()).not.toContain('.txt');
      await page.keyboard.press('Escape');
      // in Chinese a derived figure is said in words, without the English formula
      if (locale === 'zh-CN') {
        await page.locator('tr[data-figure] .source').filter({ hasText: '推算' }).first().click();
        expect(await page.locator('dialog[open] p').allTextContents()).not.toContainEqual(expect.stringMatching(/[A-Za-z]{4,}/u));
      }
      expect(problems).toEqual([]);
      await context.close();
    }
  });
});
