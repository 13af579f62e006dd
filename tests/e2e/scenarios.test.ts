// Scenarios that travel: a link opens identically elsewhere and in the CLI, damaged or hostile
// links keep the page up and say what they dropped, saved scenarios survive a reload, exports
// match the CLI, the presenter steps from the keyboard, and a user's own county imports.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { chunksWith, holdBack, useHarness } from './harness.ts';
import { field, scenarioOnPage, settled } from './pageState.ts';

const harness = useHarness();

/** every simulated row's verdict and projected text, and the probability once Monte Carlo is in */
async function verdicts(page: Page) {
  return page.locator('tr[data-indicator]').evaluateAll((rows) =>
    rows
      .filter((r) => r.querySelector('td.projected .verdict'))
      .map((r) => [r.getAttribute('data-indicator'), r.querySelector('td.projected')!.textContent!.replace(/\s+/gu, ' ').trim()]),
  );
}
/** the address bar once it has caught up with the page (it is written when edits pause) */
async function settledUrl(page: Page): Promise<string> {
  let last = '';
  await expect.poll(() => { const now = page.url(); const same = now === last; last = now; return same; }, { interval: 350, timeout: 10_000 }).toBe(true);
  return last;
}
/** the whole answer, probabilities included, for the scenario now on screen (not an older one still showing) */
const probabilitiesShown = async (page: Page) => {
  await expect.poll(() => page.locator('[role="toolbar"]').getAttribute('data-complete'), { timeout: 20_000 }).toBe('true');
  expect(await page.locator('td.projected .probability').count()).toBeGreaterThan(0);
};

