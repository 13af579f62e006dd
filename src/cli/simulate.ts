// npm run --silent simulate -- [--county ID|all] [--scenario FILE.json] [--preset plan|trend]
//   [--horizon 2025|2030] [--draws N] [--seed S] [--format json|csv]
// Runs the engine in node on the seeds, as the page does. Flags override the scenario file.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadCountiesFromDisk } from '../data/nodeSeeds.ts';
import { fieldPath } from '../data/issues.ts';
import { projectCounty } from '../engine/projectCounty.ts';
import { monteCarlo } from '../engine/monteCarlo.ts';
import { countyReport, reportsToCsv, withUncertainty } from '../engine/report.ts';
import { scenario as scenarioSchema, type Scenario } from '../scenario/scenarioSchema.ts';
import { scenarioAssumptions } from '../scenario/applyScenario.ts';
import { defaultRanges } from '../scenario/uncertainty.ts';

function fail(message: string): never {
  console.error(`simulate: ${message}`);
  process.exit(2);
}

type Flags = Partial<Record<'county' | 'scenario' | 'preset' | 'horizon' | 'draws' | 'seed' | 'format', string>>;
let flags: Flags = {};
try {
  flags = parseArgs({
    options: Object.fromEntries(['county', 'scenario', 'preset', 'horizon', 'draws', 'seed', 'format'].map((k) => [k, { type: 'string' as const }])),
    strict: true,
  }).values as Flags;
} catch (e) {
  fail((e as Error).message.split('\n')[0]!);
}

let fromFile: unknown = { version: 1 };
if (flags.scenario !== undefined) {
  try {
    fromFile = JSON.parse(readFileSync(flags.scenario, 'utf8'));
  } catch (e) {
    fail(`cannot read scenario ${flags.scenario}: ${(e as Error).message.split('\n')[0]}`);
  }
}
// flags override the file; numbers given as flags are checked by the same schema
const asNumber = (v: string | undefined) => (v === undefined ? undefined : /^-?\d+$/u.test(v) ? Number(v) : v);
const merged = {
  ...(fromFile as object),
  ...(flags.preset !== undefined && { preset: flags.preset }),
  ...(flags.horizon !== undefined && { horizon: asNumber(flags.horizon) }),
  ...(flags.draws !== undefined && { draws: asNumber(flags.draws) }),
  ...(flags.seed !== undefined && { seed: asNumber(flags.seed) }),
};
const parsed = scenarioSchema.safeParse(merged);
if (!parsed.success) {
  const issue = parsed.error.issues[0]!;
  const flag = ['preset', 'horizon', 'draws', 'seed'].find((k) => issue.path[0] === k && flags[k as keyof Flags] !== undefined);
  fail(`${flag ? `--${flag}` : `${flags.scenario ?? 'scenario'}: ${fieldPath(issue.path)}`}: ${issue.message}`);
}
const s: Scenario = parsed.data;
const format = flags.format ?? 'json';
if (format !== 'json' && format !== 'csv') fail(`--format must be json or csv (got "${format}")`);

const { counties, errors } = loadCountiesFromDisk();
if (errors.length) fail(`seeds do not load: ${errors[0]}`);
const countyId = flags.county ?? 'all';
const selected = countyId === 'all' ? counties : counties.filter((c) => c.id === countyId);
if (!selected.length) fail(`no county "${countyId}" (have: ${counties.map((c) => c.id).join(', ')}, all)`);
const unknownCounty = Object.keys(s.counties).find((id) => !counties.some((c) => c.id === id));
if (unknownCounty) fail(`${flags.scenario}: counties.${unknownCounty}: no such county`);

const reports = selected.map((c) => {
  const assumptions = scenarioAssumptions(c, s);
  const report = countyReport(c, projectCounty(c, assumptions));
  return s.draws > 0 ? withUncertainty(report, monteCarlo(c, assumptions, defaultRanges, s.draws, s.seed)) : report;
});
if (format === 'csv') process.stdout.write(reportsToCsv(reports));
else console.log(JSON.stringify({ preset: s.preset, horizon: s.horizon, draws: s.draws, seed: s.seed, counties: reports }, null, 2));
