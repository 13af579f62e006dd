// The engine on the page, once its workers have failed: the same answers, but a projection with
// Monte Carlo runs a county at a time and yields between counties, so the page's own thread is
// never held for the whole run (each county is drawn on its own, so the answer is the same).
import type { OnPage } from './endpoint.ts';
import { buffers, countiesOf, engineApi, reports as memo, scenarioOf, type EngineApi, type ProjectionRequest } from './engineApi.ts';
import type { CountyReport } from '../engine/report.ts';
import { runScenario } from '../scenario/run.ts';

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export const engineOnPage: OnPage<EngineApi> = {
  ...engineApi,
  async project(request: ProjectionRequest): Promise<CountyReport[]> {
    if (!request.draws) return engineApi.project(request);
    const scenario = scenarioOf(request);
    const reports: CountyReport[] = [];
    for (const county of countiesOf(request)) {
      reports.push(...runScenario(scenario, [county], memo, buffers));
      await yieldToPage();
    }
    return reports;
  },
};
