// Observed values (what happened after 2020), the projection that continues from them, the trend
// fitted to a county's own years, the 2030 targets and their sources, and the final evaluation.
// Every expected number is worked out here by hand from the inputs the test sets.
import { describe, expect, it } from 'vitest';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { runScenario } from '../../src/scenario/run.ts';
import { scenario as scenarioSchema, scenarioVersion, type Scenario } from '../../src/scenario/scenarioSchema.ts';
import { fitLine } from '../../src/engine/observed.ts';
import { decodeLink, encodeLink } from '../../src/scenario/link.ts';
import { readScenarioValue } from '../../src/scenario/readScenario.ts';

const { counties } = loadCountiesFromDisk();
const pingshan = counties.find((c) => c.id === 'pingshan')!;
const known = counties.map((c) => c.id);

function run(s: Partial<Scenario>) {
  return runScenario(scenarioSchema.parse({ version: scenarioVersion, ...s }), [pingshan])[0]!;
}
const at = (r: ReturnType<typeof run>, series: string, year: number) => r.series[series]![r.years.indexOf(year)]!;

describe('the projection continues from what was observed', () => {
  // beds: no attrition, 100 a year added, the 450-bed wing on time (2025); residents observed in
  // 2023 and 2025, beds in 2023
  const r = run({
    counties: {
      pingshan: {
        resources: { beds: { attrition: 0, additionsPerYear: 100 } },
        observed: { population: { 2023: 420_000, 2025: 421_000 }, beds: { 2023: { value: 3000, source: '平山县统计公报 2023' } } },
      },
    },
  });

  it('takes each observed year as a fact and adds to it from the next year', () => {
    expect(at(r, 'population', 2023)).toBe(420_000);
    expect(at(r, 'population', 2025)).toBe(421_000);
    expect(at(r, 'beds', 2023)).toBe(3000);
    expect(at(r, 'beds', 2024)).toBe(3100);
    // 3100 + 100 a year + the 450-bed wing in 2025
    expect(at(r, 'beds', 2025)).toBe(3650);
    // 3650 beds ÷ 421 thousand residents
    expect(at(r, 'beds_per_1000', 2025)).toBeCloseTo(3650 / 421, 10);
  });

  it('says which verdicts rest on an observation', () => {
    const beds = r.verdicts.find((v) => v.indicator === 'beds_per_1000' && v.year === 2025)!;
    // 2025 beds were projected from 2023's, so the verdict is a projection
    expect(beds.basis).toBe('projected');
    expect(beds.shown).toBe(8.67);
    expect(beds.status).toBe('met');
    expect(r.observedYears).toEqual({ population: [2023, 2025], beds: [2023], beds_per_1000: [2023] });
    const seen = run({ counties: { pingshan: { observed: { beds_per_1000: { 2025: 6.9 } } } } });
    const v = seen.verdicts.find((x) => x.indicator === 'beds_per_1000' && x.year === 2025)!;
    expect(v.basis).toBe('observed');
    expect(v.shown).toBe(6.9);
    expect(v.status).toBe('missed');
    expect(v.additionNeededPerYear).toBeNull();
  });

  it('seeks the goal from the year after the last observation', () => {
    // beds 2000 in 2023, residents 400,000 in 2025, no attrition, the 450-bed wing in 2025:
    // 2000 + 2H + 450 beds must show ≥ 7.14 per 1000 at two decimals, i.e. reach 7.135 × 400 = 2854
    // beds: H ≥ 202
    const g = run({ counties: { pingshan: { resources: { beds: { attrition: 0, additionsPerYear: 0 } }, observed: { population: { 2025: 400_000 }, beds: { 2023: 2000 } } } } });
    const v = g.verdicts.find((x) => x.indicator === 'beds_per_1000' && x.year === 2025)!;
    expect(v.additionNeededPerYear).toBe(202);
    // check both sides at the printed precision: 202 a year gives 2854 ÷ 400 = 7.135 → 7.14 (met);
    // 201 gives 2852 ÷ 400 = 7.13 (missed)
    const met = run({ counties: { pingshan: { resources: { beds: { attrition: 0, additionsPerYear: 202 } }, observed: { population: { 2025: 400_000 }, beds: { 2023: 2000 } } } } });
    const short = run({ counties: { pingshan: { resources: { beds: { attrition: 0, additionsPerYear: 201 } }, observed: { population: { 2025: 400_000 }, beds: { 2023: 2000 } } } } });
    expect(met.verdicts.find((x) => x.indicator === 'beds_per_1000' && x.year === 2025)!.status).toBe('met');
    expect(short.verdicts.find((x) => x.indicator === 'beds_per_1000' && x.year === 2025)!.status).toBe('missed');
  });

  it('a ratio of two stocks can be observed as such', () => {
    const seen = run({ counties: { pingshan: { observed: { doctor_nurse_ratio: { 2025: 1.2 } } } } });
    const v = seen.verdicts.find((x) => x.indicator === 'doctor_nurse_ratio' && x.year === 2025)!;
    expect(v.basis).toBe('observed');
    expect(v.shown).toBe(1.2);
    expect(v.status).toBe('met');
  });

  it('Monte Carlo leaves an observed value where it is: met in every draw, or in none', () => {
    const s = { draws: 400, counties: { pingshan: { observed: { beds_per_1000: { 2025: 7.2 }, nurses_per_1000: { 2025: 1.95 } } } } };
    const withDraws = run(s);
    expect(withDraws.verdicts.find((x) => x.indicator === 'beds_per_1000' && x.year === 2025)!.probability).toBe(1);
    expect(withDraws.verdicts.find((x) => x.indicator === 'nurses_per_1000' && x.year === 2025)!.probability).toBe(0);
    expect(withDraws.bands.beds_per_1000!.p10[5]).toBeCloseTo(7.2, 10);
    expect(withDraws.bands.beds_per_1000!.p90[5]).toBeCloseTo(7.2, 10);
  });
});

