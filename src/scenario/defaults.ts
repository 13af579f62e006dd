// What the page starts from: the plan as written to 2025, with 2000 Monte Carlo draws and no
// changes. A share link carries only what differs from it.
import { scenarioVersion } from './scenarioConstants.ts';
import type { Scenario } from './scenarioSchema.ts';

export const pageDefaults = { version: scenarioVersion, preset: 'plan', horizon: 2025, seed: 1, draws: 2000, counties: {} } as const satisfies Scenario;

/** a fresh copy of the page's defaults, to edit */
export const defaultScenario = (): Scenario => structuredClone(pageDefaults) as Scenario;

/** Two scenarios are the same when every field is: the one equality the page uses (key order
 * aside: a scenario read back from a link or file need not list its fields in the same order). */
export function sameScenario(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameScenario((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
