// An input row (from the engine's report or a comparison) in words: its label and its value in
// the reader's language, at the digits the comparison chose.
import type { County } from '../data/seedSchema.ts';
import type { InputValue } from '../engine/inputs.ts';
import { parameters, toDisplay } from '../data/parameters.ts';
import type { InputDiff } from '../scenario/compare.ts';
import type { Messages } from '../i18n/zh.ts';
import { fill, type Lang } from '../i18n/fill.ts';
import { formatDecimals, withUnit } from '../i18n/numberFormat.ts';

export function inputLabel(row: InputDiff, counties: readonly County[], lang: Lang, m: Messages): string {
  if (row.kind === 'scenario') return { preset: m.scenario, horizon: m.horizon, seed: m.seedLabel, draws: m.drawsLabel }[row.field];
  if (row.kind === 'cost') return m.param[row.field];
  const county = counties.find((c) => c.id === row.county);
  const input = (row.a ?? row.b)!;
  const name = county?.name[lang] ?? row.county;
  const what =
    input.kind === 'parameter'
      ? fill(m.param[input.parameter], { name: input.resource ? m.resourceName[input.resource] : '' })
      : input.kind === 'project'
        ? `${county?.projects.find((p) => p.id === input.project)?.name[lang] ?? input.project} · ${m.openingYear}`
        : input.kind === 'newProject'
          ? fill(m.newProjectLabel, { name: input.name })
          : input.kind === 'observed'
            ? fill(m.observedCell, { series: seriesLabel(input.series, county, lang, m), year: String(input.year) })
            : fill(m.target2030, { name: county?.indicators.find((i) => i.id === input.indicator)?.label[lang] ?? input.indicator });
  return `${name} · ${what}`;
}

/** one side of a row; `other` is the row's other side, for what an absent side stands at */
export function inputValueText(row: InputDiff, side: 'a' | 'b', lang: Lang, m: Messages): string {
  if (row.kind === 'scenario') {
    const v = row[side];
    return row.field === 'preset' ? (v === 'plan' ? m.presetPlan : m.presetTrend) : String(v);
  }
  if (row.kind === 'cost') return withUnit(formatDecimals(lang, row[side], row.digits), m.displayUnit.tenThousandYuan);
  const input = row[side];
  const other = row[side === 'a' ? 'b' : 'a'];
  if (!input) {
    // a project only the other side added; a 2030 target only the other side entered (this side
    // keeps the plan's target)
    if (other?.kind === 'horizonTarget' && other.reference !== null) return `${formatDecimals(lang, other.reference, row.digits)} (${m.carriedForward})`;
    return m.noValue;
  }
  return valueText(input, row.digits, lang, m);
}

export function valueText(input: InputValue, digits: number, lang: Lang, m: Messages): string {
  switch (input.kind) {
    case 'parameter': {
      const p = parameters[input.parameter];
      return withUnit(formatDecimals(lang, toDisplay(p, input.value), digits), m.displayUnit[p.display.unit]);
    }
    case 'project':
      return input.value === null ? m.cancelled : String(input.value);
    case 'newProject':
      return fill(m.projectValue, { amount: formatDecimals(lang, input.amount, 0), unit: input.resource === 'beds' ? m.unitBeds : m.unitPlaces, year: input.openingYear });
    case 'horizonTarget':
      return formatDecimals(lang, input.value, digits);
    case 'observed':
      return input.source ? `${formatDecimals(lang, input.value, digits)} (${input.source})` : formatDecimals(lang, input.value, digits);
  }
}

/** an observed series by name: the residents, a resource, or one of the county's indicators */
export function seriesLabel(series: string, county: County | undefined, lang: Lang, m: Messages): string {
  if (series === 'population') return m.observedResidents;
  if (series in m.resourceName) return m.resourceName[series as keyof Messages['resourceName']];
  return county?.indicators.find((i) => i.id === series)?.label[lang] ?? series;
}