describe('a trend fitted to the county’s own years', () => {
  it('least squares by hand: slope Σ(x−x̄)(y−ȳ) ÷ Σ(x−x̄)², and its standard error', () => {
    // (0,1) (1,2) (2,2) (3,4): x̄ = 1.5, ȳ = 2.25; Sxy = 1.125+0.25−0.125+2.625 = 4.5... by terms:
    // (−1.5)(−1.25)=1.875, (−0.5)(−0.25)=0.125, (0.5)(−0.25)=−0.125, (1.5)(1.75)=2.625 → 4.5; Sxx = 5
    const fit = fitLine([{ x: 0, y: 1 }, { x: 1, y: 2 }, { x: 2, y: 2 }, { x: 3, y: 4 }])!;
    expect(fit.slope).toBeCloseTo(0.9, 12);
    // intercept 2.25 − 0.9·1.5 = 0.9; residuals 0.1, 0.2, −0.7, 0.4 → SSR 0.7; se = √(0.7 ÷ 2 ÷ 5)
    expect(fit.slopeStandardError).toBeCloseTo(Math.sqrt(0.07), 12);
    expect(fitLine([{ x: 0, y: 1 }, { x: 1, y: 2 }])).toBeNull();
  });

  it('replaces the national pace on the trend path once two years are observed', () => {
    // residents held at 400,000 every year so that counts and rates agree exactly; Pingshan's
    // start is the plan's 5.24 beds per 1000 of its 423,333 residents; observed 2022: 2200 beds
    // (5.50 per 1000), 2023: 2320 (5.80)
    const population = { 2021: 400_000, 2022: 400_000, 2023: 400_000, 2024: 400_000, 2025: 400_000 };
    const r = run({ preset: 'trend', counties: { pingshan: { observed: { population, beds: { 2022: 2200, 2023: 2320 } } } } });
    const start = r.starts.find((s) => s.resource === 'beds')!.value;
    const y0 = (start / 423_333) * 1000;
    const fit = fitLine([{ x: 0, y: y0 }, { x: 2, y: 5.5 }, { x: 3, y: 5.8 }])!;
    expect(r.trendFits.beds!.gainPer1000PerYear).toBeCloseTo(fit.slope, 12);
    expect(r.trendFits.beds!.years).toEqual([2020, 2022, 2023]);
    // from 5.80 in 2023, two more years of the fitted gain, × 400 thousand residents
    expect(at(r, 'beds', 2025)).toBeCloseTo((5.8 + 2 * fit.slope) * 400, 8);
    // without observations the national pace: 0.257 a year
    const national = run({ preset: 'trend', counties: { pingshan: { observed: { population } } } });
    expect(national.trendFits.beds).toBeUndefined();
  });

  it('gives a resource with no national series a trend of its own (pharmacists)', () => {
    const population = { 2021: 400_000, 2022: 400_000, 2023: 400_000, 2024: 400_000, 2025: 400_000 };
    const r = run({ preset: 'trend', counties: { pingshan: { observed: { population, pharmacists: { 2022: 84, 2024: 92 } } } } });
    expect(r.trendFits.pharmacists).toBeDefined();
    // 0.21 in 2022, 0.23 in 2024: the 2025 value is 2024's plus a year of the fitted gain
    expect(at(r, 'pharmacists_per_1000', 2025)).toBeCloseTo(0.23 + r.trendFits.pharmacists!.gainPer1000PerYear, 10);
  });
});

