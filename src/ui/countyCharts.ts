// Which charts a county's workbench shows, and the lines on each: the projection of every
// simulated indicator against its target (with the Monte Carlo band once there is one, the bed need
// on the beds chart, and the plan's stated baseline where the model starts elsewhere), then
// childcare, population and children under 3. Every number comes from the engine's report; this
// only picks the lines, their words and colours. Worked out once per answer, for the chart
// components and for sending to the chart worker ahead of the tables.
import { isSimulated, simulatedIndicators } from '../data/catalogue.ts';
import type { County } from '../data/seedSchema.ts';
import type { CountyReport } from '../engine/report.ts';
import type { Messages } from '../i18n/zh.ts';
import { fill, type Lang } from '../i18n/fill.ts';
import { formatDecimals } from '../i18n/numberFormat.ts';
import { palette, type ChartSeries } from '../charts/chartSpec.ts';
import { nationalActuals } from '../data/nationalFigures.ts';

export interface CountyChart {
  id: string;
  title: string;
  series: ChartSeries[];
  digits: number;
  fromZero: boolean;
  /** why the first point is not the table's baseline, when it is not */
  note: string | null;
  /** named in the PNG export (the childcare demand chart is not) */
  owned: boolean;
}

/** the label with its unit, unless the plan's label already ends with it: 床位数（张）, not 床位数（张）（张） */
const withUnit = (lang: Lang, label: string, unit: string) => {
  const endsWithUnit = /[（(][^（()）]*[)）]\s*$/u.test(label) && label.replace(/\s+$/u, '').slice(-unit.length - 1, -1) === unit;
  return endsWithUnit ? label : lang === 'zh' ? `${label}（${unit}）` : `${label} (${unit})`;
};

export function countyCharts(county: County, report: CountyReport, lang: Lang, m: Messages): CountyChart[] {
  const { series, years } = report;
  const charts: CountyChart[] = county.indicators
    .filter((ind) => isSimulated(ind.id) && series[ind.id])
    .map((ind) => {
      const summary = report.indicators.find((i) => i.id === ind.id)!;
      const list: ChartSeries[] = [{ label: m.seriesProjected, values: series[ind.id]!, color: palette.projection }];
      if (ind.target?.value != null) list.push({ label: m.seriesTarget, values: years.map(() => ind.target!.value!), color: palette.target, dashed: true });
      const band = report.bands[ind.id];
      if (band) {
        list.push({ label: m.seriesP90, values: band.p90, color: palette.projection, dashed: true, inLegend: false });
        list.push({ label: m.seriesBand, values: band.p10, color: palette.projection, fillTo: list.length - 1 });
      }
      if (ind.id === 'beds_per_1000' && series.bed_need_per_1000) list.push({ label: m.seriesBedNeed, values: series.bed_need_per_1000, color: palette.need });
      // what was observed, as dots on the line it fixes; what the country reached, as a dotted line
      const seen = report.observedYears[ind.id];
      if (seen) list.push({ label: m.observedPoints, values: years.map((y, t) => (seen.includes(y) ? series[ind.id]![t]! : Number.NaN)), color: palette.observed, marker: true, pointStyle: 'circle' });
      const national = nationalActuals[ind.id];
      if (national?.some((a) => years.includes(a.year))) list.push({ label: m.nationalLine, values: years.map((y) => national.find((a) => a.year === y)?.value ?? Number.NaN), color: palette.national, dashed: true, spanGaps: true });
      // where the model starts from the plan's count rather than its printed ratio, both are shown
      const { stated, model, differs } = summary.baseline;
      let note: string | null = null;
      if (differs && stated !== null) {
        list.push({ label: fill(m.seriesStated, { year: years[0]! }), values: years.map((_, t) => (t === 0 ? stated : Number.NaN)), color: palette.stated, marker: true });
        const spec = simulatedIndicators[ind.id]!;
        const start = spec.kind === 'per_capita' ? report.starts.find((s) => s.resource === spec.resource) : undefined;
        const digits = summary.digits;
        note =
          start?.basis === 'count'
            ? fill(m.chartStartsFromCount, {
                year: years[0]!,
                stated: formatDecimals(lang, stated, digits),
                count: formatDecimals(lang, start.value, 0),
                population: formatDecimals(lang, series.population![0]!, 0),
                base: formatDecimals(lang, spec.kind === 'per_capita' ? spec.perCapitaBase : 1000, 0),
                model: formatDecimals(lang, model, digits),
              })
            : fill(m.chartStartsFromParts, { year: years[0]!, stated: formatDecimals(lang, stated, digits), model: formatDecimals(lang, model, digits) });
      }
      return { id: ind.id, title: withUnit(lang, ind.label[lang], ind.unit[lang]), series: list, digits: summary.digits, fromZero: false, note, owned: true };
    });
  if (series.childcare_slots_per_100_under3 && series.childcare_slots) {
    charts.push({ id: 'childcare_per_100', title: m.childcarePer100, series: [{ label: m.childcarePer100, values: series.childcare_slots_per_100_under3, color: palette.projection }], digits: 1, fromZero: true, note: null, owned: true });
    charts.push({
      id: 'childcare_demand',
      title: `${m.childcareSlots} · ${m.childcareDemand}`,
      series: [
        { label: m.childcareSlots, values: series.childcare_slots, color: palette.projection },
        { label: m.childcareDemand, values: series.childcare_demand ?? [], color: palette.target, dashed: true },
      ],
      digits: 0,
      fromZero: true,
      note: null,
      owned: false,
    });
  }
  if (series.population) {
    const seen = report.observedYears.population;
    const list: ChartSeries[] = [{ label: m.seriesPopulation, values: series.population, color: palette.projection }];
    if (seen) list.push({ label: m.observedPoints, values: years.map((y, t) => (seen.includes(y) ? series.population![t]! : Number.NaN)), color: palette.observed, marker: true, pointStyle: 'circle' });
    charts.push({ id: 'population', title: m.seriesPopulation, series: list, digits: 0, fromZero: true, note: null, owned: true });
  }
  if (series.under_three) charts.push({ id: 'under_three', title: m.seriesUnderThree, series: [{ label: m.seriesUnderThree, values: series.under_three, color: palette.need }], digits: 0, fromZero: true, note: null, owned: true });
  return charts;
}
