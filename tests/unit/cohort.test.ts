import { describe, expect, it } from 'vitest';
import { ages } from '../../src/data/demography.ts';
import { childDeath, levelFor, lifeExpectancyAt, maleMortalityFactor, mortalityTable, standardDeath, survivalInto } from '../../src/engine/lifeTable.ts';
import { fertilityShape, migrationSchedule, projectCohorts } from '../../src/engine/cohort.ts';
import { backtest, meanError } from '../../src/engine/backtest.ts';
import { residentsByAge, nationalShares } from '../../src/data/ageStructure.ts';

const b = Math.LN2 / 8;
/** the standard yearly death probability at age x, by hand: 1 − exp(−(0.0003 + 2e-5·e^{bx}·(e^b − 1)/b)) */
const qStandard = (x: number) => 1 - Math.exp(-(0.0003 + 2e-5 * Math.exp(b * x) * ((Math.exp(b) - 1) / b)));

describe('life table', () => {
  it('the standard schedule by hand: at 60, 2^7.5 = 181.02, hazard 0.0003 + 2e-5 × 181.02 × 1.04459 = 0.0040818, q = 0.0040735', () => {
    expect(standardDeath[60]).toBeCloseTo(0.0040735, 6);
    expect(standardDeath[60]).toBeCloseTo(qStandard(60), 12);
  });

  it('child mortality: 5‰ infant and 7‰ under 5 leave 1 − 0.993/0.995 = 0.00201 dying at 1–4, 0.000503 a year', () => {
    const c = childDeath(5, 7);
    expect(c[0]).toBe(0.005);
    expect(c[1]).toBeCloseTo(1 - Math.pow(0.993 / 0.995, 0.25), 12);
    expect(c[1]).toBeCloseTo(0.000503, 6);
  });

  it('survival from the life table at level k: women at 60 keep 1 − k·q(60); men die maleMortalityFactor times as fast; ages 0–4 half each side', () => {
    const table = mortalityTable(5, 7, 100);
    const out = new Float64Array(2 * ages);
    survivalInto(table, 1.5, out);
    expect(out[ages + 60]).toBeCloseTo(1 - 1.5 * 0.0040735, 6);
    expect(out[60]).toBeCloseTo(1 - 1.5 * maleMortalityFactor * qStandard(60), 12);
    // age 0 → 1: half the infant deaths and half of age 1's: 1 − (0.005 + 0.000503)/2
    expect(out[0]).toBeCloseTo(1 - (0.005 + 0.000503) / 2, 6);
  });

  it('a life expectancy becomes the level whose life table gives it back, and women outlive men by the census gap at 77.93', () => {
    const table = mortalityTable(4.5, 6.2, 111.3);
    for (const e0 of [70, 77.93, 82]) {
      const k = levelFor(table, e0);
      const both = table.boys * lifeExpectancyAt(k, table.child, maleMortalityFactor) + (1 - table.boys) * lifeExpectancyAt(k, table.child, 1);
      expect(both).toBeCloseTo(e0, 2);
    }
    const k = levelFor(mortalityTable(5.4, 7.5, 111.3), 77.93);
    const child = childDeath(5.4, 7.5);
    expect(lifeExpectancyAt(k, child, 1) - lifeExpectancyAt(k, child, maleMortalityFactor)).toBeCloseTo(80.88 - 75.37, 1);
    // higher life expectancy, lower mortality
    expect(levelFor(table, 80)).toBeLessThan(levelFor(table, 75));
  });
});

