// The engine as the page calls it: plain data in, plain data out, the same functions whether they
// run in the worker or (as a fallback) on the main thread.
import { bundledCounties } from '../data/bundledSeeds.ts';
import { projectCounty } from '../engine/projectCounty.ts';
import { monteCarlo } from '../engine/monteCarlo.ts';
import { countyReport, withUncertainty, type CountyReport } from '../engine/report.ts';
import { defaultRanges } from '../scenario/uncertainty.ts';
import { scenarioAssumptions } from '../scenario/applyScenario.ts';
import type { Scenario } from '../scenario/scenarioSchema.ts';

/** A scenario (its version aside); `draws: 0` for the deterministic run only */
export type ProjectionRequest = Omit<Scenario, 'version' | 'counties'> & { counties?: Scenario['counties'] };

export const engineApi = {
  project(request: ProjectionRequest): CountyReport[] {
    return bundledCounties.counties.map((c) => {
      const assumptions = scenarioAssumptions(c, { version: 1, ...request, counties: request.counties ?? {} });
      const report = countyReport(c, projectCounty(c, assumptions));
      return request.draws > 0 ? withUncertainty(report, monteCarlo(c, assumptions, defaultRanges, request.draws, request.seed)) : report;
    });
  },
};

export type EngineApi = typeof engineApi;
