// The overview matrix is the CLI's verdicts, cell by cell, for both reference scenarios.
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';
import { spawnSync } from 'node:child_process';
import type { PresetId } from '../../src/scenario/presets.ts';

const harness = useHarness();

/** the CLI's verdicts, run as a user would */
function expected(preset: PresetId): Record<string, boolean> {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', '--preset', preset], { encoding: 'utf8' });
  const out: Record<string, boolean> = {};
  const parsed = JSON.parse(run.stdout) as { counties: { id: string; verdicts: { indicator: string; year: number; met: boolean | null }[] }[] };
  for (const c of parsed.counties) {
    for (const v of c.verdicts) if (v.met !== null && v.year === 2025) out[`${c.id}/${v.indicator}`] = v.met;
  }
  return out;
}

async function readMatrix(page: import('playwright-core').Page): Promise<Record<string, boolean>> {
  return page.locator('tr[data-county]').evaluateAll((rows) => {
    const out: Record<string, boolean> = {};
    for (const row of rows) {
      for (const cell of row.querySelectorAll<HTMLElement>('.cell')) {
        out[`${(row as HTMLElement).dataset.county}/${cell.dataset.indicator}`] = cell.dataset.status !== 'missed';
      }
    }
    return out;
  });
}

describe('overview matrix', () => {
  it('matches the engine for plan as written and for trend, and a cell opens its county at that indicator', async () => {
    const { page, context, problems } = await harness().newPage({ locale: 'en-US' });
    await page.goto(harness().url);
    // wait for Monte Carlo: every cell has its probability
    await expect.poll(() => page.locator('.cell[data-status="pending"]').count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => readMatrix(page)).toEqual(expected('plan'));

    await page.getByRole('button', { name: 'Trend' }).click();
    await expect.poll(() => readMatrix(page), { timeout: 20_000 }).toEqual(expected('trend'));
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
