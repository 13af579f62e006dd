// After 2025, as a planner meets it: from a blank browser, Pingshan's 2023–2025 beds and doctors
// typed in, the final evaluation and the 2030 card read, the link shared — and `simulate` on that
// link prints the same verdicts, with their basis and where each target comes from.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';
import { pingshan, scenarioOnPage, settled } from './pageState.ts';
import { runScenario } from '../../src/scenario/run.ts';
import type { Scenario } from '../../src/scenario/scenarioSchema.ts';

const harness = useHarness();

const typeIn = async (page: import('playwright-core').Page, key: string, text: string) => {
  const cell = page.locator(`[data-observed="${key}"]`);
  await cell.fill(text);
  await cell.press('Tab');
};

describe('after 2025: observed values, the final evaluation and 2030', () => {
  it('a planner types Pingshan’s 2023–2025 beds and doctors, reads the evaluation and 2030, and the shared link gives simulate the same verdicts', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'zh-CN' });
    await page.goto(`${harness().url}#county=pingshan`);
    await settled(page);
    await page.locator('[data-observed-grid] > summary').click();
    for (const [key, text] of [
      ['beds:2023', '2600'],
      ['beds:2024', '2750'],
      ['beds:2025', '2900'],
      ['doctors:2023', '1150'],
      ['doctors:2024', '1190'],
      ['doctors:2025', '1230'],
    ] as const)
      await typeIn(page, key, text);
    await page.locator('[data-observed-source="2025"]').fill('平山县统计公报 2025');
    await page.locator('[data-observed-source="2025"]').press('Tab');
    await settled(page);
    const s = await scenarioOnPage(page);
    expect(s.counties.pingshan!.observed).toEqual({
      beds: { 2023: 2600, 2024: 2750, 2025: { value: 2900, source: '平山县统计公报 2025' } },
      doctors: { 2023: 1150, 2024: 1190, 2025: { value: 1230, source: '平山县统计公报 2025' } },
    });
    // the engine's own answer for the same scenario: what the page must show
    const [expected] = runScenario({ ...s, draws: 0 }, [pingshan]);
    const beds = expected!.evaluation.find((e) => e.indicator === 'beds_per_1000')!;
    expect(beds.basis).toBe('observed');
    const row = page.locator('[data-evaluation="beds_per_1000"]');
    await expect.poll(() => row.getAttribute('data-basis')).toBe('observed');
    expect(await row.getAttribute('data-status')).toBe(beds.status);
    expect(await row.locator('strong').textContent()).toBe(beds.shown!.toFixed(2));
    expect(await row.textContent()).toContain('平山县统计公报 2025');
    // the table's own row says the 2025 value was observed
    await expect.poll(() => page.locator('tr:has([data-basis="observed"])').count()).toBeGreaterThanOrEqual(2);

    // 2030: the GP target is the national benchmark, not the county's; the doctors' is carried forward
    await page.locator('[data-card="outlook"]').scrollIntoViewIfNeeded();
    const outlook = page.locator('[data-outlook="2030"]');
    await outlook.waitFor({ timeout: 30_000 });
    expect(await outlook.locator('[data-outlook-row="gps_per_10k"]').getAttribute('data-target-source')).toBe('national_benchmark');
    expect(await outlook.locator('[data-outlook-row="doctors_per_1000"]').getAttribute('data-target-source')).toBe('carried_forward');
    const [at2030] = runScenario({ ...s, horizon: 2030, draws: 0 }, [pingshan]);
    const nurses2030 = at2030!.verdicts.find((v) => v.indicator === 'nurses_per_1000' && v.year === 2030)!;
    expect(await outlook.locator('[data-outlook-row="nurses_per_1000"]').getAttribute('data-status')).toBe(nurses2030.status);
    expect(await outlook.locator('[data-outlook-row="nurses_per_1000"] strong').textContent()).toBe(nurses2030.shown.toFixed(2));
    // reachable values: two numbers a cell, the cautious one no higher than the median for a floor
    const reach = (await outlook.locator('[data-outlook-row="beds_per_1000"] td').nth(5).textContent())!.split('/').map((x) => Number(x.trim()));
    expect(reach).toHaveLength(2);
    expect(reach[1]!).toBeLessThanOrEqual(reach[0]!);

    // share: the address bar's link, given to simulate, prints the same verdicts with basis and targetSource
    const link = page.url();
    const out = spawnSync('npx', ['tsx', 'src/cli/simulate.ts', '--url', link, '--county', 'pingshan', '--horizon', '2030'], { encoding: 'utf8' });
    expect(out.status, out.stderr).toBe(0);
    const cli = (JSON.parse(out.stdout) as { counties: { verdicts: { indicator: string; year: number; basis: string; targetSource: { kind: string }; status: string; shown: number }[] }[] }).counties[0]!.verdicts;
    const cliBeds = cli.find((v) => v.indicator === 'beds_per_1000' && v.year === 2025)!;
    expect([cliBeds.basis, cliBeds.shown]).toEqual(['observed', beds.shown]);
    expect(cli.find((v) => v.indicator === 'gps_per_10k' && v.year === 2030)!.targetSource.kind).toBe('national_benchmark');
    expect(cli.find((v) => v.indicator === 'nurses_per_1000' && v.year === 2030)!.shown).toBe(nurses2030.shown);

    // reopened in a fresh page, the link brings the observed values back into their fields
    const again = await context.newPage();
    await again.goto(link);
    await settled(again);
    expect(await again.locator('[data-observed="beds:2024"]').inputValue()).toBe('2750');
    expect(await again.locator('[data-observed-source="2025"]').inputValue()).toBe('平山县统计公报 2025');
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('a pasted block: every value read, an unreadable cell named by line and column, nothing else lost; a typed mistake stays in its field', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(`${harness().url}#county=pingshan`);
    await settled(page);
    await page.locator('[data-card="observed"] details.paste summary').click();
    await page.locator('[data-observed-paste]').fill('Series\t2023\t2024\nBeds\t2600\t2,75\nResidents\t420000\t421000\nSource\tBulletin 2023\t\n');
    await page.locator('[data-action="observed-read"]').click();
    await expect.poll(() => page.locator('[data-observed-read]').getAttribute('data-observed-read')).toBe('3');
    expect(await page.locator('[data-card="observed"] .problems').textContent()).toContain('Line 2, column 3: “2,75” is not a number');
    await settled(page);
    const s: Scenario = await scenarioOnPage(page);
    expect(s.counties.pingshan!.observed).toEqual({ beds: { 2023: { value: 2600, source: 'Bulletin 2023' } }, population: { 2023: { value: 420000, source: 'Bulletin 2023' }, 2024: 421000 } });
    await page.locator('[data-observed-grid] > summary').click();
    await typeIn(page, 'nurses:2024', '8OO');
    expect(await page.locator('[data-observed="nurses:2024"]').inputValue()).toBe('8OO');
    expect(await page.locator('[data-observed="nurses:2024"]').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('[data-card="observed"] [role="alert"]').textContent()).toContain('“8OO” is not a valid number');
    expect((await scenarioOnPage(page)).counties.pingshan!.observed!.nurses).toBeUndefined();
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});
