// The engine as the page calls it: plain data in, plain data out, the same pipeline the CLI runs
// (src/scenario/run.ts), whether it runs in the worker or (as a fallback) on the main thread.
import { bundledCounties } from '../data/bundledSeeds.ts';
import type { County } from '../data/seedSchema.ts';
import type { CountyReport } from '../engine/report.ts';
import type { Tornado } from '../engine/sensitivity.ts';
import { runEconomics, runOutlook, runScenario, runSensitivity, runSplit, type CountyEconomics, type Outlook, type RunScenario, type SplitAnswer, type SplitQuestion } from '../scenario/run.ts';
import { createReportMemo } from '../scenario/reportMemo.ts';
import { monteCarloBuffers } from '../engine/monteCarlo.ts';
import { runScenarioShared } from '../scenario/runShared.ts';
import { auditCounties, type Finding } from '../engine/audit/index.ts';

export type { CountyEconomics, Outlook, SplitAnswer, SplitQuestion };

/** A scenario (its version aside); `draws: 0` for the deterministic run only. Counties the user
 * imported travel with each request, so the worker holds no state and a restarted one needs none. */
export type ProjectionRequest = Omit<RunScenario, 'counties'> & { counties?: RunScenario['counties']; importedCounties?: County[] };

export const countiesOf = (request: ProjectionRequest): County[] => [...bundledCounties.counties, ...(request.importedCounties ?? [])];

export function scenarioOf({ importedCounties: _imported, ...request }: ProjectionRequest): RunScenario {
  return { ...request, counties: request.counties ?? {} };
}

function countyOf(request: ProjectionRequest, countyId: string): County {
  const county = countiesOf(request).find((c) => c.id === countyId);
  if (!county) throw new Error(`no county "${countyId}"`);
  return county;
}

/** this worker's reports of the counties a request left as they were (a drag moves one county) */
export const reports = createReportMemo();
/** this worker's Monte Carlo working memory, lent from one run to the next */
export const buffers = monteCarloBuffers();

export const engineApi = {
  project(request: ProjectionRequest): CountyReport[] {
    return runScenario(scenarioOf(request), countiesOf(request), reports, buffers);
  },
  /** these counties' reports (by id, in this order), for a worker sharing its Monte Carlo */
  reportsOf(request: ProjectionRequest, countyIds: string[]): CountyReport[] {
    return runScenario(scenarioOf(request), countyIds.map((id) => countyOf(request, id)), undefined, buffers);
  },
  sensitivity(request: ProjectionRequest, countyId: string): Tornado[] {
    return runSensitivity(scenarioOf(request), countyOf(request, countyId));
  },
  economics(request: ProjectionRequest, countyId: string): CountyEconomics {
    return runEconomics(scenarioOf(request), countyOf(request, countyId));
  },
  /** what 2030 asks of the county, from its latest observation */
  outlook(request: ProjectionRequest, countyId: string): Outlook {
    return runOutlook(scenarioOf(request), countyOf(request, countyId));
  },
  split(request: ProjectionRequest, countyId: string, question: SplitQuestion): SplitAnswer {
    return runSplit(scenarioOf(request), countyOf(request, countyId), question);
  },
  /** where every county's plan contradicts itself (an imported plan may hold thousands of figures:
   * off the page's thread) */
  audit(request: Pick<ProjectionRequest, 'importedCounties'>): Finding[] {
    return auditCounties(countiesOf(request as ProjectionRequest));
  },
};

export type EngineApi = typeof engineApi;

/** `project` with the Monte Carlo of the counties to be run shared with a second worker (`share`:
 * null while there is none ready) */
export const projectShared = (request: ProjectionRequest, share: ((request: ProjectionRequest, countyIds: string[]) => Promise<CountyReport[]>) | null): Promise<CountyReport[]> =>
  runScenarioShared(scenarioOf(request), countiesOf(request), reports, share && ((ids) => share(request, ids)), buffers);
