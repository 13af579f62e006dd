// npm run --silent simulate -- [--county ID|all] [--preset plan|trend] [--horizon 2025|2030] [--draws N] [--seed S] [--format json|csv]
// Runs the engine in node on the seeds, as the page does.
import { parseArgs } from 'node:util';
import { loadCountiesFromDisk } from '../data/nodeSeeds.ts';
import { presetAssumptions, presetIds, type PresetId } from '../scenario/presets.ts';
import { projectCounty } from '../engine/projectCounty.ts';
import { countyReport, reportsToCsv, withUncertainty } from '../engine/report.ts';
import { monteCarlo } from '../engine/monteCarlo.ts';
import { defaultRanges } from '../scenario/uncertainty.ts';

function fail(message: string): never {
  console.error(`simulate: ${message}`);
  process.exit(2);
}

let values: { county: string; preset: string; horizon: string; format: string; draws: string; seed: string };
try {
  ({ values } = parseArgs({
    options: {
      county: { type: 'string', default: 'all' },
      preset: { type: 'string', default: 'plan' },
      horizon: { type: 'string', default: '2025' },
      format: { type: 'string', default: 'json' },
      draws: { type: 'string', default: '0' },
      seed: { type: 'string', default: '1' },
    },
    strict: true,
  }) as { values: typeof values });
} catch (e) {
  fail((e as Error).message.split('\n')[0]!);
}

if (!presetIds.includes(values.preset as PresetId)) fail(`--preset must be one of ${presetIds.join(', ')} (got "${values.preset}")`);
const horizon = Number(values.horizon);
if (horizon !== 2025 && horizon !== 2030) fail(`--horizon must be 2025 or 2030 (got "${values.horizon}")`);
if (values.format !== 'json' && values.format !== 'csv') fail(`--format must be json or csv (got "${values.format}")`);
const draws = Number(values.draws);
if (!Number.isInteger(draws) || draws < 0 || draws > 1_000_000) fail(`--draws must be a whole number from 0 to 1000000 (got "${values.draws}")`);
const seed = Number(values.seed);
if (!Number.isInteger(seed) || Math.abs(seed) > 2 ** 31) fail(`--seed must be a whole number (got "${values.seed}")`);

const { counties, errors } = loadCountiesFromDisk();
if (errors.length) fail(`seeds do not load: ${errors[0]}`);
const selected = values.county === 'all' ? counties : counties.filter((c) => c.id === values.county);
if (!selected.length) fail(`no county "${values.county}" (have: ${counties.map((c) => c.id).join(', ')}, all)`);

const reports = selected.map((c) => {
  const assumptions = presetAssumptions(c, values.preset as PresetId, horizon);
  const report = countyReport(c, projectCounty(c, assumptions));
  return draws > 0 ? withUncertainty(report, monteCarlo(c, assumptions, defaultRanges, draws, seed)) : report;
});
if (values.format === 'csv') process.stdout.write(reportsToCsv(reports));
else console.log(JSON.stringify({ preset: values.preset, horizon, draws, seed, counties: reports }, null, 2));