describe('share links', () => {
  it('a scenario built in one browser opens with the same verdicts and chart values in another', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness().url });
    await page.goto(`${harness().url}#county=pingshan`);
    await probabilitiesShown(page);
    await page.locator('[data-project-control="county_hospital_expansion"] select').selectOption('2026');
    await page.locator('[data-control="pingshan-additionsPerYear-nurses"] input.number').fill('40');
    await page.locator('[data-control="pingshan-totalFertilityRate"] input.number').fill('1.5');
    await page.locator('[data-horizon="2030"]').click();
    await probabilitiesShown(page);
    await expect.poll(() => page.locator('tr[data-indicator="beds_per_1000"] .verdict').getAttribute('data-status')).toBe('missed');
    const sent = await verdicts(page);
    await page.locator('[data-chart="nurses_per_1000"] .toggle', { hasText: 'table' }).click();
    const sentChart = await page.locator('[data-chart="nurses_per_1000"] tbody').textContent();

    await page.locator('[data-action="copy-link"]').click();
    await expect.poll(() => page.locator('[role="status"]', { hasText: 'Link copied' }).count()).toBe(1);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(await settledUrl(page));
    expect(link.length).toBeLessThan(1000);

    // a colleague with a Chinese browser: the link brings its language along
    const other = await harness().newPage({ locale: 'zh-CN' });
    await other.page.goto(link);
    await probabilitiesShown(other.page);
    expect(await verdicts(other.page)).toEqual(sent);
    await other.page.locator('[data-chart="nurses_per_1000"] .toggle', { hasText: 'table' }).click();
    expect(await other.page.locator('[data-chart="nurses_per_1000"] tbody').textContent()).toBe(sentChart);
    expect(await other.page.locator('[data-dropped-banner]').count()).toBe(0);
    // years to 2030 came with it
    expect(await other.page.locator('[data-chart="nurses_per_1000"] tbody tr').last().locator('th').textContent()).toBe('2030');

    // undo steps back through the edits; redo returns
    await page.locator('[data-action="undo"]').click();
    await expect.poll(() => page.url()).not.toBe(link);
    await page.locator('[data-action="redo"]').click();
    await expect.poll(() => page.url()).toBe(link);

    expect([...problems, ...other.problems]).toEqual([]);
    await other.context.close();
    await context.close();
  });

  it('an edit written before the compressor has come: the link carries it plain, opens elsewhere, and is deflated once it comes', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    // the compressor (fflate's deflate)
    const held = await holdBack(page, chunksWith('scenario/compressor.ts'));
    // the first view goes without it
    await page.goto(`${harness().url}#county=pingshan`);
    await settled(page);
    await field(page, 'totalFertilityRate').fill('1.42');
    await expect.poll(() => held.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const plain = await scenarioOnPage(page);
    expect(plain.counties.pingshan?.totalFertilityRate).toBe(1.42);
    const params = new URLSearchParams(new URL(page.url()).hash.slice(1));
    expect(params.has('j')).toBe(true);
    expect(params.has('s')).toBe(false);
    const link = page.url();

    // another browser opens it as it is
    const other = await harness().newPage({ locale: 'en-US' });
    await other.page.goto(link);
    await settled(other.page);
    expect(await field(other.page, 'totalFertilityRate').inputValue()).toBe('1.42');
    expect(await other.page.locator('[data-dropped-banner]').count()).toBe(0);
    expect(await scenarioOnPage(other.page)).toEqual(plain);

    // the compressor comes: the address bar is written again, deflated, with the same scenario
    for (const route of held.splice(0)) await route.continue();
    await expect.poll(() => new URLSearchParams(new URL(page.url()).hash.slice(1)).has('s'), { timeout: 10_000 }).toBe(true);
    expect(page.url()).not.toContain('j=');
    expect(await scenarioOnPage(page)).toEqual(plain);
    expect([...problems, ...other.problems]).toEqual([]);
    await other.context.close();
    await context.close();
  });

  it('a damaged, hand-edited or hostile link keeps the page up and names what it dropped', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    const hostile = JSON.stringify({
      version: 2,
      preset: 'magic',
      // a computed key is an own property, so it reaches the JSON (a plain one would set the prototype)
      ['__proto__']: { polluted: true },
      counties: {
        atlantis: {},
        fushan: { birthRatePerMille: 'lots', newProjects: [{ id: 'user_x', name: '<img src=x onerror="document.title=1"><script>window.pwned=1</script>', resource: 'beds', amount: 100, openingYear: 2023 }] },
      },
    });
    await page.goto(`${harness().url}#county=fushan&lang=en&j=${encodeURIComponent(hostile)}`);
    await expect.poll(() => page.locator('[data-dropped-banner] li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const paths = await page.locator('[data-dropped-path]').evaluateAll((xs) => xs.map((x) => x.getAttribute('data-dropped-path')));
    expect(paths).toEqual(expect.arrayContaining(['preset', 'counties.atlantis', 'counties.fushan.birthRatePerMille']));
    expect(hostile).toContain('"__proto__"');
    expect(await page.locator('[data-dropped-banner]').textContent()).toContain('no such county');
    expect(await page.locator('[data-dropped-banner]').textContent()).toContain('unsafe key');
    // the project's name is text, never markup
    await expect.poll(() => page.locator('[data-user-project]').count()).toBe(1);
    expect(await page.locator('[data-user-project]').textContent()).toContain('<script>');
    expect(await page.evaluate(() => [document.querySelectorAll('img[src="x"]').length, (window as unknown as { pwned?: number }).pwned ?? 0, ({} as { polluted?: boolean }).polluted ?? false])).toEqual([0, 0, false]);
    await expect.poll(() => page.locator('tr[data-indicator="beds_per_1000"] .verdict').count(), { timeout: 15_000 }).toBe(1);

    // a truncated payload and a 1 MB one, each opened fresh: the banner, and the plan as written
    const fresh = async (fragment: string) => {
      const p = await harness().newPage({ locale: 'en-US' });
      await p.page.goto(`${harness().url}${fragment}`, { waitUntil: 'commit' });
      return p;
    };
    for (const [fragment, reason] of [['#county=fushan&s=eJyrVkrOT0lVsjI0MNBRSs7PS8tMT', 'damaged'], [`#county=fushan&s=${'A'.repeat(1_000_000)}`, 'too large']] as const) {
      const p = await fresh(fragment);
      await expect.poll(() => p.page.locator('[data-dropped-banner]').textContent(), { timeout: 20_000 }).toContain(reason);
      // in the reader's words: no decoder's message ("unexpected EOF")
      expect(await p.page.locator('[data-dropped-banner]').textContent()).not.toMatch(/EOF|unexpected|invalid (block|distance)/iu);
      await expect.poll(() => p.page.locator('tr[data-indicator="beds_per_1000"] .verdict').getAttribute('data-status'), { timeout: 20_000 }).toMatch(/^(met|at_risk)$/u);
      expect(p.problems).toEqual([]);
      await p.context.close();
    }
    // the old link format (view only) opens without a banner
    const old = await fresh('#county=shandan&indicator=beds_per_1000');
    await expect.poll(() => old.page.locator('#county-title').textContent(), { timeout: 20_000 }).toBe('Shandan County');
    expect(await old.page.locator('[data-dropped-banner]').count()).toBe(0);
    await old.context.close();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the CSV download equals the CLI’s CSV for the same link', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(`${harness().url}#county=shandan`);
    await page.getByRole('button', { name: 'Trend' }).first().click();
    await page.locator('[data-control="shandan-additionsPerYear-beds"] input.number').fill('35');
    await probabilitiesShown(page);
    await expect.poll(() => page.locator('[data-action="export-csv"]').isEnabled(), { timeout: 20_000 }).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-csv"]').click()]);
    const bytes = readFileSync((await download.path())!);
    // a UTF-8 byte-order mark first, for Excel; then the CLI's bytes
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8');
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', '--url', await settledUrl(page), '--format', 'csv'], { encoding: 'utf8' });
    expect(cli.status).toBe(0);
    expect(csv).toBe(cli.stdout);
    expect(csv).toContain('shandan,beds_per_1000_p90,2025,');

    // the scenario as JSON, imported again after a reset, gives the same link
    const url = await settledUrl(page);
    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-json"]').click()]);
    await page.getByRole('button', { name: 'Reset all' }).click();
    await page.getByRole('button', { name: 'Plan as written' }).first().click();
    await expect.poll(() => page.url()).not.toBe(url);
    await page.locator('[data-import-json]').setInputFiles((await json.path())!);
    await expect.poll(() => page.url()).toBe(url);
    // a broken file is refused with a message, the scenario stays
    await page.locator('[data-import-json]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 2,') });
    await expect.poll(() => page.locator('[data-file-status]').textContent()).toContain('not valid JSON');
    expect(await settledUrl(page)).toBe(url);
    // a PNG of a chart
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('[data-chart="beds_per_1000"] [data-action="png"]').click()]);
    expect(png.suggestedFilename()).toMatch(/^chps-shandan-beds_per_1000-\d{8}\.png$/u);
    expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});

