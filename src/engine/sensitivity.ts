// One-at-a-time sensitivity: each uncertain assumption at the low and at the high end of its range
// around the value in force, all others as in the scenario; the swing of each indicator at its
// target year (for a tornado).
import type { County } from '../data/seedSchema.ts';
import type { Resource } from '../data/catalogue.ts';
import type { CountyAssumptions } from './projectCounty.ts';
import { compileCounty } from './compiledCounty.ts';
import { allKnobs, knobKey, knobRange, type Knob } from './knobs.ts';

export interface Swing {
  /** the knob: a parameter id, and its resource for per-resource parameters */
  knob: string;
  parameter: Knob['parameter'];
  resource: Resource | null;
  /** the assumption's value in force and at the two ends of its range (model units) */
  value: number;
  low: number;
  high: number;
  /** indicator value with the assumption at its low and at its high end */
  atLow: number;
  atHigh: number;
}

export interface Tornado {
  indicator: string;
  year: number;
  /** the scenario's own value */
  central: number;
  /** largest swing first */
  swings: Swing[];
}

export function sensitivity(county: County, base: CountyAssumptions): Tornado[] {
  const compiled = compileCounty(county, base);
  const n = compiled.years.length;
  const values = new Float64Array(compiled.indicatorIds.length * n);
  const met = new Int8Array(compiled.indicatorIds.length);
  const offsets = new Float64Array(allKnobs.length);
  const runWith = (k: number, offset: number) => {
    offsets.fill(0);
    if (k >= 0) offsets[k] = offset;
    compiled.run(offsets, values, met);
    return values.slice();
  };
  const central = runWith(-1, 0);
  const results = allKnobs.flatMap((knob, k) => {
    const range = compiled.applies[k] ? knobRange(base, knob) : null;
    return range ? [{ knob, range, low: runWith(k, -1), high: runWith(k, 1) }] : [];
  });
  return compiled.indicatorIds.map((indicator, i) => {
    const row = county.indicators.find((x) => x.id === indicator)!;
    const year = row.target && row.target.year <= compiled.years[n - 1]! ? row.target.year : compiled.years[n - 1]!;
    const t = year - compiled.years[0]!;
    const swings = results
      .map(({ knob, range, low, high }) => ({ knob: knobKey(knob), parameter: knob.parameter, resource: knob.resource ?? null, ...range, atLow: low[i * n + t]!, atHigh: high[i * n + t]! }))
      // an assumption that cannot move this indicator is left out of its tornado: a swing within
      // rounding of the arithmetic (a per-1000 trend path does not depend on the residents, but
      // the last bits of the quotient do, and differ between one JavaScript engine and another)
      .filter((s) => Math.abs(s.atHigh - s.atLow) > noiseOf(s.atLow, s.atHigh))
      .sort((a, b) => Math.abs(b.atHigh - b.atLow) - Math.abs(a.atHigh - a.atLow));
    return { indicator, year, central: central[i * n + t]!, swings };
  });
}

/** a difference of two results this small is the arithmetic's rounding, not an effect */
const noiseOf = (a: number, b: number) => 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
