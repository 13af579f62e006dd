// The overview matrix is the CLI's verdicts, cell by cell, for both reference scenarios.
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';
import { spawnSync } from 'node:child_process';
import type { PresetId } from '../../src/engine/assumptions.ts';

const harness = useHarness();

/** the CLI's statuses with the page's draws and seed, run as a user would */
function expected(preset: PresetId): Record<string, string> {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', '--preset', preset, '--draws', '2000', '--seed', '1'], { encoding: 'utf8' });
  const out: Record<string, string> = {};
  const parsed = JSON.parse(run.stdout) as { counties: { id: string; verdicts: { indicator: string; year: number; status: string }[] }[] };
  for (const c of parsed.counties) {
    for (const v of c.verdicts) if (v.year === 2025) out[`${c.id}/${v.indicator}`] = v.status;
  }
  return out;
}

async function readMatrix(page: import('playwright-core').Page): Promise<Record<string, string>> {
  return page.locator('tr[data-county]').evaluateAll((rows) => {
    const out: Record<string, string> = {};
    for (const row of rows) {
      for (const cell of row.querySelectorAll<HTMLElement>('.cell')) out[`${(row as HTMLElement).dataset.county}/${cell.dataset.indicator}`] = cell.dataset.status!;
    }
    return out;
  });
}
/** the overview shows one cell per family: the CLI's statuses for the indicators on the page */
const shownOf = (all: Record<string, string>, page: Record<string, string>) => Object.fromEntries(Object.keys(page).map((k) => [k, all[k]]));

describe('overview matrix', () => {
  it('matches the engine for plan as written and for trend, and a cell opens its county at that indicator', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(harness().url);
    // wait for Monte Carlo: the statuses with probabilities, the same as the CLI's, cell by cell
    await expect.poll(() => page.locator('.cell[data-status="pending"]').count(), { timeout: 20_000 }).toBe(0);
    const cells = await readMatrix(page);
    await expect.poll(() => readMatrix(page), { timeout: 20_000 }).toEqual(shownOf(expected('plan'), cells));
    // the plan as written lands on each target, so its chances are near a coin toss: at risk, and said why
    expect(Object.values(await readMatrix(page))).toContain('at_risk');
    expect(await page.locator('[data-preset-note]').textContent()).toContain('by construction');

    await page.getByRole('button', { name: 'Trend' }).click();
    await expect.poll(() => readMatrix(page), { timeout: 20_000 }).toEqual(shownOf(expected('trend'), cells));
    // under trend Fushan misses its bed target: 5.67 against 7.5
    expect(await page.locator('tr[data-county="fushan"] .cell[data-indicator="beds_per_1000"]').getAttribute('data-status')).toBe('missed');

    await page.locator('tr[data-county="pingshan"] .cell[data-indicator="nurses_per_1000"]').click();
    await expect.poll(() => page.locator('#county-title').textContent()).toContain('Pingshan');
    await expect.poll(() => page.url()).toContain('indicator=nurses_per_1000');
    expect(await page.locator('tr.focused').getAttribute('data-indicator')).toBe('nurses_per_1000');
    expect(problems).toEqual([]);
    await context.close();
  });
});
