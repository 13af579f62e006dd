// npx tsx tests/tools/profile-page.ts — a CPU profile of the page's main thread (Chromium's own
// sampling profiler, through CDP) over 80 changes of a slider on Pingshan's workbench, after 40 to
// warm up; written as a .cpuprofile (open it in Chromium's DevTools, Performance panel). Expects a
// build in dist/ (`vite build --minify false` gives readable names). SLIDER: a control's selector
// (default: the birth rate), OUT: the file, DIST: another build folder.
import { writeFileSync } from 'node:fs';
import { startHarness } from '../e2e/harness.ts';
const slider = process.env.SLIDER ?? '[data-control="pingshan-totalFertilityRate"] input[type="range"]';
/** the slider's values, cycled: within the total fertility rate's range (VALUES=a,b,… for another slider) */
const values = (process.env.VALUES ?? Array.from({ length: 20 }, (_, i) => (0.8 + i * 0.05).toFixed(2)).join(',')).split(',').map(Number);
const outDir = process.env.DIST ?? 'dist';
const h = await startHarness({ outDir });
const { page, context } = await h.newPage({ locale: 'en-US' });
await page.goto(`${h.url}#county=pingshan`);
await page.waitForSelector('td.projected .probability', { timeout: 20000 });
for (let i = 0; i < 2; i++) { await page.evaluate(`document.querySelector('[data-chart="beds_per_1000"]').scrollIntoView({ block: 'start' })`); await page.waitForTimeout(300); }
const step = async (v: number) => page.evaluate(`(async () => { const input = document.querySelector(${JSON.stringify(slider)}); input.value = '${v}'; input.dispatchEvent(new Event('input', { bubbles: true })); await new Promise((r) => setTimeout(r, 120)); })()`);
for (let i = 0; i < 40; i++) await step(values[i % values.length]!);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
for (let i = 0; i < 80; i++) await step(values[i % values.length]!);
const { profile } = await cdp.send('Profiler.stop');
writeFileSync(process.env.OUT ?? '/tmp/prof-ui/page.cpuprofile', JSON.stringify(profile));
await context.close();
await h.close();
