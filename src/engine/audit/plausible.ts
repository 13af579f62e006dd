// Check: a value no county can have. Outside the national range declared in
// src/data/plausibleRanges.ts (a per-10,000 row a tenth of the nation's: per 1000 was meant?), or a
// non-zero rate per births below one death among all the births the county can have.
import type { County, Indicator } from '../../data/seedSchema.ts';
import { roundingInterval } from '../../data/precision.ts';
import { mostBirths, plausibleRanges, ratesPerBirths, type PlausibleRange } from '../../data/plausibleRanges.ts';
import { finding, type Finding, type Side } from './finding.ts';

/** What a printed value is multiplied by to be read in the range's unit (a per-1000 row against a
 * per-10,000 range: × 10). */
function toRangeUnit(ind: Indicator, range: PlausibleRange): number {
  if (range.per === null || ind.perCapitaBase === null) return 1;
  return range.per / ind.perCapitaBase;
}

function outsideNationalRange(county: County, ind: Indicator, range: PlausibleRange): Finding | null {
  const scale = toRangeUnit(ind, range);
  const lo = range.lo / scale;
  const hi = range.hi / scale;
  const cells: { side: Side; year: number; text: string; value: number }[] = [];
  for (const side of ['baseline', 'target'] as const) {
    const cell = ind[side];
    if (!cell || cell.value === null) continue;
    // beyond rounding: "0.4" is at most 0.45
    const iv = roundingInterval(cell.value, cell.text);
    if (iv.hi < lo || iv.lo > hi) cells.push({ side, year: cell.year, text: cell.text, value: cell.value });
  }
  if (!cells.length) return null;
  // a slip of one unit (per 10,000 for per 1000, ‰ for %) puts every value out by ten
  const fits = (factor: number) => cells.every((c) => c.value * factor >= lo && c.value * factor <= hi);
  const rescaledBy = fits(10) ? 10 : fits(0.1) ? 0.1 : null;
  return finding(
    county.id,
    {
      kind: 'implausible_value', variant: 'national_range', label: ind.label, cells,
      range: { lo, hi }, national: { value: range.national.value / scale, year: range.national.year }, rescaledBy,
    },
    [ind.source],
    [ind.id],
  );
}

function belowOneEvent(county: County, ind: Indicator, perBirths: number): Finding | null {
  const cell = ind.baseline;
  if (!cell || cell.value === null || cell.value <= 0) return null;
  const births = county.population.value * (mostBirths.perMille / 1000) * mostBirths.years;
  const oneEvent = perBirths / births;
  if (roundingInterval(cell.value, cell.text).hi >= oneEvent) return null;
  return finding(
    county.id,
    {
      kind: 'implausible_value', variant: 'below_one_event', label: ind.label, side: 'baseline', year: cell.year, text: cell.text, value: cell.value,
      perBirths, population: county.population.value, births, years: mostBirths.years, birthRatePerMille: mostBirths.perMille, oneEvent,
    },
    [ind.source],
    [ind.id, 'population'],
  );
}

export function implausibleValues(county: County): Finding[] {
  const findings: Finding[] = [];
  for (const ind of county.indicators) {
    const range = plausibleRanges.find((r) => r.ids.includes(ind.id));
    const national = range ? outsideNationalRange(county, ind, range) : null;
    if (national) findings.push(national);
    const perBirths = ratesPerBirths[ind.id];
    const rare = perBirths ? belowOneEvent(county, ind, perBirths) : null;
    if (rare) findings.push(rare);
  }
  return findings;
}
