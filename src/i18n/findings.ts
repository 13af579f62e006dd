// The plan audit's findings as sentences. The engine reports each contradiction as facts (numbers,
// years, labels, printed text); this writes them in the reader's language, with the reader's
// number format, from the templates in zh.ts and en.ts. Pure, so the CLI and tests use it too.
import type { Comparator } from '../data/seedSchema.ts';
import type { Finding, ImplausibleFacts, RestatedFacts } from '../engine/audit/index.ts';
import { auditWords } from './auditWords.ts';
import { fill, type Lang } from './fill.ts';

export function findingMessage(f: Finding, lang: Lang): string {
  const { t, num, range, name, implied } = auditWords(lang);
  const signed = (n: number) => (n > 0 ? `+${num(n)}` : num(n));
  // a restated bound keeps its sign (≥ 33); a plain number stays plain
  const bounded = (c: Comparator | null, n: number) => {
    const symbol = c ? t.comparatorSymbol[c] : '';
    return symbol ? `${symbol} ${num(n)}` : num(n);
  };
  const addUp = (parts: number[], total: number) => fill(t.addUp, { parts: parts.map((p) => num(p)).join(t.plus), total: num(total) });

  const restated = (x: RestatedFacts): string => {
    switch (x.variant) {
      case 'cell_value':
        return fill(t.restatedCell, {
          label: name(x.label), side: t.side[x.side],
          difference: fill(t.restatedCellValue, { tableText: x.tableText, tableYear: x.tableYear, value: bounded(x.comparator, x.value), year: x.year }),
        });
      case 'cell_comparator':
        return fill(t.restatedCell, {
          label: name(x.label), side: t.side[x.side],
          difference: fill(t.restatedCellComparator, { tableText: x.tableText, symbol: t.comparatorSymbol[x.comparator], value: num(x.value), quote: x.quote }),
        });
      case 'cell_change':
        return fill(t.restatedCell, {
          label: name(x.label), side: t.side[x.side],
          difference: fill(t.restatedCellChange, {
            tableText: x.tableText, tableYear: x.tableYear, change: signed(x.change), baselineText: x.baselineText, value: num(x.value), year: x.year,
          }),
        });
      case 'figures':
        return fill(t.restatedFigures, { label: name(x.label), year: x.year, first: num(x.values[0]), second: num(x.values[1]) });
      case 'figure_vs_row':
        return fill(t.restatedFigureVsRow, {
          indicator: name(x.indicator), figure: name(x.figure), year: x.year, tableValue: num(x.tableValue),
          figureValue: x.parts.length ? addUp(x.parts, x.figureValue) : num(x.figureValue),
        });
      case 'count_vs_rows':
        return fill(t.restatedCountVsRows, {
          label: name(x.label), year: x.year, value: num(x.value), rows: x.rows.map(name).join(t.labelList), addUp: addUp(x.parts, x.total),
        });
    }
  };

  const implausible = (x: ImplausibleFacts): string => {
    if (x.variant === 'below_one_event') {
      return fill(t.implausibleOneEvent, {
        label: name(x.label), side: t.side[x.side], year: x.year, text: x.text, population: num(x.population, 0), births: num(x.births, 0),
        years: x.years, birthRate: num(x.birthRatePerMille), oneEvent: num(x.oneEvent),
      });
    }
    return fill(t.implausibleRange, {
      label: name(x.label), range: range(x.range), national: num(x.national.value), nationalYear: x.national.year,
      cells: x.cells.map((c) => fill(t.implausibleCell, { side: t.side[c.side], text: c.text, year: c.year })).join(t.labelList),
      rescaled: x.rescaledBy === null ? '' : fill(t.implausibleRescaled, { factor: num(x.rescaledBy) }),
    });
  };

  const x = f.facts;
  switch (x.kind) {
    case 'sum_mismatch':
      return fill(t.sumMismatch, {
        what: x.side ? fill(t.labelSide, { label: name(x.label), side: t.side[x.side] }) : name(x.label),
        year: x.year, total: num(x.total), addUp: addUp(x.parts, x.partsSum),
      });
    case 'parts_exceed_total':
      return fill(t.partsExceedTotal, {
        what: x.side ? fill(t.labelSide, { label: name(x.label), side: t.side[x.side] }) : name(x.label),
        year: x.year, total: num(x.total), partsSum: num(x.partsSum, 3),
        parts: x.parts.map((p) => fill(t.partValue, { label: name(p.label), value: num(p.value, 3) })).join(t.plus),
      });
    case 'ratio_target_conflict':
      return fill(t.ratioTargetConflict, {
        what: fill(t.labelSide, { label: name(x.label), side: t.side[x.side] }), year: x.year, text: x.text, bound: t.bound[x.bound], value: num(x.value),
        numerator: name(x.numerator.label), numeratorText: x.numerator.text, denominator: name(x.denominator.label), denominatorText: x.denominator.text,
        implied: num(x.impliedPoint), range: range(x.implied),
      });
    case 'restated_differently':
      return restated(x);
    case 'comparator_wording':
      return fill(t.comparatorWording, { label: name(x.label), side: t.side[x.side], text: x.text });
    case 'target_direction':
      return fill(t.targetDirection[x.variant], {
        label: name(x.label), text: x.text, year: x.year, value: num(x.value), baselineText: x.baselineText, baselineYear: x.baselineYear,
      });
    case 'implausible_value':
      return implausible(x);
    case 'implied_population':
      return fill(t.impliedPopulation, { year: x.year, gap: num(x.gap, 0), implied: x.implied.map(implied).join(t.impliedSeparator) });
  }
}
