import { describe, expect, it } from 'vitest';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { knobId, sensitivity } from '../../src/engine/sensitivity.ts';
import { projectCounty } from '../../src/engine/projectCounty.ts';
import { applyDraw } from '../../src/engine/monteCarlo.ts';
import { presetAssumptions } from '../../src/scenario/presets.ts';
import { defaultRanges } from '../../src/scenario/uncertainty.ts';

const counties = loadCountiesFromDisk().counties;

describe('sensitivity (tornado)', () => {
  it('each swing equals a full projection with that one assumption moved', () => {
    const c = counties.find((x) => x.id === 'shandan')!;
    const base = presetAssumptions(c, 'plan');
    const tornadoes = sensitivity(c, base, defaultRanges);
    const doctors = tornadoes.find((t) => t.indicator === 'doctors_per_1000')!;
    expect(doctors.year).toBe(2025);
    expect(doctors.central).toBeCloseTo(projectCounty(c, base).indicators.find((i) => i.id === 'doctors_per_1000')!.values[5]!, 9);
    for (const s of doctors.swings) {
      const range = defaultRanges.find((r) => knobId(r.knob) === s.knob)!;
      const low = projectCounty(c, applyDraw(base, range.knob, range.low)).indicators.find((i) => i.id === 'doctors_per_1000')!.values[5]!;
      expect(s.atLow).toBeCloseTo(low, 9);
    }
  });

  it('only assumptions that move an indicator appear, largest first: doctors depend on doctors’ attrition, not nurses’', () => {
    const c = counties.find((x) => x.id === 'shandan')!;
    const doctors = sensitivity(c, presetAssumptions(c, 'plan'), defaultRanges).find((t) => t.indicator === 'doctors_per_1000')!;
    const knobs = doctors.swings.map((s) => s.knob);
    expect(knobs).toContain('attrition_doctors');
    expect(knobs).not.toContain('attrition_nurses');
    // higher attrition, fewer doctors
    const attrition = doctors.swings.find((s) => s.knob === 'attrition_doctors')!;
    expect(attrition.atHigh).toBeLessThan(attrition.atLow);
    const widths = doctors.swings.map((s) => Math.abs(s.atHigh - s.atLow));
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
  });

  it('in the trend scenario the national gain moves its resource, and attrition does not', () => {
    const c = counties.find((x) => x.id === 'fushan')!;
    const beds = sensitivity(c, presetAssumptions(c, 'trend'), defaultRanges).find((t) => t.indicator === 'beds_per_1000')!;
    const knobs = beds.swings.map((s) => s.knob);
    expect(knobs[0]).toBe('gain_per_1000_beds');
    // 5 years × (0.4 − 0.1) beds per 1000 a year, less a little for population change
    expect(beds.swings[0]!.atHigh - beds.swings[0]!.atLow).toBeCloseTo(1.5, 1);
    expect(knobs.some((k) => k.startsWith('attrition'))).toBe(false);
  });
});
