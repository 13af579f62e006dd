// One-at-a-time sensitivity: each uncertain assumption at the low and at the high end of its range,
// all others as in the scenario; the swing of each indicator at its target year (for a tornado).
import type { County } from '../data/seedSchema.ts';
import type { CountyAssumptions } from './projectCounty.ts';
import { compileCounty, setKnob } from './compiledCounty.ts';
import type { UncertainKnob, UncertainRange } from './monteCarlo.ts';

export interface Swing {
  knob: string;
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

export function knobId(knob: UncertainKnob): string {
  return knob.kind === 'attrition' || knob.kind === 'gainPer1000' ? `${knob.kind === 'attrition' ? 'attrition' : 'gain_per_1000'}_${knob.resource}` : knob.kind;
}

export function sensitivity(county: County, base: CountyAssumptions, ranges: readonly UncertainRange[]): Tornado[] {
  const compiled = compileCounty(county, base);
  const n = compiled.years.length;
  const values = new Float64Array(compiled.indicatorIds.length * n);
  const met = new Int8Array(compiled.indicatorIds.length);
  const runWith = (range: UncertainRange | null, value: number) => {
    const draw = compiled.neutralDraw();
    if (range) setKnob(draw, compiled.resources, range.knob, value);
    compiled.run(draw, values, met);
    return values.slice();
  };
  const central = runWith(null, 0);
  const results = ranges.map((r) => ({ r, low: runWith(r, r.low), high: runWith(r, r.high) }));
  return compiled.indicatorIds.map((indicator, i) => {
    const row = county.indicators.find((x) => x.id === indicator)!;
    const year = row.target && row.target.year <= compiled.years[n - 1]! ? row.target.year : compiled.years[n - 1]!;
    const t = year - compiled.years[0]!;
    const swings = results
      .map(({ r, low, high }) => ({ knob: knobId(r.knob), low: r.low, high: r.high, atLow: low[i * n + t]!, atHigh: high[i * n + t]! }))
      // an assumption that cannot move this indicator is left out of its tornado
      .filter((s) => s.atLow !== s.atHigh)
      .sort((a, b) => Math.abs(b.atHigh - b.atLow) - Math.abs(a.atHigh - a.atLow));
    return { indicator, year, central: central[i * n + t]!, swings };
  });
}
