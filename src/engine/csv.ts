// Every series of every county as one long table, for spreadsheets and scripts — the same bytes
// from the page's export and from `simulate --format csv`. A projection row at a target year also
// carries the target, the status and the probability the page shows beside it. A year with no
// number (see CountyReport.noNumber) is an empty cell; the last column says whether the value was
// observed that year or projected. Text cells are written so that no
// spreadsheet takes them for a formula, whoever named the county or the series.
import type { CountyReport } from './report.ts';

const cell = (v: number) => (Number.isFinite(v) ? String(Number(v.toPrecision(12))) : '');

/** A text cell: one a spreadsheet would run as a formula (=, +, -, @, a tab or a carriage return
 * first) starts with an apostrophe; one holding a comma, a quote or a line break is quoted. */
export function textCell(text: string): string {
  const safe = /^[=+\-@\t\r]/u.test(text) ? `'${text}` : text;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

export function reportsToCsv(reports: readonly CountyReport[]): string {
  const lines = ['county,series,year,value,target,status,probability,basis'];
  for (const r of reports) {
    const rows = Object.entries(r.series);
    for (const [id, band] of Object.entries(r.bands)) rows.push([`${id}_p10`, band.p10], [`${id}_p50`, band.p50], [`${id}_p90`, band.p90]);
    for (const [name, values] of rows) {
      values.forEach((v, t) => {
        const verdict = r.verdicts.find((x) => x.indicator === name && x.year === r.years[t]);
        const judged = verdict ? `,${verdict.target ?? ''},${textCell(verdict.status)},${verdict.probability === null ? '' : cell(verdict.probability)}` : ',,,';
        const basis = r.observedYears[name]?.includes(r.years[t]!) ? 'observed' : 'projected';
        lines.push(`${textCell(r.id)},${textCell(name)},${r.years[t]},${cell(v)}${judged},${basis}`);
      });
    }
  }
  return `${lines.join('\n')}\n`;
}

const maybe = (v: number | null) => (v === null ? '' : cell(v));

/** The final evaluation (终期评估) as one table: a row per target of each county's plan. */
export function evaluationToCsv(reports: readonly CountyReport[]): string {
  const lines = ['county,indicator,year,value,basis,source,target,comparator,status,gap,baseline,pace_achieved_per_year,pace_needed_per_year'];
  for (const r of reports) {
    for (const e of r.evaluation) {
      lines.push(
        [textCell(r.id), textCell(e.indicator), e.year, maybe(e.shown), e.basis ?? '', textCell(e.source ?? ''), maybe(e.target), textCell(e.comparator), e.status, maybe(e.gap), maybe(e.baseline), maybe(e.paceAchievedPerYear), maybe(e.paceNeededPerYear)].join(','),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
