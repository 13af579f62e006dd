// A county's report depends on its seed, its overrides, the scenario's preset, horizon, seed and
// draws, nothing else: a worker asked again for a county nothing touched (the four counties a
// drag on the fifth leaves alone) hands back the report it made last time instead of running its
// Monte Carlo again. Kept per county object, a few scenarios each (a drag alternates between its
// quick and its settled answers); a county imported anew arrives as a new object and starts afresh.
import type { County } from '../data/seedSchema.ts';
import type { CountyReport } from '../engine/report.ts';
import type { Scenario } from './scenarioSchema.ts';

/** what of a scenario a county's report depends on */
type ReportInputs = Pick<Scenario, 'preset' | 'horizon' | 'seed' | 'draws' | 'counties'>;

export interface ReportMemo {
  /** the county's report under the scenario: remembered, or made by `make` and remembered */
  report(county: County, s: ReportInputs, make: () => CountyReport): CountyReport;
  /** the county's report under the scenario, if remembered (counted as asked for) */
  known(county: County, s: ReportInputs): CountyReport | undefined;
  /** a report made elsewhere (another thread) remembered as if made here */
  remember(county: County, s: ReportInputs, report: CountyReport): void;
}

/** scenarios remembered per county, the least recently asked for forgotten first */
const perCounty = 6;

export function createReportMemo(): ReportMemo {
  const byCounty = new WeakMap<County, Map<string, CountyReport>>();
  const keyOf = (county: County, s: ReportInputs) => JSON.stringify([s.preset, s.horizon, s.draws, s.draws > 0 ? s.seed : 0, s.counties[county.id] ?? null]);
  const memoOf = (county: County) => {
    let memo = byCounty.get(county);
    if (!memo) byCounty.set(county, (memo = new Map()));
    return memo;
  };
  function known(county: County, s: ReportInputs): CountyReport | undefined {
    const memo = memoOf(county);
    const key = keyOf(county, s);
    const report = memo.get(key);
    if (!report) return undefined;
    // most recently asked for: last in the map's order
    memo.delete(key);
    memo.set(key, report);
    return report;
  }
  function remember(county: County, s: ReportInputs, report: CountyReport) {
    const memo = memoOf(county);
    memo.set(keyOf(county, s), report);
    if (memo.size > perCounty) memo.delete(memo.keys().next().value!);
  }
  return {
    known,
    remember,
    report(county, s, make) {
      const had = known(county, s);
      if (had) return had;
      const made = make();
      remember(county, s, made);
      return made;
    },
  };
}
