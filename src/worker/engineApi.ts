// The engine as the page calls it: plain data in, plain data out, the same functions whether they
// run in the worker or (as a fallback) on the main thread.
import { bundledCounties } from '../data/bundledSeeds.ts';
import type { County } from '../data/seedSchema.ts';
import { projectCounty } from '../engine/projectCounty.ts';
import { monteCarlo } from '../engine/monteCarlo.ts';
import { countyReport, withUncertainty, type CountyReport } from '../engine/report.ts';
import { defaultRanges } from '../scenario/uncertainty.ts';
import { scenarioAssumptions } from '../scenario/applyScenario.ts';
import { scenarioVersion, type Scenario } from '../scenario/scenarioSchema.ts';
import { sensitivity, type Tornado } from '../engine/sensitivity.ts';
import { allocateBudget, cheapestToMeetAll, scenarioCost, targetPrices, type BudgetPlan, type CostByYear } from '../engine/budget.ts';
import { unitCostsFor } from '../scenario/costs.ts';

/** A scenario (its version aside); `draws: 0` for the deterministic run only. Counties the user
 * imported travel with each request, so the worker holds no state and a restarted one needs none. */
export type ProjectionRequest = Omit<Scenario, 'version' | 'counties'> & { counties?: Scenario['counties']; importedCounties?: County[] };

const countiesOf = (request: ProjectionRequest): County[] => [...bundledCounties.counties, ...(request.importedCounties ?? [])];

function scenarioPart({ importedCounties: _imported, ...request }: ProjectionRequest) {
  return { ...request, counties: request.counties ?? {} };
}

function assumptionsFor(request: ProjectionRequest, countyId: string) {
  const county = countiesOf(request).find((c) => c.id === countyId);
  if (!county) throw new Error(`no county "${countyId}"`);
  return { county, assumptions: scenarioAssumptions(county, { version: scenarioVersion, ...scenarioPart(request) }) };
}

export interface CountyEconomics {
  cost: CostByYear;
  cheapest: BudgetPlan;
  /** present when a budget was given */
  allocation: BudgetPlan | null;
}

export const engineApi = {
  sensitivity(request: ProjectionRequest, countyId: string): Tornado[] {
    const { county, assumptions } = assumptionsFor(request, countyId);
    return sensitivity(county, assumptions, defaultRanges);
  },

  economics(request: ProjectionRequest, countyId: string, budget10kYuan: number | null): CountyEconomics {
    const { county, assumptions } = assumptionsFor(request, countyId);
    const costs = unitCostsFor(request);
    const prices = targetPrices(county, assumptions, costs);
    return {
      cost: scenarioCost(county, assumptions, costs),
      cheapest: cheapestToMeetAll(prices),
      allocation: budget10kYuan === null ? null : allocateBudget(prices, budget10kYuan),
    };
  },

  project(request: ProjectionRequest): CountyReport[] {
    return countiesOf(request).map((c) => {
      const assumptions = scenarioAssumptions(c, { version: scenarioVersion, ...scenarioPart(request) });
      const report = countyReport(c, projectCounty(c, assumptions));
      return request.draws > 0 ? withUncertainty(report, monteCarlo(c, assumptions, defaultRanges, request.draws, request.seed)) : report;
    });
  },
};

export type EngineApi = typeof engineApi;