describe('saved scenarios', () => {
  it('survive a reload; rename, duplicate, delete and restore; a full storage is said and nothing is lost', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(`${harness().url}#county=pingshan`);
    await page.locator('[data-project-control="county_hospital_expansion"] select').selectOption('2026');
    await page.locator('[data-action="library"]').click();
    await page.locator('[data-save-name]').fill('Late wing');
    await page.locator('[data-action="save"]').click();
    await expect.poll(() => page.locator('[data-current-scenario]').textContent()).toContain('Late wing');
    const saved = await settledUrl(page);

    await page.goto(harness().url);
    await page.reload();
    await page.locator('[data-action="library"]').click();
    await expect.poll(() => page.locator('[data-saved="Late wing"]').count()).toBe(1);
    await page.locator('[data-saved="Late wing"] [data-action="open"]').click();
    // it reopens on the county it was saved from
    await expect.poll(() => page.locator('#county-title').textContent()).toContain('Pingshan');
    await expect.poll(() => page.locator('tr[data-indicator="beds_per_1000"] .verdict').getAttribute('data-status'), { timeout: 15_000 }).toBe('missed');
    expect(await settledUrl(page)).toBe(saved);

    await page.locator('[data-saved="Late wing"] [data-action="duplicate"]').click();
    await expect.poll(() => page.locator('[data-saved="Late wing (copy)"]').count()).toBe(1);
    await page.locator('[data-saved="Late wing (copy)"] [data-action="rename"]').click();
    await page.locator('[data-rename-input]').fill('Late wing, variant');
    await page.locator('[data-rename-input]').press('Enter');
    await expect.poll(() => page.locator('[data-saved="Late wing, variant"]').count()).toBe(1);
    await page.locator('[data-saved="Late wing, variant"] [data-action="delete"]').click();
    await expect.poll(() => page.locator('[data-saved]').count()).toBe(1);
    await page.locator('[data-action="restore"]').click();
    await expect.poll(() => page.locator('[data-saved]').count()).toBe(2);

    // the browser refuses to store: a message, and the list on the page keeps the new entry
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await page.locator('[data-save-name]').fill('Does not fit');
    await page.locator('[data-action="save"]').click();
    await expect.poll(() => page.locator('[data-storage-problem]').textContent()).toContain('storage is full');
    expect(await page.locator('[data-saved="Does not fit"]').count()).toBe(1);

    // a list written by an older build (version 1 scenarios) loads, migrated
    await page.evaluate(() => {
      delete (Storage.prototype as Partial<Storage>).setItem;
    });
    const older = JSON.stringify({ version: 1, items: [{ id: 'old1', name: 'From an older build', savedAt: '2026-01-02T03:04:05.000Z', scenario: { version: 1, preset: 'trend', counties: { shandan: { birthRatePerMille: 6 } } } }] });
    const other = await harness().newPage({ locale: 'en-US' });
    await other.page.goto(harness().url);
    await other.page.evaluate((text) => localStorage.setItem('chps.scenarios', text), older);
    await other.page.reload();
    await other.page.locator('[data-action="library"]').click();
    await other.page.locator('[data-saved="From an older build"] [data-action="open"]').click();
    await expect.poll(() => other.page.locator('[data-preset="trend"]').first().getAttribute('aria-pressed')).toBe('true');
    expect([...problems, ...other.problems]).toEqual([]);
    await other.context.close();
    await context.close();
  });
});

