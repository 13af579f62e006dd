// The tornado: each uncertain assumption of the parameter table at the two ends of its range around
// the value in force, one at a time — the same ranges Monte Carlo draws from.
import { describe, expect, it } from 'vitest';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { sensitivity } from '../../src/engine/sensitivity.ts';
import { projectCounty } from '../../src/engine/projectCounty.ts';
import { presetAssumptions } from '../../src/engine/assumptions.ts';
import { allKnobs, knobKey, withKnob } from '../../src/engine/knobs.ts';
import { applyOverrides } from '../../src/scenario/applyScenario.ts';

const counties = loadCountiesFromDisk().counties;
const county = (id: string) => counties.find((x) => x.id === id)!;

describe('sensitivity (tornado)', () => {
  it('each swing equals a full projection with that one assumption moved to the end of its range', () => {
    const c = county('shandan');
    const base = presetAssumptions(c, 'plan');
    const doctors = sensitivity(c, base).find((t) => t.indicator === 'doctors_per_1000')!;
    expect(doctors.year).toBe(2025);
    expect(doctors.central).toBeCloseTo(projectCounty(c, base).indicators.find((i) => i.id === 'doctors_per_1000')!.values[5]!, 9);
    for (const s of doctors.swings) {
      const knob = allKnobs.find((k) => knobKey(k) === s.knob)!;
      const low = projectCounty(c, withKnob(base, knob, -1)).indicators.find((i) => i.id === 'doctors_per_1000')!.values[5]!;
      expect(s.atLow).toBeCloseTo(low, 9);
    }
  });

  it('only assumptions that move an indicator appear, largest first: doctors depend on doctors’ attrition, not nurses’', () => {
    const c = county('shandan');
    const doctors = sensitivity(c, presetAssumptions(c, 'plan')).find((t) => t.indicator === 'doctors_per_1000')!;
    const knobs = doctors.swings.map((s) => s.knob);
    expect(knobs).toContain('attrition:doctors');
    expect(knobs).not.toContain('attrition:nurses');
    // 3 % ± 50 %: 1.5 % and 4.5 %; more leaving, fewer doctors
    const attrition = doctors.swings.find((s) => s.knob === 'attrition:doctors')!;
    expect([attrition.value, attrition.low, attrition.high]).toEqual([0.03, 0.015, 0.045]);
    expect(attrition.atHigh).toBeLessThan(attrition.atLow);
    const widths = doctors.swings.map((s) => Math.abs(s.atHigh - s.atLow));
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
  });

  it('follows the scenario: the attrition the user set is the centre of its range', () => {
    const c = county('shandan');
    const edited = applyOverrides(presetAssumptions(c, 'plan'), { resources: { doctors: { attrition: 0.08 } } });
    const swing = sensitivity(c, edited).find((t) => t.indicator === 'doctors_per_1000')!.swings.find((s) => s.knob === 'attrition:doctors')!;
    expect(swing.value).toBe(0.08);
    expect(swing.low).toBeCloseTo(0.04, 12);
    expect(swing.high).toBeCloseTo(0.12, 12);
  });

  it('in the trend scenario the national gain moves its resource, and attrition does not', () => {
    const c = county('fushan');
    const beds = sensitivity(c, presetAssumptions(c, 'trend')).find((t) => t.indicator === 'beds_per_1000')!;
    const knobs = beds.swings.map((s) => s.knob);
    expect(knobs[0]).toBe('gainPer1000PerYear:beds');
    // 5 years × (0.385 − 0.128) beds per 1000 a year (0.257 ± 50 %), less a little for population change
    expect(beds.swings[0]!.atHigh - beds.swings[0]!.atLow).toBeCloseTo(5 * 0.2567, 1);
    expect(knobs.some((k) => k.startsWith('attrition'))).toBe(false);
    // a per-1000 trend path does not depend on the residents: fertility and life expectancy move
    // only the last bits of the quotient, which are no swing (the page showed them as two rows)
    expect(knobs).toEqual(['gainPer1000PerYear:beds']);
  });
});