describe('2030 from the latest observation', () => {
  const r = run({ horizon: 2030, counties: { pingshan: { resources: { gps: { attrition: 0, additionsPerYear: 0 } }, observed: { population: { 2025: 420_000, 2030: 420_000 }, gps: { 2025: 100 } } } } });
  const row = (id: string) => r.verdicts.find((v) => v.indicator === id && v.year === 2030)!;

  it('judges each 2030 target against the county’s own, a national benchmark, or the plan’s carried forward', () => {
    expect(row('gps_per_10k').targetSource).toMatchObject({ kind: 'national_benchmark', source: { where: 'qiyanwang.com/?p=30101' } });
    expect(row('gps_per_10k').target).toBe(5);
    expect(row('nurses_per_1000').targetSource.kind).toBe('national_benchmark');
    expect(row('nurses_per_1000').target).toBe(5.1);
    // the 15th plan's 3.7 counts licensed doctors only: not the plans' measure, so carried forward
    expect(row('doctors_per_1000').targetSource).toEqual({ kind: 'carried_forward', source: 'plan' });
    expect(row('doctors_per_1000').target).toBe(2.8);
    const entered = run({ horizon: 2030, counties: { pingshan: { horizonTargets: { gps_per_10k: 4.5 } } } });
    const gp = entered.verdicts.find((v) => v.indicator === 'gps_per_10k' && v.year === 2030)!;
    expect(gp.targetSource).toEqual({ kind: 'county', source: 'entered' });
    expect(gp.target).toBe(4.5);
    expect(r.verdicts.find((v) => v.indicator === 'gps_per_10k' && v.year === 2025)!.targetSource).toEqual({ kind: 'county', source: 'plan' });
  });

  it('seeks the 2030 goal from the 2025 observation', () => {
    // 100 GPs in 2025, no attrition, 420,000 residents in 2030: 5 per 10,000 needs 210 GPs, so
    // 100 + 5H ≥ 209.79 (4.995 × 42): H = 22 gives 210 → 5.00; H = 21 gives 205 → 4.88
    expect(row('gps_per_10k').additionNeededPerYear).toBe(22);
    // the 2030 value is projected (no additions: still 100 GPs); the 2025 one was observed
    expect(row('gps_per_10k').basis).toBe('projected');
    expect(row('gps_per_10k').shown).toBe(2.38);
    const y2025 = r.verdicts.find((v) => v.indicator === 'gps_per_10k' && v.year === 2025)!;
    expect([y2025.basis, y2025.shown, y2025.additionNeededPerYear]).toEqual(['observed', 2.38, null]);
  });
});

