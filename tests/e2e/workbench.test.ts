// The workbench for the desk and the workshop room, as its users meet it: the answer beside the
// control, controls a planner expects, sources that open, exports people open.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { useHarness } from './harness.ts';
import { counties, engineVerdict, field, scenarioOnPage, settled } from './pageState.ts';
import { runScenario } from '../../src/scenario/run.ts';
import { pageDefaults } from '../../src/scenario/defaults.ts';

const shanhaiguan = counties.find((c) => c.id === 'shanhaiguan')!;

const harness = useHarness();

describe('the answer beside the control', () => {
  it.each([
    [1280, 720],
    [1920, 1080],
    [390, 844],
  ])('at %i × %i, moving the wing a year late shows the beds target move, 7.14 → 6.07, without scrolling from the control', async (width, height) => {
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
    const birth = page.locator('[data-control="pingshan-totalFertilityRate"]');
    await birth.locator('[data-relative]').fill('-20');
    await expect.poll(async () => (await scenarioOnPage(page)).counties.pingshan?.totalFertilityRate).toBeCloseTo(1.0 * 0.8, 9);
    expect(await birth.locator('input.number').inputValue()).toBe('0.8');
    // a typed 1.425, then ← in the slider: 1.415, not the slider's 1.41
    await birth.locator('input.number').fill('1.425');
    await page.waitForTimeout(900);
    await birth.locator('input[type="range"]').focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await scenarioOnPage(page)).counties.pingshan?.totalFertilityRate).toBe(1.415);
    await page.waitForTimeout(900);
    // Ctrl+Z with the focus still in the slider undoes the scenario
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await scenarioOnPage(page)).counties.pingshan?.totalFertilityRate).toBe(1.425);
    expect(await birth.locator('input.number').inputValue()).toBe('1.425');

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
    expect(await choices.locator('.choice').allTextContents()).toEqual(['from the plan’s figures 165,218', '2020 census 164,989']);
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
      ['en-US', 'NBS 2020 census; estimates for 2022 and 2023', '±20 % of the value in force'],
      ['zh-CN', '国家统计局 第七次全国人口普查；2022、2023年估计', '取现值的±20%'],
    ] as const) {
      const { page, context, problems } = await harness().newPage({ locale });
      await page.goto(`${harness().url}#county=pingshan`);
      await settled(page);
      await page.locator('[data-control="pingshan-totalFertilityRate"] .help .source').click();
      const drawer = page.locator('dialog[open]');
      expect(await drawer.locator('[data-source-title]').textContent()).toBe(title);
      expect(await drawer.locator('blockquote').textContent()).toBe('The 2010 and 2020 censuses yielded TFRs of 1.18 and 1.30');
      expect(await drawer.textContent()).toContain('washparkprophet.blogspot.com');
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

describe('the defects a new user hit', () => {
  it('the indicator table’s Source column is in view at 1280 and 1440 px, in English', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    for (const width of [1280, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${harness().url}#county=pingshan`);
      await settled(page);
      const card = (await page.locator('section.indicators').boundingBox())!;
      for (const box of await page.locator('tr[data-indicator] button.source').evaluateAll((xs) => xs.map((x) => x.getBoundingClientRect().right))) expect(box, `${width}`).toBeLessThanOrEqual(card.x + card.width);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the presenter fits one screen for every case, keeps the focus in itself, and gives it back on Esc', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    for (const [width, height] of [[1280, 720], [1920, 1080]] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(harness().url);
      await page.locator('[data-action="present"]').focus();
      await page.keyboard.press('Enter');
      for (let i = 0; i < 7; i++) {
        await page.keyboard.press('a');
        const exit = (await page.getByRole('button', { name: 'Exit' }).boundingBox())!;
        expect(exit.y + exit.height, `${width}×${height} case ${i + 1}`).toBeLessThanOrEqual(height);
        await page.keyboard.press('ArrowRight');
      }
      // Tab goes round the presenter's buttons and never reaches the page behind
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => !!document.activeElement?.closest('[data-presenter]'))).toBe(true);
      }
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('present');
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keyboard: a skip link goes to the assumptions; the county tabs move the focus with the arrows and open with Enter', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(`${harness().url}#county=pingshan`);
    await settled(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the assumptions');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('assumptions-title');
    expect(new URL(page.url()).hash).not.toContain('assumptions');
    await page.locator('#tab-pingshan').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-xiangshan');
    // moving past a county does not open it
    expect(await page.locator('#county-title').textContent()).toBe('Pingshan County');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#county-title').textContent()).toBe('Xiangshan District');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the overview: per 1000 or per 10,000 said where a column mixes them; 2030 shown when the run goes there; the population’s asterisk on its number’s line', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'zh-CN' });
    await page.goto(harness().url);
    await settled(page);
    expect(await page.locator('tr[data-county="xiangshan"] .cell[data-indicator="public_health_staff_per_10k"] .target').textContent()).toBe('≥ 0.6 /万人');
    expect(await page.locator('tr[data-county="pingshan"] .cell[data-indicator="public_health_staff_per_1000"] .target').textContent()).toBe('≥ 0.83 /千人');
    expect(await page.locator('tr[data-county="pingshan"] .cell[data-indicator="beds_per_1000"] .target').textContent()).toBe('≥ 7.14');
    const star = (await page.locator('#tab-xiangshan .assume').boundingBox())!;
    const number = (await page.locator('#tab-xiangshan .nowrap').boundingBox())!;
    expect(Math.abs(star.y + star.height / 2 - (number.y + number.height / 2))).toBeLessThan(4);
    await page.locator('[data-horizon="2030"]').first().click();
    await expect.poll(() => page.locator('#overview-title').textContent()).toBe('各县（区）2030年推演总览（本县填入的2030年目标；否则为全国基准；否则沿用2025年目标）');
    const in2030 = runScenario({ ...pageDefaults, horizon: 2030, draws: 0 }, [counties.find((c) => c.id === 'fushan')!])[0]!.verdicts.find((v) => v.indicator === 'beds_per_1000' && v.year === 2030)!;
    await expect.poll(() => page.locator('tr[data-county="fushan"] .cell[data-indicator="beds_per_1000"] .value').textContent(), { timeout: 15_000 }).toBe(in2030.shown.toFixed(2));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('on a phone: the county column stays while the overview scrolls sideways; every control of the panel is a 44 px target', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'zh-CN' });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(harness().url);
    await settled(page);
    await page.locator('.matrix').evaluate((t) => t.closest('.scroll')!.scrollBy({ left: 600 }));
    const name = (await page.locator('tr[data-county="pingshan"] th').boundingBox())!;
    expect(name.x).toBeGreaterThanOrEqual(0);
    expect(name.x).toBeLessThan(60);
    await page.goto(`${harness().url}#county=pingshan`);
    await settled(page);
    const small = await page.locator('[data-assumptions] button:visible, [data-assumptions] input:visible, [data-assumptions] select:visible').evaluateAll((xs) =>
      xs.map((x) => ({ what: x.outerHTML.slice(0, 60), h: x.getBoundingClientRect().height })).filter((x) => x.h < 44),
    );
    expect(small).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('exports people open', () => {
  const decodeQr = (png: Buffer) => {
    const image = PNG.sync.read(png);
    return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
  };

  it('an Excel workbook in the page’s language: the verdicts with their probabilities, what changed, a sheet per county with the years as columns', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'zh-CN' });
    await page.goto(`${harness().url}#county=pingshan`);
    await settled(page);
    const select = page.locator('[data-project-control="county_hospital_expansion"] select');
    await select.selectOption('2026');
    await settled(page);
    const more = page.locator('[aria-controls="file-actions"]');
    if (await more.isVisible()) await more.click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-xlsx"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^chps-scenario-\d{8}\.xlsx$/u);
    const book = new ExcelJS.Workbook();
    const file = readFileSync((await download.path())!);
    // (ExcelJS types its input as the old Buffer)
    await book.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['达标情况', '终期评估', '相对规划的改动', ...counties.map((c) => c.name.zh)]);
    const verdicts = book.getWorksheet('达标情况')!;
    expect(verdicts.getRow(1).values).toEqual([undefined, '县（区）', '指标', '年份', '推演值', '目标值', '状态', '达标概率', '约束性']);
    // Pingshan's beds with the wing a year late: the engine's numbers, status and probability
    const late = runScenario({ ...pageDefaults, counties: { pingshan: { projects: { county_hospital_expansion: { openingYear: 2026 } } } } }, [counties.find((c) => c.id === 'pingshan')!])[0]!;
    const beds = late.verdicts.find((v) => v.indicator === 'beds_per_1000' && v.year === 2025)!;
    const row = verdicts.getRows(2, verdicts.rowCount - 1)!.find((r) => r.getCell(1).value === '平山县' && String(r.getCell(2).value).includes('床位'))!;
    expect(row.getCell(4).value).toBe(beds.shown);
    expect(row.getCell(4).numFmt).toBe('0.00');
    expect(row.getCell(6).value).toBe('未达标');
    expect(row.getCell(7).value).toBe(beds.probability);
    expect(row.getCell(7).numFmt).toBe('0%');
    // what was changed, in words
    const changes = book.getWorksheet('相对规划的改动')!;
    expect(changes.rowCount).toBe(2);
    expect(String(changes.getRow(2).getCell(2).value)).toContain('2026');
    // Pingshan's own sheet: a row per series, a column per year
    const sheet = book.getWorksheet('平山县')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '序列', '2020', '2021', '2022', '2023', '2024', '2025']);
    const bedRow = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === counties.find((c) => c.id === 'pingshan')!.indicators.find((i) => i.id === 'beds_per_1000')!.label.zh)!;
    expect(bedRow.getCell(7).value).toBeCloseTo(late.series.beds_per_1000![5]!, 9);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a QR code of the share link, in the share dialog and in the presenter, that a phone decodes back to the link', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(`${harness().url}#county=pingshan`);
    await settled(page);
    await field(page, 'totalFertilityRate').fill('1.5');
    await settled(page);
    const url = page.url();
    await page.locator('[data-action="share-qr"]').click();
    const dialog = page.locator('[data-share-dialog]');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator('[data-share-url]').inputValue()).toBe(url);
    await expect.poll(async () => decodeQr(await dialog.locator('canvas').screenshot())).toBe(url);
    // Esc closes it and gives the focus back
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('share-qr');

    // the presenter's code opens the case on screen, not the working scenario
    await page.locator('[data-action="present"]').click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('q');
    const qr = page.locator('[data-presenter-qr] canvas');
    await expect.poll(() => qr.isVisible()).toBe(true);
    let caseUrl: string | null = null;
    await expect.poll(async () => (caseUrl = decodeQr(await qr.screenshot()))).not.toBeNull();
    expect(caseUrl).not.toBe(url);
    const phone = await context.newPage();
    await phone.goto(caseUrl!);
    await settled(phone);
    await page.locator('[data-action="use-case"]').click();
    await settled(page);
    expect(await scenarioOnPage(phone)).toEqual(await scenarioOnPage(page));
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('a report worth printing', () => {
  it.each([['zh-CN'], ['en-US']])('(%s) page 1 is the headline, paper carries no controls or “click”, the project year is the scenario’s, and a county fits 6 A4 pages', async (locale) => {
    const { page, context, problems } = await harness().newPage({ locale });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${harness().url}#county=pingshan`);
    await settled(page);
    await page.locator('[data-project-control="county_hospital_expansion"] select').selectOption('2026');
    await settled(page);
    await page.emulateMedia({ media: 'print' });
    const report = page.locator('[data-print-report]');
    expect(await report.isVisible()).toBe(true);
    // the headline is rendered for paper only: at once when a print begins, at the browser's next
    // frame when print media is switched on without one (as here)
    await report.locator('[data-print-targets]').waitFor();
    // the headline: every target with its status, the wing's year among the changes
    const late = runScenario({ ...pageDefaults, counties: { pingshan: { projects: { county_hospital_expansion: { openingYear: 2026 } } } } }, [counties.find((c) => c.id === 'pingshan')!])[0]!;
    const statuses = await report.locator('[data-print-targets] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
    expect(statuses).toEqual(late.verdicts.map((v) => v.status));
    expect(await report.textContent()).toContain('2026');
    // nothing on paper to click or type into, and no “click” in the words
    const onPaper = await page.evaluate(() => {
      const shown = (el: Element) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed';
      return { controls: [...document.querySelectorAll('input, select, textarea')].filter(shown).length, text: document.body.innerText };
    });
    expect(onPaper.controls).toBe(0);
    expect(onPaper.text).not.toMatch(/click|点击|\.txt/iu);
    // the project's opening year as the scenario has it
    expect(await page.locator('[data-project="county_hospital_expansion"] [data-opening] strong').textContent()).toBe('2026');
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/gu)?.length ?? 0;
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(6);
    expect(problems).toEqual([]);
    await context.close();
  });
});
