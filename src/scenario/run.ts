// The one pipeline from a scenario to its answers, for the page's workers, the CLI and the tests
// alike: scenario → each county's assumptions → projection → report (with Monte Carlo when the
// scenario asks for draws); and the slower answers of one county: its tornado and its economics.
import type { County } from '../data/seedSchema.ts';
import { presetAssumptions } from '../engine/assumptions.ts';
import { countyInputs } from '../engine/inputs.ts';
import { monteCarlo, monteCarloBuffers, type MonteCarloBuffers } from '../engine/monteCarlo.ts';
import { projectCounty } from '../engine/projectCounty.ts';
import { countyReport, withUncertainty, type CountyReport } from '../engine/report.ts';
import { sensitivity, type Tornado } from '../engine/sensitivity.ts';
import { allocateBudget, cheapestToMeetAll, scenarioCost, targetPrices, type BudgetPlan, type CostByYear } from '../engine/budget.ts';
import { budgetFrontier, frontierBest, mixTargets, planOutcome, splitBudget, type FrontierPoint, type PlanOutcome, type SplitOutcome, type VerdictUnder } from '../engine/tradeoff.ts';
import type { Resource } from '../data/catalogue.ts';
import { reachableAtHorizon, type Reachable } from '../engine/reachable.ts';
import type { VerdictRow } from '../engine/report.ts';
import { applyOverrides, unitCostsFor } from './applyScenario.ts';
import type { Scenario } from './scenarioSchema.ts';
import type { ReportMemo } from './reportMemo.ts';

/** A scenario as the engine runs it (its version is the reader's business). */
export type RunScenario = Omit<Scenario, 'version'>;

function assumptionsOf(county: County, s: RunScenario) {
  const reference = presetAssumptions(county, s.preset, s.horizon);
  return { reference, inForce: applyOverrides(reference, s.counties[county.id]) };
}

/** Every county's report under the scenario; with `s.draws > 0`, bands and probabilities too.
 * With a memo, a county whose part of the scenario is as last time gets last time's report; with
 * buffers, the Monte Carlo's working memory is lent from the caller's last run (a worker's runs
 * one after another: allocating megabytes afresh each time is garbage to collect). */
export function runScenario(s: RunScenario, counties: readonly County[], memo?: ReportMemo, lent?: MonteCarloBuffers): CountyReport[] {
  let buffers = lent;
  const make = (county: County) => () => {
    const { reference, inForce } = assumptionsOf(county, s);
    const projection = projectCounty(county, inForce);
    const report = countyReport(county, projection, countyInputs(county, reference, inForce, projection.starts.map((x) => x.resource)), inForce.observed);
    return s.draws > 0 ? withUncertainty(report, monteCarlo(county, inForce, s.draws, s.seed, { buffers: (buffers ??= monteCarloBuffers()), projection })) : report;
  };
  return counties.map((county) => (memo ? memo.report(county, s, make(county)) : make(county)()));
}

export function runSensitivity(s: RunScenario, county: County): Tornado[] {
  return sensitivity(county, assumptionsOf(county, s).inForce);
}

export interface CountyEconomics {
  cost: CostByYear;
  cheapest: BudgetPlan;
  /** targets money does not buy (ratios), and their status once the cheapest plan is paid */
  mix: VerdictUnder[];
  /** the best use of the county's budget, when it has one */
  allocation: PlanOutcome | null;
}

export function runEconomics(s: RunScenario, county: County): CountyEconomics {
  const { inForce } = assumptionsOf(county, s);
  const costs = unitCostsFor(s);
  const prices = targetPrices(county, inForce, costs);
  const budget = s.counties[county.id]?.budget10kYuan;
  const cheapest = cheapestToMeetAll(prices);
  return {
    cost: scenarioCost(county, inForce, costs),
    cheapest,
    mix: mixTargets(county, inForce, cheapest),
    allocation: budget === undefined ? null : planOutcome(county, inForce, allocateBudget(prices, budget)),
  };
}

export interface SplitQuestion {
  budget: number;
  shares: Partial<Record<Resource, number>>;
  /** the two resources of the "this or that?" question */
  pair: [Resource, Resource];
}

/** A budget split as the user sets it, and the frontier of the two-way question, under the scenario. */
export interface SplitAnswer {
  split: SplitOutcome;
  frontier: FrontierPoint[];
  best: ReturnType<typeof frontierBest>;
}

export function runSplit(s: RunScenario, county: County, q: SplitQuestion): SplitAnswer {
  const { inForce } = assumptionsOf(county, s);
  const costs = unitCostsFor(s);
  const frontier = budgetFrontier(county, inForce, costs, q.budget, q.pair[0], q.pair[1]);
  return { split: splitBudget(county, inForce, costs, q.budget, q.shares), frontier, best: frontierBest(frontier) };
}

/** The year the next plans run to. */
export const outlookYear = 2030;
/** draws behind the reachable values when the scenario asks for none */
const outlookDraws = 2000;

/** What 2030 asks of a county, from its latest observation: each target's 2030 verdict (the same
 * rows a 2030 run of the scenario gives) and the values reached in half and four in five of the
 * draws, on the trend (with the county's observed years) and under the scenario. */
export interface Outlook {
  year: number;
  verdicts: VerdictRow[];
  trend: Reachable[];
  scenario: Reachable[];
}

export function runOutlook(s: RunScenario, county: County): Outlook {
  const at2030 = { ...s, horizon: outlookYear as 2030 };
  const draws = s.draws > 0 ? s.draws : outlookDraws;
  const [report] = runScenario({ ...at2030, draws: 0 }, [county]);
  const o = s.counties[county.id];
  const trendOverrides = o?.observed ? { observed: o.observed } : undefined;
  const trend = applyOverrides(presetAssumptions(county, 'trend', outlookYear), trendOverrides);
  return {
    year: outlookYear,
    verdicts: report!.verdicts.filter((v) => v.year === outlookYear),
    trend: reachableAtHorizon(county, trend, draws, s.seed),
    scenario: reachableAtHorizon(county, assumptionsOf(county, at2030).inForce, draws, s.seed),
  };
}
