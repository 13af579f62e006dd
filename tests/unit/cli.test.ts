// The command-line tools as a user runs them (npm run --silent plan-audit -- --json).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeLink, pageDefaults } from '../../src/scenario/link.ts';
import { maxDraws } from '../../src/scenario/scenarioSchema.ts';

const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8', cwd: process.cwd() });

describe('plan-audit CLI', () => {
  it('prints every finding as JSON with county, kind, bilingual message and quotes', () => {
    const out = run('src/cli/plan-audit.ts', ['--json']);
    expect(out.status).toBe(0);
    const findings = JSON.parse(out.stdout) as { county: string; kind: string; message: { zh: string; en: string }; quotes: { seed: string; quote: string }[] }[];
    expect(new Set(findings.map((f) => f.county))).toEqual(new Set(['shanhaiguan', 'pingshan', 'xiangshan', 'fushan', 'shandan']));
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual(['county', 'kind', 'message', 'quotes']);
      expect(f.message.zh).toMatch(/[\u4e00-\u9fff]/u);
      expect(f.quotes.length).toBeGreaterThan(0);
    }
    // Pingshan's doctor:nurse ratio: 1：0.88 stated, 1.90 ÷ 2.61 = 0.73 computed
    expect(findings.some((f) => f.county === 'pingshan' && f.kind === 'ratio_target_conflict' && f.message.en.includes('1:0.73'))).toBe(true);
  }, 30_000);

  it('filters by county and refuses unknown arguments with a one-line error', () => {
    const one = run('src/cli/plan-audit.ts', ['--json', '--county', 'shandan']);
    expect(new Set((JSON.parse(one.stdout) as { county: string }[]).map((f) => f.county))).toEqual(new Set(['shandan']));
    for (const args of [['--bogus'], ['--county'], ['--county', ''], ['stray'], ['--json=yes']]) {
      const bad = run('src/cli/plan-audit.ts', args);
      expect(bad.status, args.join(' ')).toBe(2);
      expect(bad.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(bad.stderr.trim(), args.join(' ')).toMatch(/^plan-audit: .*\(use --json, --county ID\)$/u);
    }
    const none = run('src/cli/plan-audit.ts', ['--county', 'atlantis']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no county "atlantis"');
  }, 30_000);
});

describe('simulate CLI', () => {
  it('plan preset: every county meets each per-capita target it plans for; ratios show the plan’s own tension', () => {
    const out = run('src/cli/simulate.ts', ['--county', 'all', '--preset', 'plan']);
    expect(out.status).toBe(0);
    const d = JSON.parse(out.stdout) as { preset: string; horizon: number; counties: { id: string; years: number[]; series: Record<string, number[]>; verdicts: { indicator: string; met: boolean | null; projected: number; target: number }[] }[] };
    expect(d.counties.map((c) => c.id)).toEqual(['shanhaiguan', 'pingshan', 'xiangshan', 'fushan', 'shandan']);
    for (const c of d.counties) {
      expect(c.years).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
      expect(c.series.population).toHaveLength(6);
      for (const v of c.verdicts) if (!v.indicator.endsWith('_ratio')) expect(v.met, `${c.id} ${v.indicator}`).toBe(true);
    }
    // Pingshan's own targets, 2.0 nurses over 2.80 doctors, cannot reach 医护比 1:1.12
    const ratio = d.counties.find((c) => c.id === 'pingshan')!.verdicts.find((v) => v.indicator === 'doctor_nurse_ratio')!;
    expect(ratio.met).toBe(false);
    expect(ratio.projected).toBeCloseTo(2.0 / 2.8, 2);
  }, 30_000);

  it('trend preset as CSV: one row per county, series and year', () => {
    const out = run('src/cli/simulate.ts', ['--county', 'shandan', '--preset', 'trend', '--format', 'csv']);
    expect(out.status).toBe(0);
    const lines = out.stdout.trim().split('\n');
    expect(lines[0]).toBe('county,series,year,value,target,status,probability,basis');
    expect(lines).toContain('shandan,population,2020,150262,,,,projected');
    // doctors start at the stated 509 (004:41)
    expect(lines).toContain('shandan,doctors,2020,509,,,,projected');
    // a target year carries the target and the status the page shows (no probability without draws)
    expect(lines.find((l) => l.startsWith('shandan,beds_per_1000,2025,'))).toMatch(/^shandan,beds_per_1000,2025,[\d.]+,9\.66,(met|missed),,projected$/u);
    expect(lines.every((l, i) => i === 0 || /^shandan,[a-z_0-9]+,20\d\d,-?[\d.e+-]+,([\d.]+,(met|at_risk|missed|not_computable),[\d.]*|,,),projected$/u.test(l))).toBe(true);
  }, 30_000);

  it('--draws adds probabilities and bands, the same for the same seed', () => {
    const args = ['--county', 'shandan', '--draws', '500', '--seed', '9'];
    const a = JSON.parse(run('src/cli/simulate.ts', args).stdout) as { counties: { bands: Record<string, { p90: number[] }>; verdicts: { probability: number; status: string }[] }[] };
    const b = JSON.parse(run('src/cli/simulate.ts', args).stdout) as typeof a;
    expect(b).toEqual(a);
    for (const v of a.counties[0]!.verdicts) {
      expect(v.probability).toBeGreaterThanOrEqual(0);
      expect(v.probability).toBeLessThanOrEqual(1);
    }
    expect(a.counties[0]!.bands.doctors_per_1000!.p90).toHaveLength(6);
    expect(a.counties[0]!.verdicts.every((v) => ['met', 'at_risk', 'missed', 'not_computable'].includes(v.status))).toBe(true);
  }, 30_000);

  it('--horizon 2030 runs ten years and judges each 2025 target again in 2030, carried forward', () => {
    const d = JSON.parse(run('src/cli/simulate.ts', ['--county', 'pingshan', '--horizon', '2030']).stdout) as { counties: { years: number[]; verdicts: { indicator: string; year: number; target: number }[] }[] };
    const c = d.counties[0]!;
    expect(c.years).toHaveLength(11);
    const beds = c.verdicts.filter((v) => v.indicator === 'beds_per_1000');
    expect(beds.map((v) => v.year)).toEqual([2025, 2030]);
    expect(beds[1]!.target).toBe(beds[0]!.target);
  }, 30_000);

  it('a bad flag gets a one-line error and exit 2', () => {
    for (const args of [['--draws', '-3'], ['--seed', 'x'], ['--preset', 'magic'], ['--horizon', '2040'], ['--format', 'xml'], ['--county', 'atlantis'], ['--nonsense']]) {
      const out = run('src/cli/simulate.ts', args);
      expect(out.status, args.join(' ')).toBe(2);
      expect(out.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  }, 60_000);
});

describe('simulate --scenario', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scenario-'));
  const file = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };
  type Out = { counties: { id: string; series: Record<string, number[]>; verdicts: { indicator: string; met: boolean }[] }[] };

  it('a bed wing a year late: Pingshan’s 2025 beds fall by the wing’s 450 and the target is missed', () => {
    const plan = JSON.parse(run('src/cli/simulate.ts', ['--county', 'pingshan']).stdout) as Out;
    const late = JSON.parse(run('src/cli/simulate.ts', ['--county', 'pingshan', '--scenario', file('late.json', { version: 1, counties: { pingshan: { projects: { county_hospital_expansion: { openingYear: 2026 } } } } })]).stdout) as Out;
    expect(plan.counties[0]!.series.beds![5]! - late.counties[0]!.series.beds![5]!).toBeCloseTo(450, 6);
    expect(late.counties[0]!.verdicts.find((v) => v.indicator === 'beds_per_1000')!.met).toBe(false);
  }, 30_000);

  it('a 2030 target entered by the user replaces the carried-forward one', () => {
    const path = file('2030.json', { version: 1, horizon: 2030, counties: { shandan: { horizonTargets: { beds_per_1000: 99 } } } });
    const out = JSON.parse(run('src/cli/simulate.ts', ['--county', 'shandan', '--scenario', path]).stdout) as { counties: { verdicts: { indicator: string; year: number; target: number; met: boolean }[] }[] };
    const beds = out.counties[0]!.verdicts.filter((v) => v.indicator === 'beds_per_1000');
    expect(beds.map((v) => [v.year, v.target, v.met])).toEqual([[2025, 9.66, true], [2030, 99, false]]);
  }, 30_000);

  it('flags override the file', () => {
    const path = file('trend.json', { version: 1, preset: 'trend', horizon: 2030 });
    const out = JSON.parse(run('src/cli/simulate.ts', ['--county', 'shandan', '--scenario', path, '--horizon', '2025']).stdout) as { preset: string; horizon: number };
    expect(out).toMatchObject({ preset: 'trend', horizon: 2025 });
  }, 30_000);

  it('a bad file is refused in one line that names the field', () => {
    const cases: [string, RegExp][] = [
      [file('bad-type.json', { version: 1, counties: { shandan: { birthRatePerMille: 'many' } } }), /counties\.shandan\.birthRatePerMille/u],
      [file('bad-version.json', { version: 7 }), /version/u],
      [file('bad-county.json', { version: 1, counties: { atlantis: {} } }), /counties\.atlantis: no such county/u],
      [file('not-json.json', '{ "version": '), /not valid JSON/u],
    ];
    for (const [path, message] of cases) {
      const out = run('src/cli/simulate.ts', ['--scenario', path]);
      expect(out.status, path).toBe(2);
      expect(out.stderr.trim().split('\n'), path).toHaveLength(1);
      expect(out.stderr, path).toMatch(message);
    }
  }, 60_000);

  it('a file asking for a million draws runs with the most a scenario may ask for, and says so', () => {
    const out = run('src/cli/simulate.ts', ['--county', 'shandan', '--scenario', file('million.json', { version: 2, draws: 1_000_000 })]);
    expect(out.status).toBe(0);
    expect((JSON.parse(out.stdout) as { draws: number }).draws).toBe(maxDraws);
    expect(out.stderr.trim()).toBe(`simulate: warning: ${join(dir, 'million.json')}: draws: more than may be asked for; the most allowed is used (1000000 > ${maxDraws})`);
    const flag = run('src/cli/simulate.ts', ['--county', 'shandan', '--draws', '1000000']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain('--draws');
  }, 60_000);

  it('--url prints the numbers the page shows for a share link: its scenario, 2000 draws, seed 1', () => {
    const s = { ...pageDefaults, preset: 'trend' as const, counties: { pingshan: { projects: { county_hospital_expansion: { openingYear: 2026 } } } } };
    const link = `http://127.0.0.1:4173/${encodeLink({ scenario: s, county: 'pingshan', indicator: null, lang: 'en', view: 'main' })}`;
    const viaUrl = run('src/cli/simulate.ts', ['--county', 'pingshan', '--url', link, '--format', 'csv']);
    expect(viaUrl.status).toBe(0);
    expect(viaUrl.stderr).toBe('');
    const viaFile = run('src/cli/simulate.ts', ['--county', 'pingshan', '--scenario', file('same.json', s), '--format', 'csv']);
    expect(viaUrl.stdout).toBe(viaFile.stdout);
    expect(viaUrl.stdout).toMatch(/^pingshan,beds_per_1000_p50,2025,/mu);
    // a damaged link runs on what it could carry and says what it dropped
    const damaged = run('src/cli/simulate.ts', ['--county', 'pingshan', '--url', link.replace('county=pingshan', 'county=atlantis'), '--draws', '0']);
    expect(damaged.status).toBe(0);
    expect(damaged.stderr).toMatch(/warning: link: county: no such county \(atlantis\)/u);
  }, 60_000);

  it('--url and --scenario together are refused', () => {
    const out = run('src/cli/simulate.ts', ['--url', '#lang=en', '--scenario', file('x.json', { version: 2 })]);
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/not both/u);
  }, 30_000);
});

describe('files as users save them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'files-'));
  const example = readFileSync('seeds/examples/shandan-excerpt.json', 'utf8');
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('a JSON file with a byte-order mark (Windows Notepad) is read by validate-seed and simulate --scenario', () => {
    const seed = run('src/cli/validate-seed.ts', [write('bom-seed.json', `\uFEFF${example}`)]);
    expect([seed.status, seed.stderr]).toEqual([0, '']);
    const scenario = run('src/cli/simulate.ts', ['--county', 'shandan', '--scenario', write('bom-scenario.json', `\uFEFF${JSON.stringify({ version: 3, preset: 'trend' })}`)]);
    expect(scenario.status, scenario.stderr).toBe(0);
    expect((JSON.parse(scenario.stdout) as { preset: string }).preset).toBe('trend');
  }, 30_000);

  it('validate-seed names a plan called constructor, __proto__ or toString like any other, without a stack trace', () => {
    for (const name of ['constructor', '__proto__', 'toString']) {
      const out = run('src/cli/validate-seed.ts', [write(`${name}.json`, example.replaceAll('004_247927373e6f304d.txt', name))]);
      expect(out.status, name).toBe(1);
      expect(out.stderr, name).toContain(`quote not found in ${name}`);
      expect(out.stderr, name).not.toMatch(/\n\s+at /u);
    }
  }, 30_000);

  it('validate-seed refuses repeated ids by name (exit 1), as the page and the build do', () => {
    const twice = JSON.parse(example) as { indicators: unknown[] };
    twice.indicators.push(twice.indicators[0]);
    const out = run('src/cli/validate-seed.ts', [write('twice.json', JSON.stringify(twice))]);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('twice.json: indicators[2].id: the same id as [0]');
  }, 30_000);
});

