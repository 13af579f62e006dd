// Accessibility: axe-core finds no serious or critical violation on the main screens, in both
// languages; the main path works with the keyboard alone.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { useHarness } from './harness.ts';

const harness = useHarness();

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility', () => {
  for (const locale of ['zh-CN', 'en-US']) {
    it(`no serious or critical axe violations on the overview, a county, the library, the comparison and the presenter (${locale})`, async () => {
      // axe-core is injected as a script: let it past the page's CSP
      const { page, context } = await harness().newPage({ locale, bypassCSP: true });
      await page.goto(harness().url);
      await page.waitForSelector('.cell .p', { timeout: 20_000 });
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto(`${harness().url}#county=pingshan`);
      await page.waitForSelector('td.projected .probability', { timeout: 20_000 });
      expect(await seriousViolations(page)).toEqual([]);
      // the scenario library, the comparison and the presenter
      await page.locator('[data-action="library"]').click();
      await page.waitForSelector('[data-library]');
      expect(await seriousViolations(page)).toEqual([]);
      await page.locator('[data-action="compare"]').click();
      await page.locator('[data-compare-b]').selectOption('case:staff_exodus');
      await page.waitForSelector('[data-verdict-diff]', { timeout: 15_000 });
      expect(await seriousViolations(page)).toEqual([]);
      await page.locator('[data-action="present"]').first().click();
      await page.waitForSelector('[data-presenter]');
      await page.keyboard.press('a');
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('the main path works with the keyboard alone', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(harness().url);
    await page.waitForSelector('.cell');
    // Tab to the tab list, arrow to Pingshan, open it with Enter
    await page.locator('#tab-overview').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#county-title').textContent()).toContain('Pingshan');
    // reach the first Source button by tabbing and open the drawer with Enter
    let found = false;
    for (let i = 0; i < 60 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement?.classList.contains('source') ?? false);
    }
    expect(found).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('on a 390 px phone nothing is wider than the screen, in either language; secondary columns drop', async () => {
    for (const locale of ['zh-CN', 'en-US']) {
      const { page, context, problems } = await harness().newPage({ locale });
      await page.setViewportSize({ width: 390, height: 844 });
      for (const at of ['', '#county=pingshan', '#county=fushan']) {
        await page.goto(`${harness().url}${at}`);
        await page.waitForSelector(at ? 'td.projected .probability' : '.cell .p', { timeout: 20_000 });
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${locale} ${at}`).toBeLessThanOrEqual(390);
      }
      // the unit, nature, model and baseline columns are gone; the target and the projection stay
      const shown = await page.locator('.indicators thead th').evaluateAll((ths) => ths.filter((th) => getComputedStyle(th).display !== 'none').length);
      expect(shown).toBe(4);
      // the export and import buttons fold behind one
      expect(await page.locator('[data-action="export-csv"]').isVisible()).toBe(false);
      await page.locator('button[aria-controls="file-actions"]').click();
      expect(await page.locator('[data-action="export-csv"]').isVisible()).toBe(true);
      expect(problems).toEqual([]);
      await context.close();
    }
  });
});