describe('the final evaluation', () => {
  it('lists every target of the plan with its value, basis, gap and pace', () => {
    const r = run({ counties: { pingshan: { observed: { beds_per_1000: { 2025: { value: 6.5, source: '统计公报 2025' } }, township_centres_with_tcm_hall_pct: { 2025: 100 } } } } });
    const beds = r.evaluation.find((e) => e.indicator === 'beds_per_1000')!;
    expect(beds).toMatchObject({ year: 2025, value: 6.5, shown: 6.5, basis: 'observed', source: '统计公报 2025', target: 7.14, met: false, status: 'missed', simulated: true });
    expect(beds.gap).toBeCloseTo(-0.64, 10);
    // 5.24 → 6.50 over five years: 0.252 a year achieved; 5.24 → 7.14 needed 0.38 a year
    expect(beds.paceAchievedPerYear).toBeCloseTo(0.252, 10);
    expect(beds.paceNeededPerYear).toBeCloseTo(0.38, 10);
    // a row the model does not project, judged on its observed value: 86.96 % → 100 %
    const halls = r.evaluation.find((e) => e.indicator === 'township_centres_with_tcm_hall_pct')!;
    expect(halls).toMatchObject({ value: 100, basis: 'observed', met: true, status: 'met', simulated: false });
    // and one with neither: no value, not computable
    expect(r.evaluation.find((e) => e.indicator === 'cdc_bsl2_labs')).toMatchObject({ value: null, basis: null, status: 'not_computable' });
    // the evaluation reads the verdicts: the projected rows agree with them
    for (const e of r.evaluation.filter((x) => x.simulated)) {
      const v = r.verdicts.find((x) => x.indicator === e.indicator && x.year === e.year)!;
      expect([e.status, e.shown, e.basis]).toEqual([v.status, v.shown, v.basis]);
    }
  });
});

describe('observed values travel in links and files', () => {
  const s = scenarioSchema.parse({ version: scenarioVersion, counties: { pingshan: { observed: { beds: { 2023: { value: 2500, source: '统计公报 2023' }, 2024: 2600 }, population: { 2024: 421_000 } } } } });

  it('a link round-trips them, source and all', () => {
    const back = decodeLink(encodeLink({ scenario: s, county: 'pingshan', indicator: null, lang: 'zh', view: 'main' }), known);
    expect(back.dropped).toEqual([]);
    expect(back.scenario.counties.pingshan!.observed).toEqual(s.counties.pingshan!.observed);
  });

  it('a year outside 2021–2030 or a negative value is dropped and named; the rest is kept', () => {
    const read = readScenarioValue({ version: 4, counties: { pingshan: { observed: { beds: { 2019: 1, 2023: -5, 2024: 2600 } } } } }, known);
    expect(read.scenario.counties.pingshan!.observed).toEqual({ beds: { 2024: 2600 } });
    expect(read.dropped.map((d) => d.path).sort()).toEqual(['counties.pingshan.observed.beds.2019', 'counties.pingshan.observed.beds.2023']);
  });

  it('a version 3 scenario opens as it was', () => {
    const read = readScenarioValue({ version: 3, preset: 'trend', counties: { pingshan: { deathRatePerMille: 7 } } }, known);
    expect(read.dropped).toEqual([]);
    expect(read.scenario.version).toBe(4);
    expect(read.scenario.counties.pingshan!.deathRatePerMille).toBe(7);
  });
});

describe('2030 values a planner can defend', () => {
  it('four in five draws reach the cautious value, half reach the median; a fixed 2030 is its own answer', async () => {
    const { runOutlook } = await import('../../src/scenario/run.ts');
    const s = scenarioSchema.parse({ version: scenarioVersion, draws: 1000, counties: { pingshan: { observed: { gps_per_10k: { 2030: 4.567 } } } } });
    const o = runOutlook(s, pingshan);
    expect(o.year).toBe(2030);
    // the GP rate was observed for 2030 itself: every draw has it; a floor rounds down, 4.567 → 4.56
    for (const side of [o.trend, o.scenario]) expect(side.find((x) => x.indicator === 'gps_per_10k')).toMatchObject({ side: 'floor', atHalf: 4.56, atFourInFive: 4.56 });
    // the 2030 verdicts are those of a 2030 run of the same scenario
    const full = runScenario({ ...s, horizon: 2030, draws: 0 }, [pingshan])[0]!;
    expect(o.verdicts).toEqual(full.verdicts.filter((v) => v.year === 2030));
    // beds under the scenario: the cautious value sits between the 10th and the 50th percentile of the bands
    const bands = runScenario({ ...s, horizon: 2030, draws: 1000 }, [pingshan])[0]!.bands.beds_per_1000!;
    const beds = o.scenario.find((x) => x.indicator === 'beds_per_1000')!;
    expect(beds.atFourInFive).toBeLessThanOrEqual(beds.atHalf);
    expect(beds.atFourInFive).toBeGreaterThanOrEqual(Math.floor(bands.p10[10]! * 100) / 100);
    expect(beds.atHalf).toBeLessThanOrEqual(bands.p50[10]! + 0.01);
  });
});
