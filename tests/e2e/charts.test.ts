// The charts as a user sees them: drawn (in the chart worker, or on the page where a browser cannot
// hand a canvas to a worker), redrawn when the numbers change, a tooltip under the pointer, the
// size of their box, and still drawn after the chart worker fails. Pixels are read from
// screenshots of the chart, decoded by the browser.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useHarness } from './harness.ts';
import { pictureRatio } from '../../src/charts/chartRenderer.ts';

const harness = useHarness();

/** how many pixels of the chart are the projection's blue (#0072B2) and the tooltip's near-black */
async function colours(page: Page, chart: Locator): Promise<{ blue: number; dark: number; png: string }> {
  const png = (await chart.screenshot()).toString('base64');
  const counts = (await page.evaluate(`(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let blue = 0, dark = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
      if (Math.abs(r - 0x00) < 40 && Math.abs(g - 0x72) < 40 && Math.abs(b - 0xb2) < 40) blue++;
      if (r < 70 && g < 70 && b < 70) dark++;
    }
    return { blue, dark };
  })(${JSON.stringify(png)})`)) as { blue: number; dark: number };
  return { ...counts, png };
}

async function openCharts(page: Page) {
  await page.goto(`${harness().url}#county=pingshan`);
  await page.waitForSelector('td.projected .probability', { timeout: 20_000 });
  await page.evaluate(`document.querySelector('[data-chart="nurses_per_1000"]').scrollIntoView({ block: 'center' })`);
}

const nurseCanvas = (page: Page) => page.locator('[data-chart="nurses_per_1000"] .canvas');
const chartWorkers = (page: Page) => page.workers().filter((w) => w.url().includes('chart.worker')).length;

/** the PNG's width and height, from its header */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

/** the nurses chart is drawn, moves when more nurses are hired, and shows a tooltip (a dark box)
 * under the pointer that goes when the pointer leaves */
async function drawnEditedPointed(page: Page) {
  await expect.poll(() => colours(page, nurseCanvas(page)).then((c) => c.blue), { timeout: 10_000 }).toBeGreaterThan(300);
  const before = await colours(page, nurseCanvas(page));
  await page.locator('[data-control="pingshan-additionsPerYear-nurses"] input.number').fill('120');
  await expect.poll(() => colours(page, nurseCanvas(page)).then((c) => c.png), { timeout: 10_000 }).not.toBe(before.png);
  const box = (await nurseCanvas(page).boundingBox())!;
  const idle = await colours(page, nurseCanvas(page));
  await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.5);
  await expect.poll(() => colours(page, nurseCanvas(page)).then((c) => c.dark), { timeout: 10_000 }).toBeGreaterThan(idle.dark + 1000);
  await page.mouse.move(box.x + box.width / 2, box.y - 120);
  await expect.poll(() => colours(page, nurseCanvas(page)).then((c) => c.dark), { timeout: 10_000 }).toBeLessThan(idle.dark + 200);
}

