// npm run bench:ui — the page's speed in Debian's Chromium, as figures (no pass/fail), each against
// its budget (DESIGN.md): input-to-chart latency over 200 scripted slider changes (the time from the
// input event to the last chart's redraw, from the page's own performance marks), the same until
// the Monte Carlo bands are drawn, cold load to the first projection, and the initial JavaScript
// (gzip). Expects a build in dist/ (the npm script builds first).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startHarness } from '../e2e/harness.ts';

const changes = Number(process.env.BENCH_CHANGES ?? 200);
const bandRuns = Number(process.env.BENCH_BAND_RUNS ?? 20);
const coldLoads = Number(process.env.BENCH_COLD_LOADS ?? 7);
/** changes made on fresh pages before any warm-up (each page's first ones) */
const coldChanges = Number(process.env.BENCH_COLD_CHANGES ?? 30);
const coldPages = Number(process.env.BENCH_COLD_PAGES ?? 3);
/** scripted drags of the birth-rate slider, one input a frame */
const drags = Number(process.env.BENCH_DRAGS ?? 5);
const dragSteps = Number(process.env.BENCH_DRAG_STEPS ?? 60);
/** changes of each slider made, and not counted, before the timed ones: the page's code and the
 * workers' are compiled and optimised as they run, like any benchmark's warm-up */
const warmUp = Number(process.env.BENCH_WARM_UP ?? 60);
const birthSlider = '[data-control="pingshan-totalFertilityRate"] input[type="range"]';
const nurseSlider = '[data-control="pingshan-additionsPerYear-nurses"] input[type="range"]';

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const line = (label: string, value: string, budget: string, ok: boolean) =>
  console.log(`${label.padEnd(44)} ${value.padStart(30)}   budget ${budget.padEnd(10)} ${ok ? 'within' : 'OVER'}`);

/** The initial JavaScript: the entry script and everything index.html preloads, gzipped. */
function initialJs(): { bytes: number; files: string[] } {
  const html = readFileSync('dist/index.html', 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/gu)].map((m) => m[1]!);
  return { bytes: files.reduce((sum, f) => sum + gzipSync(readFileSync(join('dist', f)), { level: 9 }).length, 0), files };
}

/** Sets the slider and times, in the page, from the input event to the end of the redraw it
 * causes: each chart's first redraw after the input (the deterministic answer; Monte Carlo's bands
 * follow), or with `untilBands` the last redraw with the bands answering this input. Waits for
 * those bands either way, so no answer to one change lands in the next one's timing. Plain
 * JavaScript text: tsx would wrap named functions in a helper the page lacks. */
const changeInPage = `async ({ selector, value, untilBands }) => {
  const input = document.querySelector(selector);
  const names = ['chps:chart-drawn', 'chps:chart-drawn:bands'];
  const drawnAfter = (t0) => names.flatMap((n) => performance.getEntriesByName(n)).filter((e) => e.startTime >= t0);
  const bandsFor = (t0) => performance.getEntriesByName('chps:bands-shown').find((m) => m.detail && m.detail.editedAt >= t0);
  const t0 = performance.now();
  input.value = String(value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  // the charts in view redraw one after another (in the chart worker): wait for the first and
  // this change's bands, then until none has redrawn for 30 ms (an observer, not polling: the
  // page's threads stay quiet)
  await new Promise((resolve, reject) => {
    const give = setTimeout(() => reject(new Error('no redraw within 5 s')), 5000);
    let quiet;
    const observer = new PerformanceObserver(() => {
      if (!drawnAfter(t0).length || !bandsFor(t0)) return;
      clearTimeout(quiet);
      quiet = setTimeout(() => { observer.disconnect(); clearTimeout(give); resolve(); }, 30);
    });
    observer.observe({ entryTypes: ['mark'] });
  });
  const drawn = drawnAfter(t0);
  let last;
  if (untilBands) {
    const answered = bandsFor(t0).startTime;
    last = Math.max(...drawn.filter((m) => m.name === 'chps:chart-drawn:bands' && m.startTime >= answered).map((m) => m.startTime));
  } else {
    const first = new Map();
    for (const m of drawn.sort((a, b) => a.startTime - b.startTime)) if (!first.has(m.detail?.chart)) first.set(m.detail?.chart, m.startTime);
    last = Math.max(...first.values());
  }
  for (const n of ['chps:chart-drawn', 'chps:chart-drawn:bands', 'chps:chart-drawn:offscreen', 'chps:bands-shown']) performance.clearMarks(n);
  return last - t0;
}`;

/** A drag in the page: one input a frame; then, for each input, the time until charts show bands
 * answering that input or a later one (the bands on screen may follow a step behind while Monte
 * Carlo runs: latest wins, so a step skipped is answered by the next one computed). */
