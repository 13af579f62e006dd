// npm run screenshots [-- OUT_DIR]: the app in both languages, each county, plus the source drawer.
// Used to look at what we built; readme-*.png are the README's pictures (the rest is not committed).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startHarness } from '../e2e/harness.ts';

const out = process.argv[2] ?? 'tests/screenshots';
mkdirSync(out, { recursive: true });
const h = await startHarness();
try {
  for (const [lang, locale] of [['zh', 'zh-CN'], ['en', 'en-US']] as const) {
    const { page, context, problems } = await h.newPage({ locale });
    for (const county of ['shanhaiguan', 'pingshan', 'xiangshan', 'fushan', 'shandan']) {
      await page.goto(`${h.url}#county=${county}`);
      await page.waitForSelector('#county-title');
      await page.screenshot({ path: join(out, `${county}-${lang}.png`), fullPage: true });
    }
    // the README's pictures: one screen, not the whole page
    if (lang === 'en') {
      await page.goto(h.url);
      await page.waitForSelector('.cell .p');
      await page.screenshot({ path: join(out, 'readme-overview-en.png') });
    } else {
      await page.goto(`${h.url}#county=shandan`);
      await page.waitForSelector('td.projected .probability');
      await page.screenshot({ path: join(out, 'readme-shandan-zh.png') });
    }
    await page.goto(h.url);
    await page.waitForSelector('.cell .p');
    await page.screenshot({ path: join(out, `overview-${lang}.png`), fullPage: true });
    await page.goto(`${h.url}#county=pingshan`);
    await page.locator('tr[data-indicator="beds_per_1000"] button.source').click();
    await page.waitForSelector('dialog[open]');
    await page.screenshot({ path: join(out, `drawer-${lang}.png`) });
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${h.url}#county=shandan`);
    await page.screenshot({ path: join(out, `phone-${lang}.png`) });
    if (problems.length) console.error(problems.join('\n'));
    await context.close();
  }
  console.log(`screenshots in ${out}/`);
} finally {
  await h.close();
}