describe('charts', () => {
  it('are drawn in the chart worker, follow an edit, and show a tooltip under the pointer', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await openCharts(page);
    await drawnEditedPointed(page);
    expect(chartWorkers(page)).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('take the size of their box when the window changes, and export from that size (at least 2× and 1200 px wide)', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await openCharts(page);
    const exportWidth = async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-chart="nurses_per_1000"] [data-action="png"]').click()]);
      const path = await download.path();
      return pngSize(readFileSync(path!)).width;
    };
    const boxWidth = () => page.evaluate(`document.querySelector('[data-chart="nurses_per_1000"] .canvas').clientWidth`) as Promise<number>;
    const picture = (css: number) => Math.floor(css * pictureRatio(css));
    await expect.poll(exportWidth, { timeout: 10_000 }).toBe(picture(await boxWidth()));
    await page.setViewportSize({ width: 820, height: 900 });
    const narrow = await boxWidth();
    expect(narrow).not.toBe(417);
    await expect.poll(exportWidth, { timeout: 10_000 }).toBe(picture(narrow));
    expect(picture(narrow)).toBeGreaterThanOrEqual(1200);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('are drawn on the page where a browser cannot hand a canvas to a worker', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'zh-CN' });
    await page.addInitScript(`delete HTMLCanvasElement.prototype.transferControlToOffscreen`);
    await openCharts(page);
    await drawnEditedPointed(page);
    expect(chartWorkers(page)).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the chart worker fails: the charts are drawn again on the page, with the numbers on screen', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await openCharts(page);
    await expect.poll(() => colours(page, nurseCanvas(page)).then((c) => c.blue), { timeout: 10_000 }).toBeGreaterThan(300);
    const chartWorker = page.workers().find((w) => w.url().includes('chart.worker'))!;
    await chartWorker.evaluate(`setTimeout(() => { throw new Error('chart crash test'); }, 0)`);
    await expect.poll(() => chartWorkers(page), { timeout: 10_000 }).toBe(0);
    // a new canvas, drawn on the page with the numbers as they are
    await expect.poll(() => colours(page, nurseCanvas(page)).then((c) => c.blue), { timeout: 10_000 }).toBeGreaterThan(300);
    const before = await colours(page, nurseCanvas(page));
    await page.locator('[data-control="pingshan-additionsPerYear-nurses"] input.number').fill('120');
    await expect.poll(() => colours(page, nurseCanvas(page)).then((c) => c.png), { timeout: 10_000 }).not.toBe(before.png);
    expect(problems.filter((p) => !p.includes('chart crash test'))).toEqual([]);
    await context.close();
  });

  it('the chart worker gets stuck: after a few seconds the charts are drawn on the page', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await openCharts(page);
    await expect.poll(() => colours(page, nurseCanvas(page)).then((c) => c.blue), { timeout: 10_000 }).toBeGreaterThan(300);
    const chartWorker = page.workers().find((w) => w.url().includes('chart.worker'))!;
    void chartWorker.evaluate(`setTimeout(() => { const until = Date.now() + 60000; while (Date.now() < until); }, 0)`).catch(() => {});
    const before = await colours(page, nurseCanvas(page));
    await page.locator('[data-control="pingshan-additionsPerYear-nurses"] input.number').fill('120');
    await expect.poll(() => chartWorkers(page), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => colours(page, nurseCanvas(page)).then((c) => c.png), { timeout: 10_000 }).not.toBe(before.png);
    expect(await colours(page, nurseCanvas(page)).then((c) => c.blue)).toBeGreaterThan(300);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('on a phone a tap shows the tooltip, sharp on a 2× screen, and it stays after the finger lifts', async () => {
    const context = await harness().browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));
    await openCharts(page);
    await expect.poll(() => colours(page, nurseCanvas(page)).then((c) => c.blue), { timeout: 10_000 }).toBeGreaterThan(1200);
    const box = (await nurseCanvas(page).boundingBox())!;
    const idle = await colours(page, nurseCanvas(page));
    await page.touchscreen.tap(box.x + box.width * 0.55, box.y + box.height * 0.5);
    await expect.poll(() => colours(page, nurseCanvas(page)).then((c) => c.dark), { timeout: 10_000 }).toBeGreaterThan(idle.dark + 4000);
    // the saved picture: at least twice the screen's pixels and 1200 px wide, for a slide
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-chart="nurses_per_1000"] [data-action="png"]').click()]);
    const picture = pngSize(readFileSync((await download.path())!));
    expect(picture.width).toBe(Math.floor(Math.round(box.width) * pictureRatio(Math.round(box.width))));
    expect(picture.width).toBeGreaterThanOrEqual(1200);
    expect(picture.width).toBeGreaterThanOrEqual(2 * Math.round(box.width));
    expect(problems).toEqual([]);
    await context.close();
  });
});
