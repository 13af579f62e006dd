// A scenario's reports with the Monte Carlo shared between two threads: on two cores, every other
// county to be run is drawn on the other thread while this one draws the rest. Each county's draws
// have their own seeded stream (its id), so its report is the same on either thread. Reports come
// back in the counties' order, and those made there are remembered here as if made here, so the
// next request (a drag moves one county) finds them.
import type { County } from '../data/seedSchema.ts';
import type { CountyReport } from '../engine/report.ts';
import type { MonteCarloBuffers } from '../engine/monteCarlo.ts';
import type { ReportMemo } from './reportMemo.ts';
import { runScenario, type RunScenario } from './run.ts';

/** the reports of these counties (by id, in this order) made on the other thread */
export type ShareCounties = (countyIds: string[]) => Promise<CountyReport[]>;

/** Every county's report, as runScenario gives it. With `share`, when the scenario asks for draws
 * and two or more counties are not remembered, every other one of those runs on the other thread;
 * if that fails, here. `buffers`: working memory lent, as to runScenario. */
export async function runScenarioShared(s: RunScenario, counties: readonly County[], memo: ReportMemo, share: ShareCounties | null, buffers?: MonteCarloBuffers): Promise<CountyReport[]> {
  const toRun = share && s.draws > 0 ? counties.filter((c) => !memo.known(c, s)) : [];
  if (toRun.length < 2) return runScenario(s, counties, memo, buffers);
  const there = toRun.filter((_, i) => i % 2 === 1);
  // asked first, so the other thread draws while this one does
  const asked = share!(there.map((c) => c.id)).then(
    (reports) => (reports.length === there.length && reports.every((r, i) => r.id === there[i]!.id) ? reports : null),
    () => null,
  );
  runScenario(s, toRun.filter((_, i) => i % 2 === 0), memo, buffers);
  const made = await asked;
  if (made) there.forEach((c, i) => memo.remember(c, s, made[i]!));
  // (a failed share: its counties run here, in runScenario below)
  return runScenario(s, counties, memo, buffers);
}
