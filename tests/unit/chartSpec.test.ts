// What makes the page send a chart to be redrawn: any change to its numbers, lines or labels,
// and nothing else (an edit to one resource leaves the other charts alone).
import { describe, expect, it } from 'vitest';
import { hasBand, sameSpec, type ChartSpec } from '../../src/charts/chartSpec.ts';

const spec = (): ChartSpec => ({
  years: [2020, 2021, 2022],
  digits: 2,
  lang: 'zh',
  series: [
    { label: '推演', values: [1.5, 1.6, Number.NaN], color: '#0072B2' },
    { label: '目标', values: [2, 2, 2], color: '#D55E00', dashed: true },
  ],
});

describe('sameSpec', () => {
  it('is true for an equal copy, with "no number" (NaN) equal to itself', () => {
    expect(sameSpec(spec(), spec())).toBe(true);
  });

  it('is false for nothing drawn yet, and for any change a reader would see', () => {
    const changes: ((s: ChartSpec) => void)[] = [
      (s) => ((s.series[0]!.values as number[])[1] = 1.6000001),
      (s) => ((s.series[0]!.values as number[])[2] = 0),
      (s) => (s.series[1]!.label = 'target'),
      (s) => (s.series[1]!.color = '#000000'),
      (s) => (s.series[1]!.dashed = false),
      (s) => (s.series[0]!.hidden = true),
      (s) => (s.series[0]!.fillTo = 1),
      (s) => (s.series = s.series.slice(0, 1)),
      (s) => (s.years = [2020, 2021, 2023]),
      (s) => (s.years = [2020, 2021]),
      (s) => (s.lang = 'en'),
      (s) => (s.digits = 1),
    ];
    expect(sameSpec(null, spec())).toBe(false);
    for (const change of changes) {
      const next = spec();
      change(next);
      expect(sameSpec(spec(), next)).toBe(false);
    }
  });

  it('hasBand: only a series filling down to another is a Monte Carlo band', () => {
    expect(hasBand(spec())).toBe(false);
    const banded = spec();
    (banded.series as ChartSpec['series'][number][]).push({ label: '_p10', values: [1, 1, 1], color: '#0072B2', fillTo: 0 });
    expect(hasBand(banded)).toBe(true);
  });
});
