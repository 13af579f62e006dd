// Checks seed files against the schema and their quotes against the plan texts.
// Usage: npm run --silent validate-seed -- seeds/pingshan.json [more.json]
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { county } from '../data/seedSchema.ts';
import { missingQuotes } from '../data/quoteCheck.ts';
import { formatZodIssues } from '../data/issues.ts';
import { withoutBom } from '../data/safeJson.ts';

const plansDir = join(import.meta.dirname, '../../seeds/plans');
const planTexts = Object.fromEntries(
  readdirSync(plansDir).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(join(plansDir, f), 'utf8')]),
);

let failed = false;
for (const file of process.argv.slice(2)) {
  let json: unknown;
  try {
    json = JSON.parse(withoutBom(readFileSync(file, 'utf8')));
  } catch (e) {
    console.error(`${basename(file)}: not valid JSON: ${(e as Error).message}`);
    failed = true;
    continue;
  }
  const parsed = county.safeParse(json);
  if (!parsed.success) {
    for (const line of formatZodIssues(basename(file), parsed.error)) console.error(line);
    failed = true;
    continue;
  }
  const missing = missingQuotes(parsed.data, planTexts);
  for (const m of missing) console.error(`${basename(file)}: ${m.path}: quote not found in ${m.seed}: «${m.quote}»`);
  if (missing.length) failed = true;
  else console.log(`${basename(file)}: ok (${parsed.data.indicators.length} indicators, ${parsed.data.figures.length} figures, ${parsed.data.projects.length} projects)`);
}
process.exit(failed ? 1 : 0);