describe('cohort recurrence', () => {
  const women30 = () => {
    const r = new Float64Array(2 * ages);
    r[ages + 30] = 1000;
    return r;
  };
  const inputs = { residents: women30(), steps: 2, infantMortalityPerMille: 0, under5MortalityPerMille: 0, sexRatioAtBirth: 100 };

  it('one step by hand: 1,000 women aged 30, total fertility 1.2, no child deaths, equal sexes at birth', () => {
    const s = projectCohorts(inputs, { totalFertilityRate: [1.2], lifeExpectancy: [78], netMigrationPerMille: [0] });
    const k = levelFor(mortalityTable(0, 0, 100), 78);
    const survive = 1 - k * qStandard(30);
    // schedule: 30–34 is 65.80 of 242.80 per five years → 65.80 ÷ 1214 a single year
    const phi = 65.8 / 1214;
    expect(fertilityShape[30]).toBeCloseTo(phi, 12);
    // births: 1.2 × [φ30 × (1000 + 0)/2 + φ31 × (0 + 1000·S30)/2]
    const births = 1.2 * (phi * 500 + phi * 500 * survive);
    expect(s.births[1]).toBeCloseTo(births, 9);
    expect(s.population[1]).toBeCloseTo(1000 * survive + births, 9);
    expect(s.underThree[1]).toBeCloseTo(births, 9);
    // the base year's births: the women at its start only
    expect(s.births[0]).toBeCloseTo(1.2 * phi * 1000, 9);
  });

  it('an observed total scales every cohort and the projection continues from it', () => {
    const rates = { totalFertilityRate: [1.2], lifeExpectancy: [78], netMigrationPerMille: [0] };
    const free = projectCohorts(inputs, rates);
    const seen = projectCohorts(inputs, { ...rates, observedPopulation: [undefined, 2000] });
    expect(seen.population[0]).toBe(free.population[0]);
    expect(seen.population[1]).toBeCloseTo(2000, 9);
    const f = 2000 / free.population[1]!;
    // every cohort scaled by f, no migration: the next year is the free path's scaled by f
    expect(seen.population[2]).toBeCloseTo(free.population[2]! * f, 6);
    expect(seen.underThree[1]).toBeCloseTo(free.underThree[1]! * f, 9);
  });

  it('net migrants are the rate × last year’s residents, spread by the schedule', () => {
    const rates = { totalFertilityRate: [0], lifeExpectancy: [78], netMigrationPerMille: [10] };
    const s = projectCohorts(inputs, rates);
    const none = projectCohorts(inputs, { ...rates, netMigrationPerMille: [0] });
    expect(migrationSchedule.reduce((a, x) => a + x, 0)).toBeCloseTo(1, 12);
    expect(s.population[1]! - none.population[1]!).toBeCloseTo(0.01 * 1000, 9);
  });
});

describe('national backtest', () => {
  it('2021–2024 from the 2020 census: births within 5 % and year-end population within 0.3 % on average', () => {
    const rows = backtest();
    expect(rows).toHaveLength(8);
    expect(meanError(rows, 'births')).toBeLessThan(0.05);
    expect(meanError(rows, 'population')).toBeLessThan(0.003);
  });

  it('the 2020 structure adds up to the total and keeps the bulletin’s bands', () => {
    const r = residentsByAge(1e6, nationalShares);
    let total = 0, old = 0;
    for (let sex = 0; sex < 2; sex++) for (let x = 0; x < ages; x++) { total += r[sex * ages + x]!; if (x >= 65) old += r[sex * ages + x]!; }
    expect(total).toBeCloseTo(1e6, 6);
    expect(old / total).toBeCloseTo(0.135, 3);
  });
});

describe('the five counties to 2030', () => {
  it('every county’s share aged 65+ rises from 2020 to 2030, and simulate’s series carry the age bands and children under 3', async () => {
    const { loadCountiesFromDisk } = await import('../../src/data/nodeSeeds.ts');
    const { runScenario } = await import('../../src/scenario/run.ts');
    const { pageDefaults } = await import('../../src/scenario/defaults.ts');
    const counties = loadCountiesFromDisk().counties;
    const reports = runScenario({ ...pageDefaults, horizon: 2030, draws: 0 }, counties);
    expect(reports).toHaveLength(5);
    for (const r of reports) {
      const s = r.series;
      expect(r.years.at(-1)).toBe(2030);
      for (const id of ['population_0_14', 'population_15_64', 'population_65_plus', 'under_three']) expect(s[id], `${r.id} ${id}`).toHaveLength(11);
      expect(s.share_65_plus![10], r.id).toBeGreaterThan(s.share_65_plus![0]!);
      // the bands add up to the residents
      for (let t = 0; t <= 10; t++) expect(s.population_0_14![t]! + s.population_15_64![t]! + s.population_65_plus![t]!).toBeCloseTo(s.population![t]!, 6);
      // the bed need moves with the older residents: above what the baseline's ages would ask by 2030
      expect(s.bed_need_per_1000![10]).toBeGreaterThan(s.bed_need_per_1000_at_base_ages![10]!);
    }
  });
});
