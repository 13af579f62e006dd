// What Monte Carlo and the tornado move: every parameter the table gives an uncertainty, for a
// county (and for each resource it applies to), drawn around the value in force — so an edit to a
// rate, an attrition or the migration moves the whole distribution with it.
import type { Resource } from '../data/catalogue.ts';
import { countyParameters, parameters, resourceParameters, type Parameter, type RateField } from '../data/parameters.ts';
import type { CountyAssumptions } from './projectCounty.ts';

export type Knob = { parameter: RateField; resource?: never } | { parameter: 'attrition' | 'gainPer1000PerYear'; resource: Resource };

const isRateField = (id: string): id is RateField => id === 'totalFertilityRate' || id === 'lifeExpectancy' || id === 'netMigrationPerMille';

/** Every knob there can be, in a fixed order. A draw takes one number per knob whether it applies
 * or not, so the random streams stay aligned across scenarios and an edit moves a band smoothly. */
export const allKnobs: readonly Knob[] = [
  ...countyParameters.filter((p) => p.uncertainty).map((p) => {
    if (!isRateField(p.id)) throw new Error(`the Monte Carlo kernel cannot draw ${p.id}`);
    return { parameter: p.id };
  }),
  ...resourceParameters
    .filter((p) => p.uncertainty)
    .flatMap((p) => {
      if (p.id !== 'attrition' && p.id !== 'gainPer1000PerYear') throw new Error(`the Monte Carlo kernel cannot draw ${p.id}`);
      const parameter = p.id;
      return p.resources.map((resource) => ({ parameter, resource }));
    }),
];

export const knobKey = (k: Knob): string => (k.resource ? `${k.parameter}:${k.resource}` : k.parameter);
export const knobParameter = (k: Knob): Parameter => parameters[k.parameter];

const lastOf = (xs: readonly number[]) => xs[xs.length - 1] ?? 0;

/** The knob's value in force (for a rate series, its last year); null where it does not apply:
 * a resource the county does not have, or the trend gain of a resource not on a trend path. */
export function knobValue(a: CountyAssumptions, k: Knob): number | null {
  if (!k.resource) return lastOf(a[k.parameter]);
  const v = a.resources[k.resource]?.[k.parameter];
  return v === undefined ? null : v;
}

/** `value` moved by `offset` ∈ [−1, 1] of the parameter's uncertainty, kept within its bounds. */
export function perturb(p: Parameter, value: number, offset: number): number {
  const u = p.uncertainty;
  const moved = !u ? value : u.relative !== undefined ? value * (1 + offset * u.relative) : value + offset * u.absolute;
  return Math.min(p.bounds.max, Math.max(p.bounds.min, moved));
}

/** The knob's value in force and the ends of its range (offsets −1 and +1). */
export function knobRange(a: CountyAssumptions, k: Knob): { value: number; low: number; high: number } | null {
  const value = knobValue(a, k);
  if (value === null) return null;
  const p = knobParameter(k);
  return { value, low: perturb(p, value, -1), high: perturb(p, value, 1) };
}

/** The assumptions with one knob moved by `offset` (the slow path: the kernel does the same in place). */
export function withKnob(a: CountyAssumptions, k: Knob, offset: number): CountyAssumptions {
  const p = knobParameter(k);
  if (!k.resource) return { ...a, [k.parameter]: a[k.parameter].map((v) => perturb(p, v, offset)) };
  const current = a.resources[k.resource];
  const v = current?.[k.parameter];
  if (!current || v === undefined) return a;
  return { ...a, resources: { ...a.resources, [k.resource]: { ...current, [k.parameter]: perturb(p, v, offset) } } };
}
