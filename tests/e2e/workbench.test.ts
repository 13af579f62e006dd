// The workbench for the desk and the workshop room, as its users meet it: the answer beside the
// control, controls a planner expects, sources that open, exports people open.
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';
import { engineVerdict, settled } from './pageState.ts';

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