describe('parameters CLI', () => {
  it('prints one row per row of the parameter table, and the README shows exactly that table', async () => {
    const { parameterList } = await import('../../src/data/parameters.ts');
    const out = run('src/cli/parameters.ts', []);
    expect(out.status).toBe(0);
    const rows = out.stdout.trim().split('\n').slice(2);
    expect(rows.map((r) => /^\| `([a-zA-Z0-9]+)` \|/u.exec(r)?.[1])).toEqual(parameterList.map((p) => p.id));
    // each plan's own infant mortality is its default (Shandan states 2.58‰, Pingshan 3.80‰ in its prose);
    // a plan that states none gets the national 4.50‰
    const infant = rows.find((r) => r.startsWith('| `infantMortalityPerMille`'))!;
    expect(infant).toContain('Shandan County 2.58‰');
    expect(infant).toContain('Pingshan County 3.80‰');
    expect(infant).toMatch(/^\| `infantMortalityPerMille` \| Infant mortality \| [^|]+ \| 4\.50‰; /u);
    const readme = readFileSync('README.md', 'utf8');
    const block = readme.slice(readme.indexOf('-->\n', readme.indexOf('<!-- parameters:')) + 4, readme.indexOf('<!-- /parameters -->'));
    expect(block).toBe(out.stdout);
  }, 30_000);
});

