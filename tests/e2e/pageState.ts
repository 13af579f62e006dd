// What the browser tests read off the page and what they compare it with: the engine's own
// answer for Pingshan, the scenario in the address bar, and the page settled on its whole answer.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { decodeLink } from '../../src/scenario/link.ts';
import { runScenario } from '../../src/scenario/run.ts';
import { pageDefaults } from '../../src/scenario/defaults.ts';
import type { CountyOverrides, Scenario } from '../../src/scenario/scenarioSchema.ts';

export const counties = loadCountiesFromDisk().counties;
export const pingshan = counties.find((c) => c.id === 'pingshan')!;
const known = counties.map((c) => c.id);

/** the engine's verdict for Pingshan under these overrides, as the CLI computes it */
export const engineVerdict = (o: CountyOverrides, indicator: string, draws = 0) =>
  runScenario({ ...pageDefaults, draws, counties: { pingshan: o } }, [pingshan])[0]!.verdicts.find((v) => v.indicator === indicator && v.year === 2025)!;

/** the whole answer, probabilities included, for the scenario now on screen */
export const settled = (page: Page) => expect.poll(() => page.locator('[role="toolbar"]').getAttribute('data-complete'), { timeout: 20_000 }).toBe('true');
/** the scenario the page is showing, read back from its address bar once it has caught up */
export async function scenarioOnPage(page: Page): Promise<Scenario> {
  let last = '';
  await expect.poll(() => { const now = page.url(); const same = now === last; last = now; return same; }, { interval: 300, timeout: 10_000 }).toBe(true);
  return decodeLink(new URL(last).hash, known).scenario;
}
export const field = (page: Page, id: string) => page.locator(`[data-control="pingshan-${id}"] input.number`);
export const cardStatus = (page: Page, id: string) => page.locator(`[data-verdict="${id}"]`).getAttribute('data-status');

