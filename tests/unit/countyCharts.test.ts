// The workbench's charts take every number from the engine's report: the projection, the band,
// bed need per 1000, and the plan's stated baseline where the model starts from the plan's count.
import { describe, expect, it } from 'vitest';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { runScenario } from '../../src/scenario/run.ts';
import { pageDefaults } from '../../src/scenario/defaults.ts';
import { countyCharts } from '../../src/ui/countyCharts.ts';
import { en } from '../../src/i18n/en.ts';
import { zh } from '../../src/i18n/zh.ts';

const counties = loadCountiesFromDisk().counties;
const county = (id: string) => counties.find((c) => c.id === id)!;
const chartsOf = (id: string, draws = 0, lang: 'zh' | 'en' = 'en') => {
  const report = runScenario({ ...pageDefaults, draws }, [county(id)])[0]!;
  return { report, charts: countyCharts(county(id), report, lang, lang === 'en' ? en : zh) };
};

describe('county charts', () => {
  it('Pingshan beds: the model starts at 2,190 ÷ 423,333 = 5.17, the plan’s table says 5.24 — both are drawn and the note says why', () => {
    const { charts } = chartsOf('pingshan');
    const beds = charts.find((c) => c.id === 'beds_per_1000')!;
    expect(beds.series[0]!.values[0]).toBeCloseTo((2190 / 423333) * 1000, 9);
    const stated = beds.series.find((s) => s.marker)!;
    expect(stated.values[0]).toBe(5.24);
    expect(stated.values.slice(1).every(Number.isNaN)).toBe(true);
    expect(beds.note).toBe('The plan’s table gives 5.24 for 2020; the model starts from the plan’s own count: 2,190 ÷ 423,333 residents × 1,000 = 5.17 (where the two disagree, see “Where the plan contradicts itself”).');
    // bed need per 1000 is the engine's series, not worked out here
    const need = beds.series.find((s) => s.label === en.seriesBedNeed)!;
    expect(need.values).toEqual(chartsOf('pingshan').report.series.bed_need_per_1000);
  });

  it('a start that agrees with the table at its digits draws no second point and says nothing', () => {
    const doctors = chartsOf('xiangshan').charts.find((c) => c.id === 'doctors_per_1000')!;
    expect(doctors.series.some((s) => s.marker)).toBe(false);
    expect(doctors.note).toBeNull();
  });

  it('the band is in the legend once, as a range; its other edge is not an entry of its own', () => {
    const beds = chartsOf('shandan', 200).charts.find((c) => c.id === 'beds_per_1000')!;
    const inLegend = beds.series.filter((s) => s.inLegend !== false).map((s) => s.label);
    expect(inLegend).toContain('10–90 % range');
    expect(inLegend).not.toContain(en.seriesP90);
    expect(beds.series.find((s) => s.label === '10–90 % range')!.fillTo).toBe(beds.series.findIndex((s) => s.label === en.seriesP90));
  });

  it('counts start from zero (residents, children, places); ratios fit their data; digits are the engine’s', () => {
    const { charts, report } = chartsOf('pingshan', 0, 'zh');
    expect(charts.find((c) => c.id === 'population')!.fromZero).toBe(true);
    // children under 3 are a line of the residents-by-age chart
    expect(charts.find((c) => c.id === 'population')!.series.map((x) => x.values)).toContainEqual(report.series.under_three);
    expect(charts.find((c) => c.id === 'beds_per_1000')!.fromZero).toBe(false);
    for (const c of charts.filter((x) => report.indicators.some((i) => i.id === x.id))) expect(c.digits).toBe(report.indicators.find((i) => i.id === c.id)!.digits);
  });
});

describe('charts after 2025', () => {
  it('observed years are dots on the line, the nation a dotted line through its known years, a 2030 benchmark a mark at 2030', () => {
    const s = { ...pageDefaults, horizon: 2030 as const, counties: { pingshan: { observed: { nurses: { 2023: 830, 2024: 850 } } } } };
    const report = runScenario(s, [county('pingshan')])[0]!;
    const nurses = countyCharts(county('pingshan'), report, 'en', en).find((c) => c.id === 'nurses_per_1000')!;
    const dots = nurses.series.find((x) => x.label === en.observedPoints)!;
    expect(dots.pointStyle).toBe('circle');
    const line = report.series.nurses_per_1000!;
    expect(dots.values.map((v, t) => (Number.isNaN(v) ? null : v))).toEqual(report.years.map((y, t) => (y === 2023 || y === 2024 ? line[t]! : null)));
    // 2021 3.56, 2022 3.71, 2023 4.00 (the statistical bulletins), nothing drawn after
    const nation = nurses.series.find((x) => x.label === en.nationalLine)!;
    expect(nation.spanGaps).toBe(true);
    expect(nation.values.slice(0, 4).map((v) => (Number.isNaN(v) ? null : v))).toEqual([null, 3.56, 3.71, 4.0]);
    const mark = nurses.series.find((x) => x.label === `${en.colTarget2030} (national)`)!;
    expect(mark.values[10]).toBe(5.1);
    expect(mark.values.slice(0, 10).every(Number.isNaN)).toBe(true);
  });
});