const dragInPage = `async ({ selector, values }) => {
  const input = document.querySelector(selector);
  for (const n of ['chps:bands-shown', 'chps:chart-drawn:bands']) performance.clearMarks(n);
  // collected as they come: the page clears its marks once it has been quiet for a second
  const shown = [];
  const drawn = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name === 'chps:bands-shown') shown.push(e);
      else if (e.name === 'chps:chart-drawn:bands') drawn.push(e.startTime);
    }
  });
  observer.observe({ entryTypes: ['mark'] });
  const at = [];
  for (const value of values) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    at.push(performance.now());
    input.value = String(value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  await new Promise((resolve) => setTimeout(resolve, 1500));
  observer.disconnect();
  shown.sort((a, b) => a.startTime - b.startTime);
  drawn.sort((a, b) => a - b);
  return at.map((t) => {
    const answer = shown.find((m) => m.detail && m.detail.editedAt >= t);
    const chart = answer ? drawn.find((d) => d >= answer.startTime) : undefined;
    return chart === undefined ? null : chart - t;
  });
}`;

async function change(page: Page, selector: string, value: number, untilBands: boolean): Promise<number> {
  return page.evaluate(`(${changeInPage})(${JSON.stringify({ selector, value, untilBands })})`) as Promise<number>;
}

