// The scenario's answer as an Excel workbook, in the reader's language: a sheet of verdicts (each
// target's projection at its reported precision, the target, the status and its probability), a
// sheet of what the scenario changed, and a sheet per county with the years as columns. The tables
// are plain data (workbookSheets); the .xlsx is written by ExcelJS, loaded when first asked for.
import type { County } from '../data/seedSchema.ts';
import type { CountyReport } from '../engine/report.ts';
import type { Resource } from '../data/catalogue.ts';
import type { Messages } from '../i18n/zh.ts';
import type { Lang } from '../i18n/fill.ts';
import { formatTarget } from './format.ts';
import { statusText, verdictTarget } from './verdictCell.ts';
import { inputLabel, inputValueText } from './inputText.ts';
import type { InputDiff } from '../scenario/compare.ts';

type Cell = string | number | null;
export interface Sheet {
  name: string;
  header: string[];
  rows: Cell[][];
  /** decimals per column (numbers only), for the cells' number format */
  digits: (number | null)[][];
  /** columns (from 0) that hold a probability, shown as a percentage */
  percentColumns?: number[];
}

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ] */
const sheetName = (s: string) => s.replace(/[:\\/?*[\]]/gu, ' ').slice(0, 31);

/** `changed`: what the scenario changed from the plan as written (as the printout lists it) */
export function workbookSheets(reports: readonly CountyReport[], counties: readonly County[], changed: readonly InputDiff[], lang: Lang, m: Messages): Sheet[] {
  const byId = new Map(counties.map((c) => [c.id, c]));
  const named = (c: County, id: string): string => {
    const ind = c.indicators.find((i) => i.id === id);
    if (ind) return ind.label[lang];
    const fixed: Record<string, string> = {
      population: m.seriesPopulation,
      births: m.seriesBirths,
      under_three: m.seriesUnderThree,
      bed_need: m.seriesBedNeed,
      bed_need_per_1000: m.seriesBedNeedPer1000,
      childcare_demand: m.childcareDemand,
      childcare_slots_per_100_under3: m.childcarePer100,
    };
    return fixed[id] ?? m.resourceName[id as Resource] ?? id;
  };

  const verdicts: Sheet = { name: sheetName(m.workbookVerdicts), header: [m.colCounty, m.colIndicator, m.colYear, m.workbookProjected, m.colTarget, m.workbookStatus, m.workbookProbability, m.binding], rows: [], digits: [], percentColumns: [6] };
  const changes: Sheet = {
    name: sheetName(m.workbookChanges),
    header: [m.colAssumption, m.workbookInForce, m.workbookReference],
    rows: changed.map((r) => [inputLabel(r, counties, lang, m), inputValueText(r, 'b', lang, m), inputValueText(r, 'a', lang, m)]),
    digits: changed.map(() => [null, null, null]),
  };
  const evaluation: Sheet = {
    name: sheetName(m.workbookEvaluation),
    header: [m.colCounty, m.colIndicator, m.colYear, m.colTargetYearValue, m.colBasis, m.observedSourceColumn, m.colTarget, m.workbookStatus, m.colGap, m.colPaceAchieved, m.colPaceNeeded],
    rows: [],
    digits: [],
  };
  const perCounty: Sheet[] = [];
  for (const r of reports) {
    const c = byId.get(r.id);
    if (!c) continue;
    for (const v of r.verdicts) {
      const ind = c.indicators.find((i) => i.id === v.indicator)!;
      verdicts.rows.push([c.name[lang], ind.label[lang], v.year, Number.isFinite(v.shown) ? v.shown : null, verdictTarget(lang, m, ind, v), statusText(m, v.status), v.probability, ind.binding ? m.binding : '']);
      verdicts.digits.push([null, null, 0, v.digits, null, null, null, null]);
    }
    for (const e of r.evaluation) {
      const ind = c.indicators.find((i) => i.id === e.indicator)!;
      const basis = e.basis === null ? '' : e.basis === 'observed' ? m.basisObserved : m.basisProjected;
      evaluation.rows.push([c.name[lang], ind.label[lang], e.year, e.shown, basis, e.source ?? '', formatTarget(lang, m, ind), e.shown === null ? m.noValue : statusText(m, e.status), e.gap, e.shown === null ? null : e.paceAchievedPerYear, e.paceNeededPerYear]);
      evaluation.digits.push([null, null, 0, e.digits, null, null, null, null, e.digits, e.digits + 1, e.digits + 1]);
    }
    const rows: Cell[][] = [];
    const digits: (number | null)[][] = [];
    const add = (label: string, values: readonly number[], d: number) => {
      rows.push([label, ...values.map((v) => (Number.isFinite(v) ? v : null))]);
      digits.push([null, ...values.map(() => d)]);
    };
    const decimalsOf = (id: string) => r.indicators.find((i) => i.id === id)?.digits ?? (id.includes('per_') ? 2 : 0);
    for (const [id, values] of Object.entries(r.series)) add(named(c, id), values, decimalsOf(id));
    for (const [id, band] of Object.entries(r.bands)) {
      const label = named(c, id);
      add(`${label} (${m.seriesP10})`, band.p10, decimalsOf(id));
      add(`${label} (${m.seriesMedian})`, band.p50, decimalsOf(id));
      add(`${label} (${m.seriesP90})`, band.p90, decimalsOf(id));
    }
    perCounty.push({ name: sheetName(c.name[lang]), header: [m.workbookSeries, ...r.years.map(String)], rows, digits });
  }
  return [verdicts, evaluation, changes, ...perCounty];
}

/** the sheets as an .xlsx file */
export async function workbookBlob(sheets: readonly Sheet[]): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  for (const s of sheets) {
    const sheet = book.addWorksheet(s.name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
    sheet.addRow(s.header).font = { bold: true };
    s.rows.forEach((cells, i) => {
      const row = sheet.addRow(cells);
      s.digits[i]!.forEach((d, j) => {
        if (d !== null && typeof cells[j] === 'number') row.getCell(j + 1).numFmt = d === 0 ? '0' : `0.${'0'.repeat(d)}`;
      });
    });
    for (const j of s.percentColumns ?? []) sheet.getColumn(j + 1).numFmt = '0%';
    s.header.forEach((h, j) => {
      const widest = Math.max(h.length, ...s.rows.map((r) => String(r[j] ?? '').length));
      sheet.getColumn(j + 1).width = Math.min(60, Math.max(8, widest * 1.3 + 2));
    });
  }
  const buffer = await book.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
