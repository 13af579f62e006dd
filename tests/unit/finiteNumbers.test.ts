// Every number the engine reports is a finite number or an explicit "no number" with its reason,
// for any valid scenario (a birth rate of 6e-323 made childcare per 100 children Infinity); and the
// CSV never carries a cell a spreadsheet would run.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scenarioArb } from './arbitraries/scenario.ts';
import { runScenario } from '../../src/scenario/run.ts';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { reportsToCsv, textCell } from '../../src/engine/csv.ts';
import { pageDefaults } from '../../src/scenario/defaults.ts';
import type { CountyReport } from '../../src/engine/report.ts';

const { counties } = loadCountiesFromDisk();

function expectFinite(r: CountyReport) {
  const all = { ...r.series, ...Object.fromEntries(Object.entries(r.bands).flatMap(([id, b]) => [[`${id}_p10`, b.p10], [`${id}_p50`, b.p50], [`${id}_p90`, b.p90]])) };
  for (const [id, values] of Object.entries(all)) {
    for (const v of values) {
      if (Number.isFinite(v)) continue;
      expect(Number.isNaN(v), `${r.id}.${id}: ${v}`).toBe(true);
      expect(r.noNumber[id], `${r.id}.${id} has no number without a reason`).toBe('nothing_to_divide_by');
    }
  }
  for (const v of r.verdicts) {
    for (const x of [v.projected, v.shown]) if (!Number.isFinite(x)) expect(v.status, `${r.id}.${v.indicator}`).toBe('not_computable');
    if (v.margin !== null) expect(Number.isFinite(v.margin)).toBe(true);
  }
}

describe('the numbers a scenario gives', () => {
  it('a birth rate of 6e-323 (subnormal): childcare per 100 children under 3 has no number, with its reason, not Infinity', () => {
    const s = { ...pageDefaults, counties: Object.fromEntries(counties.map((c) => [c.id, { totalFertilityRate: 6.4e-323 }])) };
    const reports = runScenario({ ...s, draws: 20 }, counties);
    const withChildcare = reports.filter((r) => r.series.childcare_slots_per_100_under3);
    expect(withChildcare.length).toBeGreaterThan(0);
    for (const r of withChildcare) {
      expect(r.series.childcare_slots_per_100_under3!.every((v) => v !== Infinity)).toBe(true);
      expect(r.noNumber.childcare_slots_per_100_under3).toBe('nothing_to_divide_by');
    }
    reports.forEach(expectFinite);
    // in the CSV: empty cells, never "Infinity"
    expect(reportsToCsv(reports)).not.toMatch(/Infinity|NaN/u);
  });

  it('any valid scenario: every series and band is finite or named as having no number (seeded)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        runScenario({ ...s, draws: Math.min(s.draws, 8) }, counties).forEach(expectFinite);
      }),
      { numRuns: 150, seed: 42 },
    );
  });
});

describe('CSV text cells', () => {
  it('neutralise what a spreadsheet would run, and quote what would break a row', () => {
    expect(['=SUM(A1)', '+1', '-1', '@cmd', '\tx', '\rx', 'pingshan', 'a,b', 'say "hi"', '=a,b'].map(textCell)).toEqual([
      "'=SUM(A1)", "'+1", "'-1", "'@cmd", "'\tx", "\"'\rx\"", 'pingshan', '"a,b"', '"say ""hi"""', `"'=a,b"`,
    ]);
    // numbers stay numbers: a negative value is not text
    const csv = reportsToCsv(runScenario({ ...pageDefaults, draws: 0, counties: { pingshan: { netMigrationPerMille: -150 } } }, counties.filter((c) => c.id === 'pingshan')));
    expect(csv).toMatch(/^pingshan,births,2021,\d/mu);
  });
});
