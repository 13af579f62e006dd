// Which charts a county's workbench shows, and the lines on each: the projection of every
// simulated indicator against its target (with the Monte Carlo band once there is one, and the
// bed need on the beds chart), then childcare, population and children under 3. Worked out once
// per answer, for the chart components and for sending to the chart worker ahead of the tables.
import { isSimulated } from '../data/catalogue.ts';
import { roundingUnit } from '../data/precision.ts';
import type { County } from '../data/seedSchema.ts';
import type { CountyReport } from '../engine/report.ts';
import type { Messages } from '../i18n/zh.ts';
import type { ChartSeries } from './chartSpec.ts';

export interface CountyChart {
  id: string;
  title: string;
  series: ChartSeries[];
  digits: number;
  /** named in the PNG export (the childcare demand chart is not) */
  owned: boolean;
}

// Okabe–Ito: projection blue, target vermillion, need green
const blue = '#0072B2';
const vermillion = '#D55E00';
const green = '#009E73';

/** the label with its unit, unless the plan's label already ends with it: 床位数（张）, not 床位数（张）（张） */
const withUnit = (lang: 'zh' | 'en', label: string, unit: string) => (/[（(][^（()）]*[)）]\s*$/u.test(label) && label.replace(/\s+$/u, '').slice(-unit.length - 1, -1) === unit ? label : lang === 'zh' ? `${label}（${unit}）` : `${label} (${unit})`);

export function countyCharts(county: County, report: CountyReport, lang: 'zh' | 'en', m: Messages): CountyChart[] {
  const charts: CountyChart[] = county.indicators
    .filter((ind) => isSimulated(ind.id) && report.series[ind.id])
    .map((ind) => {
      const values = report.series[ind.id]!;
      const list: ChartSeries[] = [{ label: m.seriesProjected, values, color: blue }];
      if (ind.target?.value !== null && ind.target?.value !== undefined) {
        list.push({ label: m.seriesTarget, values: report.years.map(() => ind.target!.value!), color: vermillion, dashed: true });
      }
      const p10 = report.series[`${ind.id}_p10`];
      const p90 = report.series[`${ind.id}_p90`];
      if (p10 && p90) {
        list.push({ label: `_${m.seriesP90}`, values: p90, color: blue, fillTo: undefined, dashed: true, hidden: false });
        list.push({ label: `_${m.seriesP10}`, values: p10, color: blue, fillTo: list.length - 1 });
      }
      if (ind.id === 'beds_per_1000' && report.series.bed_need && report.series.population) {
        const need = report.series.bed_need.map((v, t) => (v / report.series.population![t]!) * 1000);
        list.push({ label: m.seriesBedNeed, values: need, color: green });
      }
      const digits = ind.target?.value != null ? Math.max(1, Math.round(-Math.log10(roundingUnit(ind.target.value, ind.target.text))) + 1) : 2;
      return { id: ind.id, title: withUnit(lang, ind.label[lang], ind.unit[lang]), series: list, digits, owned: true };
    });
  const { series } = report;
  if (series.childcare_slots_per_100_under3 && series.childcare_slots) {
    charts.push({ id: 'childcare_per_100', title: m.childcarePer100, series: [{ label: m.childcarePer100, values: series.childcare_slots_per_100_under3, color: blue }], digits: 1, owned: true });
    charts.push({
      id: 'childcare_demand',
      title: `${m.childcareSlots} · ${m.childcareDemand}`,
      series: [
        { label: m.childcareSlots, values: series.childcare_slots, color: blue },
        { label: m.childcareDemand, values: series.childcare_demand ?? [], color: vermillion, dashed: true },
      ],
      digits: 0,
      owned: false,
    });
  }
  if (series.population) charts.push({ id: 'population', title: m.seriesPopulation, series: [{ label: m.seriesPopulation, values: series.population, color: blue }], digits: 0, owned: true });
  if (series.under_three) charts.push({ id: 'under_three', title: m.seriesUnderThree, series: [{ label: m.seriesUnderThree, values: series.under_three, color: green }], digits: 0, owned: true });
  return charts;
}