describe('simulate after 2025: observed values, the final evaluation and 2030', () => {
  const dir = mkdtempSync(join(tmpdir(), 'observed-'));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const observed = { version: 4, counties: { pingshan: { observed: { beds: { 2023: 2600, 2024: 2750 }, doctors: { 2023: 1150, 2024: { value: 1190, source: '平山县统计公报 2024' } }, beds_per_1000: { 2025: { value: 6.9, source: '统计公报 2025' } } } } } };

  it('a scenario file with observed values: each verdict says its basis and where its target comes from', () => {
    const out = run('src/cli/simulate.ts', ['--county', 'pingshan', '--horizon', '2030', '--scenario', write('observed.json', JSON.stringify(observed))]);
    expect(out.status).toBe(0);
    const verdicts = (JSON.parse(out.stdout) as { counties: { verdicts: { indicator: string; year: number; basis: string; targetSource: { kind: string }; shown: number }[] }[] }).counties[0]!.verdicts;
    const beds2025 = verdicts.find((v) => v.indicator === 'beds_per_1000' && v.year === 2025)!;
    expect([beds2025.basis, beds2025.shown, beds2025.targetSource.kind]).toEqual(['observed', 6.9, 'county']);
    expect(verdicts.find((v) => v.indicator === 'gps_per_10k' && v.year === 2030)!.targetSource.kind).toBe('national_benchmark');
    expect(verdicts.find((v) => v.indicator === 'doctors_per_1000' && v.year === 2030)!.targetSource.kind).toBe('carried_forward');
  }, 30_000);

  it('--evaluation prints the final evaluation, with the source of an observed value', () => {
    const out = run('src/cli/simulate.ts', ['--county', 'pingshan', '--evaluation', '--format', 'csv', '--scenario', write('observed-eval.json', JSON.stringify(observed))]);
    expect(out.status).toBe(0);
    const lines = out.stdout.trim().split('\n');
    expect(lines[0]).toBe('county,indicator,year,value,basis,source,target,comparator,status,gap,baseline,pace_achieved_per_year,pace_needed_per_year');
    // 5.24 → 6.90 over five years is 0.332 a year; 7.14 needed 0.38
    expect(lines).toContain('pingshan,beds_per_1000,2025,6.9,observed,统计公报 2025,7.14,>=,missed,-0.24,5.24,0.332,0.38');
  }, 30_000);

  it('--outlook prints 2030 verdicts and reachable values; the same for the same seed', () => {
    const args = ['--county', 'pingshan', '--outlook', '--draws', '300', '--scenario', write('observed-outlook.json', JSON.stringify(observed))];
    const a = JSON.parse(run('src/cli/simulate.ts', args).stdout) as { counties: { year: number; verdicts: unknown[]; trend: { indicator: string; atHalf: number; atFourInFive: number }[] }[] };
    expect(a.counties[0]!.year).toBe(2030);
    expect(a.counties[0]!.verdicts.length).toBeGreaterThan(5);
    for (const r of a.counties[0]!.trend) expect(r.atFourInFive).toBeLessThanOrEqual(r.atHalf);
    expect(JSON.parse(run('src/cli/simulate.ts', args).stdout)).toEqual(a);
  }, 60_000);
});
