// The command-line tools as a user runs them (npm run --silent plan-audit -- --json).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

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
    const bad = run('src/cli/plan-audit.ts', ['--bogus']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const none = run('src/cli/plan-audit.ts', ['--county', 'atlantis']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no county "atlantis"');
  }, 30_000);
});
