// npm run --silent simulate -- [--county ID|all] [--url LINK | --scenario FILE.json]
//   [--preset plan|trend] [--horizon 2025|2030] [--draws N] [--seed S] [--format json|csv]
//   [--evaluation | --outlook] [--synthetic N [--threads T]]
// --evaluation prints the final evaluation of each plan (its targets at their year: the value,
// observed or projected, the gap and the pace); --outlook what 2030 asks (json only): the 2030
// verdicts and the values reached in half and four in five of the draws.
// Runs the engine in node on the seeds, as the page does. A share link gives the page's numbers
// (its scenario, 2000 draws, seed 1); what the page would drop from it is warned about on stderr.
// A scenario file must be valid as a whole; what the reader repairs without losing anything (draws
// above the most a scenario may ask for, a repeated project id, a version that names none) is warned
// about. Flags override either. --synthetic N runs N copies of the five counties under their own
// ids in worker threads (T, one per core by default) and prints the batch's time and size, not
// its reports: a measure that the batch grows linearly.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadCountiesFromDisk } from '../data/nodeSeeds.ts';
import { evaluationToCsv, reportsToCsv } from '../engine/csv.ts';
import { scenario as scenarioSchema, scenarioVersion, type Scenario } from '../scenario/scenarioSchema.ts';
import { readScenarioText, type Dropped } from '../scenario/readScenario.ts';
import { decodeLink } from '../scenario/link.ts';
import { runOutlook, runScenario } from '../scenario/run.ts';
import { en } from '../i18n/en.ts';
import { defaultThreads, runSyntheticBatch } from './batch.ts';

function fail(message: string): never {
  console.error(`simulate: ${message}`);
  process.exit(2);
}
const describe = (d: Dropped) => `${d.path}: ${en.dropReason[d.reason]} (${d.detail})`;

const flagNames = ['county', 'url', 'scenario', 'preset', 'horizon', 'draws', 'seed', 'format', 'synthetic', 'threads'] as const;
const switchNames = ['evaluation', 'outlook'] as const;
type Flags = Partial<Record<(typeof flagNames)[number], string> & Record<(typeof switchNames)[number], boolean>>;
let flags: Flags = {};
try {
  const options = { ...Object.fromEntries(flagNames.map((k) => [k, { type: 'string' as const }])), ...Object.fromEntries(switchNames.map((k) => [k, { type: 'boolean' as const }])) };
  flags = parseArgs({ options, strict: true }).values as Flags;
} catch (e) {
  fail((e as Error).message.split('\n')[0]!);
}
if (flags.url !== undefined && flags.scenario !== undefined) fail('give --url or --scenario, not both');
if (flags.evaluation && flags.outlook) fail('give --evaluation or --outlook, not both');

const { counties, errors } = loadCountiesFromDisk();
if (errors.length) fail(`seeds do not load: ${errors[0]}`);
const known = counties.map((c) => c.id);

let base: Scenario = scenarioSchema.parse({ version: scenarioVersion });
if (flags.url !== undefined) {
  const hash = flags.url.includes('#') ? flags.url.slice(flags.url.indexOf('#')) : flags.url;
  const link = decodeLink(hash, known);
  for (const d of link.dropped) console.error(`simulate: warning: link: ${describe(d)}`);
  base = link.scenario;
} else if (flags.scenario !== undefined) {
  let text: string;
  try {
    text = readFileSync(flags.scenario, 'utf8');
  } catch (e) {
    fail(`cannot read scenario ${flags.scenario}: ${(e as Error).message.split('\n')[0]}`);
  }
  const read = readScenarioText(text, known);
  const repaired = (d: Dropped) => d.reason === 'capped' || d.reason === 'renamed' || d.reason === 'unknown_version';
  const lost = read.dropped.find((d) => !repaired(d));
  if (lost) fail(`${flags.scenario}: ${describe(lost)}`);
  for (const d of read.dropped) console.error(`simulate: warning: ${flags.scenario}: ${describe(d)}`);
  base = read.scenario;
}
// flags override; numbers given as flags are checked by the same schema
const asNumber = (v: string | undefined) => (v === undefined ? undefined : /^-?\d+$/u.test(v) ? Number(v) : v);
const merged = {
  ...base,
  ...(flags.preset !== undefined && { preset: flags.preset }),
  ...(flags.horizon !== undefined && { horizon: asNumber(flags.horizon) }),
  ...(flags.draws !== undefined && { draws: asNumber(flags.draws) }),
  ...(flags.seed !== undefined && { seed: asNumber(flags.seed) }),
};
const parsed = scenarioSchema.safeParse(merged);
if (!parsed.success) {
  const issue = parsed.error.issues[0]!;
  fail(`--${String(issue.path[0])}: ${issue.message}`);
}
const s: Scenario = parsed.data;
const format = flags.format ?? 'json';
if (format !== 'json' && format !== 'csv') fail(`--format must be json or csv (got "${format}")`);

const countyId = flags.county ?? 'all';
const selected = countyId === 'all' ? counties : counties.filter((c) => c.id === countyId);
if (!selected.length) fail(`no county "${countyId}" (have: ${counties.map((c) => c.id).join(', ')}, all)`);

if (flags.synthetic !== undefined) {
  const count = Number(flags.synthetic);
  const threads = flags.threads === undefined ? defaultThreads() : Number(flags.threads);
  if (!/^\d+$/u.test(flags.synthetic) || count < 1) fail(`--synthetic must be a whole number of counties (got "${flags.synthetic}")`);
  if (!Number.isInteger(threads) || threads < 1) fail(`--threads must be a whole number of at least 1 (got "${flags.threads}")`);
  const t0 = performance.now();
  const reports = await runSyntheticBatch(s, selected, count, threads);
  const ms = performance.now() - t0;
  const met = reports.reduce((sum, r) => sum + r.verdicts.filter((v) => v.met === true).length, 0);
  console.log(JSON.stringify({ counties: reports.length, draws: s.draws, seed: s.seed, threads, ms: Math.round(ms), msPerCounty: Number((ms / count).toFixed(3)), targetsProjectedMet: met }));
  process.exit(0);
}
if (flags.outlook) {
  if (format !== 'json') fail('--outlook prints json only');
  console.log(JSON.stringify({ preset: s.preset, seed: s.seed, counties: selected.map((c) => ({ id: c.id, ...runOutlook(s, c) })) }, null, 2));
  process.exit(0);
}
const reports = runScenario(s, selected);
if (flags.evaluation) {
  if (format === 'csv') process.stdout.write(evaluationToCsv(reports));
  else console.log(JSON.stringify({ preset: s.preset, horizon: s.horizon, counties: reports.map((r) => ({ id: r.id, evaluation: r.evaluation })) }, null, 2));
} else if (format === 'csv') process.stdout.write(reportsToCsv(reports));
else console.log(JSON.stringify({ preset: s.preset, horizon: s.horizon, draws: s.draws, seed: s.seed, counties: reports }, null, 2));