const h = await startHarness();
try {
  console.log(`Chromium headless on this machine; ${changes} changes each of two sliders on Pingshan (birth rate, nurse hiring) after ${warmUp} of each to warm up (warm), the first ${coldChanges} of the birth rate on ${coldPages} fresh pages (cold), ${drags} drags of ${dragSteps} steps a frame apart, ${bandRuns} runs to the bands, ${coldLoads} cold loads.\n`);

  // cold load: a fresh context each time (no cache, no service worker), to the first projection on screen
  const loads: number[] = [];
  /** the page's own scripts fetched before its first projection (its workers' are their own), by language */
  const firstViewJs: Record<string, number> = {};
  for (let i = 0; i < coldLoads + 1; i++) {
    // the last load in Chinese: each language's first view fetches its own catalogue
    const locale = i === coldLoads ? 'zh-CN' : 'en-US';
    const { page, context } = await h.newPage({ locale });
    await page.goto(h.url);
    await page.waitForSelector('.cell .p, td.projected .verdict, .matrix td', { timeout: 15_000 });
    await page.waitForFunction(() => performance.getEntriesByName('chps:first-projection').length > 0);
    const { at, scripts } = await page.evaluate(() => {
      const first = performance.getEntriesByName('chps:first-projection')[0]!.startTime;
      // (the workers' scripts are fetched for them, not run on the page: left out)
      const fetched = performance.getEntriesByType('resource').filter((e) => e.startTime <= first && /\.js$/u.test(new URL(e.name).pathname) && !/\.worker-/u.test(e.name));
      return { at: first, scripts: fetched.map((e) => new URL(e.name).pathname.replace(/^.*\/assets\//u, 'assets/')) };
    });
    if (i < coldLoads) loads.push(at);
    firstViewJs[locale] = [...new Set(scripts)].reduce((sum, f) => sum + gzipSync(readFileSync(join('dist', f)), { level: 9 }).length, 0);
    await context.close();
  }

  /** Pingshan's workbench with the charts in view, its Monte Carlo answered */
  const workbench = async () => {
    const opened = await h.newPage({ locale: 'en-US' });
    await opened.page.goto(`${h.url}#county=pingshan`);
    await opened.page.waitForSelector('td.projected .probability', { timeout: 20_000 });
    // watch the charts while the slider moves (charts off screen wait until they are scrolled to)
    // (twice: cards off screen take their real height once rendered, which moves the page)
    for (let i = 0; i < 2; i++) {
      await opened.page.evaluate(`document.querySelector('[data-chart="beds_per_1000"]').scrollIntoView({ block: 'start' })`);
      await opened.page.waitForTimeout(300);
    }
    return opened;
  };

  // cold pages: the first changes a fresh page makes, before its code is warm
  const cold: number[] = [];
  for (let i = 0; i < coldPages; i++) {
    const fresh = await workbench();
    for (let j = 0; j < coldChanges; j++) cold.push(await change(fresh.page, birthSlider, 0.8 + (j % 20) * 0.05, false));
    await fresh.context.close();
  }

  const { page, context, problems } = await workbench();
  const chartsIn = page.workers().some((w) => w.url().includes('chart.worker')) ? 'drawn in the chart worker' : 'drawn on the page';
  const inView = await page.evaluate(`document.querySelectorAll('figure[data-chart]').length + ' charts, ' + [...document.querySelectorAll('figure[data-chart]')].filter((f) => { const r = f.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; }).length + ' in view'`);

  // deterministic updates: one change at a time, each answered before the next. The birth rate
  // moves every chart (the population is in every ratio); nurse hiring, the usual kind of edit,
  // moves the nurse charts only.
  // and the page's main thread: its busy time over each change (Chromium's own TaskDuration), less
  // what the benchmark's waiting costs it when nothing changes
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const mainThreadMs = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((x) => x.name === 'TaskDuration')?.value ?? 0) * 1000;
  const idleProbe: number[] = [];
  for (let i = 0; i < 20; i++) {
    const before = await mainThreadMs();
    await page.evaluate(`new Promise((resolve) => setTimeout(resolve, 30))`);
    idleProbe.push((await mainThreadMs()) - before);
  }
  const probeMs = quantile(idleProbe, 0.5);
  const timed = async (selector: string, value: number, latencies: number[], work: number[]) => {
    const before = await mainThreadMs();
    latencies.push(await change(page, selector, value, false));
    work.push(Math.max(0, (await mainThreadMs()) - before - probeMs));
  };
  for (let i = 0; i < warmUp; i++) {
    await change(page, birthSlider, 0.8 + (i % 20) * 0.05, false);
    await change(page, nurseSlider, 20 + (i % 20) * 2, false);
  }
  const quick: number[] = [];
  const quickWork: number[] = [];
  for (let i = 0; i < changes; i++) await timed(birthSlider, 0.8 + (i % 20) * 0.05, quick, quickWork);
  const nurses: number[] = [];
  const nursesWork: number[] = [];
  for (let i = 0; i < changes; i++) await timed(nurseSlider, 20 + (i % 20) * 2, nurses, nursesWork);

  // Monte Carlo on: each change left to settle until its bands are drawn
  const bands: number[] = [];
  for (let i = 0; i < bandRuns; i++) {
    bands.push(await change(page, birthSlider, 1 + (i % 10) * 0.1, true));
    await page.waitForTimeout(50);
  }
  // Monte Carlo while dragging: one input a frame, bands answering each step
  const dragging: number[] = [];
  let unanswered = 0;
  for (let i = 0; i < drags; i++) {
    const values = Array.from({ length: dragSteps }, (_, j) => 0.7 + ((i % 2 ? dragSteps - j : j) * 1) / dragSteps);
    const latencies = (await page.evaluate(`(${dragInPage})(${JSON.stringify({ selector: birthSlider, values })})`)) as (number | null)[];
    // a step never answered counts as past any budget
    for (const l of latencies) if (l === null) (unanswered++, dragging.push(Number.POSITIVE_INFINITY));
    else dragging.push(l);
  }
  await context.close();
  if (problems.length) console.log(`page problems: ${problems.join('; ')}`);

  console.log(`Pingshan's workbench at 1440 × 900: ${inView}, ${chartsIn}. Main-thread figures less the benchmark's own waiting (${probeMs.toFixed(1)} ms).`);
  const js = initialJs();
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  line('warm page: input → charts, nurse hiring', `p50 ${ms(quantile(nurses, 0.5))} p95 ${ms(quantile(nurses, 0.95))} max ${ms(Math.max(...nurses))}`, 'p95 16.7 ms', quantile(nurses, 0.95) <= 16.7);
  line('warm page: input → charts, birth rate', `p50 ${ms(quantile(quick, 0.5))} p95 ${ms(quantile(quick, 0.95))} max ${ms(Math.max(...quick))}`, 'p95 16.7 ms', quantile(quick, 0.95) <= 16.7);
  line('page main thread busy per change: nurses', `p50 ${ms(quantile(nursesWork, 0.5))} p95 ${ms(quantile(nursesWork, 0.95))} max ${ms(Math.max(...nursesWork))}`, 'p95 16.7 ms', quantile(nursesWork, 0.95) <= 16.7);
  line('page main thread busy per change: births', `p50 ${ms(quantile(quickWork, 0.5))} p95 ${ms(quantile(quickWork, 0.95))} max ${ms(Math.max(...quickWork))}`, 'p95 16.7 ms', quantile(quickWork, 0.95) <= 16.7);
  line('cold page: input → charts, birth rate', `p50 ${ms(quantile(cold, 0.5))} p95 ${ms(quantile(cold, 0.95))} max ${ms(Math.max(...cold))}`, 'p95 16.7 ms', quantile(cold, 0.95) <= 16.7);
  line('input → Monte Carlo bands, while dragging', `p50 ${ms(quantile(dragging, 0.5))} p95 ${ms(quantile(dragging, 0.95))} max ${ms(Math.max(...dragging))}`, 'p95 50 ms', quantile(dragging, 0.95) <= 50);
  if (unanswered) console.log(`  (${unanswered} of ${drags * dragSteps} drag steps never answered by bands: counted as infinitely late)`);
  line('input → Monte Carlo bands, after a pause', `p50 ${ms(quantile(bands, 0.5))} p95 ${ms(quantile(bands, 0.95))} max ${ms(Math.max(...bands))}`, '250 ms', quantile(bands, 0.95) <= 250);
  line('cold load → first projection', `median ${ms(quantile(loads, 0.5))} max ${ms(Math.max(...loads))}`, '1000 ms', quantile(loads, 0.5) <= 1000);
  line('initial JavaScript (gzip): entry + preloads', `${(js.bytes / 1024).toFixed(1)} KB in ${js.files.length} file${js.files.length === 1 ? '' : 's'}`, '100 KB', js.bytes <= 100 * 1024);
  // what a first view really fetches: the above, its language's catalogue and any chunk it asks for
  const worst = Math.max(...Object.values(firstViewJs));
  line('JavaScript fetched before the first view', Object.entries(firstViewJs).map(([l, b]) => `${l} ${(b / 1024).toFixed(1)} KB`).join(', '), '100 KB', worst <= 100 * 1024);
} finally {
  await h.close();
}