describe('workshop', () => {
  it('the presenter steps through the cases and reveals verdicts from the keyboard', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(harness().url);
    await page.locator('[data-action="present"]').click();
    await expect.poll(() => page.locator('[data-case-title]').textContent()).toBe('The plan as written');
    expect(await page.locator('[data-revealed="true"]').count()).toBe(0);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Space');
    expect(await page.locator('[data-revealed="true"]').count()).toBe(3);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('[data-case-title]').textContent()).toBe('A bed project a year late');
    expect(await page.locator('[data-revealed="true"]').count()).toBe(0);
    await page.keyboard.press('a');
    // Pingshan's beds: missed once the wing is late
    const pingshanBeds = page.locator('[data-presenter] tbody tr', { hasText: 'Pingshan' }).locator('td').first();
    await expect.poll(() => pingshanBeds.getAttribute('class'), { timeout: 15_000 }).toContain('missed');
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-presenter]').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the presenter opened before the cases’ builders (and the engine they take) have come: names and keys at once, answers once they come', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    const held = await holdBack(page, chunksWith('scenario/cases.ts'));
    // the first view goes without them
    await page.goto(harness().url);
    await settled(page);
    await page.locator('[data-action="present"]').click();
    expect(await page.locator('[data-case-title]').textContent()).toBe('The plan as written');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    expect(await page.locator('[data-case-title]').textContent()).toBe('Tight budget');
    expect(await page.locator('[data-presenter] .summary').textContent()).toContain('70%');
    await page.keyboard.press('a');
    const gps = page.locator('[data-presenter] tbody tr', { hasText: 'Xiangshan' }).locator('td').nth(3);
    expect(await gps.getAttribute('data-revealed')).toBe('true');
    expect(await gps.getAttribute('data-status')).toBeNull();
    await page.keyboard.press('q');
    expect(await page.locator('[data-presenter-qr] canvas').count()).toBe(0);
    await expect.poll(() => held.length).toBeGreaterThan(0);
    expect(await gps.getAttribute('data-status')).toBeNull();
    for (const route of held.splice(0)) await route.continue();
    await expect.poll(() => gps.getAttribute('data-status'), { timeout: 15_000 }).toBe('missed');
    await expect.poll(() => page.locator('[data-presenter-qr] canvas').count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('compare: the plan as written against a staff exodus lists the verdicts that change', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(harness().url);
    await page.locator('[data-action="compare"]').click();
    await page.locator('[data-compare-b]').selectOption('case:staff_exodus');
    await expect.poll(() => page.locator('[data-diff-row="pingshan:nurses_per_1000"] td').nth(2).textContent(), { timeout: 15_000 }).toContain('met');
    expect(await page.locator('[data-diff-row="pingshan:nurses_per_1000"] td').nth(4).textContent()).toContain('missed');
    expect(await page.locator('[data-input-diff] tbody tr', { hasText: 'Pingshan County · Nurses' }).locator('td').allTextContents()).toEqual(['2.15%', '8.00%']);
    expect(await settledUrl(page)).toContain('view=compare');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('your own county', () => {
  it('imports a plan in the seeds format and runs it like the five; a broken one names the line', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(harness().url);
    const example = readFileSync('seeds/examples/shandan-excerpt.json', 'utf8');
    await page.locator('[data-import-county]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(example.replace('"value": 150262', '"value": -1')) });
    await expect.poll(() => page.locator('[data-import-problems]').textContent()).toContain(`line ${example.split('\n').findIndex((l) => l.includes('"value": 150262')) + 1}`);
    await page.locator('[data-import-county]').setInputFiles('seeds/examples/shandan-excerpt.json');
    await expect.poll(() => page.locator('#county-title').textContent()).toBe('Shandan County (excerpt)');
    await expect.poll(() => page.locator('tr[data-indicator="gps_per_10k"] .verdict').getAttribute('data-status'), { timeout: 15_000 }).toMatch(/^(met|at_risk)$/u);
    await page.reload();
    await expect.poll(() => page.locator('#tab-shandan_excerpt').count()).toBe(1);
    await page.locator('[data-action="remove-county"]').click();
    await expect.poll(() => page.locator('#tab-shandan_excerpt').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
