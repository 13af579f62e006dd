// The engine as the page calls it: plain data in, plain data out, the same functions whether they
// run in the worker or (as a fallback) on the main thread.
import { bundledCounties } from '../data/bundledSeeds.ts';
import { projectCounty } from '../engine/projectCounty.ts';
import { monteCarlo } from '../engine/monteCarlo.ts';
import { countyReport, withUncertainty, type CountyReport } from '../engine/report.ts';
import { presetAssumptions, type PresetId } from '../scenario/presets.ts';
import { defaultRanges } from '../scenario/uncertainty.ts';

export interface ProjectionRequest {
  preset: PresetId;
  horizon: number;
  /** 0 for the deterministic run only */
  draws: number;
  seed: number;
}

export const engineApi = {
  project(request: ProjectionRequest): CountyReport[] {
    return bundledCounties.counties.map((c) => {
      const assumptions = presetAssumptions(c, request.preset, request.horizon);
      const report = countyReport(c, projectCounty(c, assumptions));
      return request.draws > 0 ? withUncertainty(report, monteCarlo(c, assumptions, defaultRanges, request.draws, request.seed)) : report;
    });
  },
};

export type EngineApi = typeof engineApi;
