// npm run --silent plan-audit [-- --json] [-- --county ID]
// Prints the contradictions each plan contains, found by computation over seeds/.
import { parseArgs } from 'node:util';
import { loadCountiesFromDisk } from '../data/nodeSeeds.ts';
import { auditCounties, type Finding } from '../engine/audit/index.ts';
import { findingMessage } from '../i18n/findings.ts';
import { loadCatalogue } from '../i18n/catalogues.ts';

function fail(message: string): never {
  console.error(`plan-audit: ${message}`);
  process.exit(2);
}

let flags: { json?: boolean; county?: string } = {};
try {
  flags = parseArgs({ options: { json: { type: 'boolean' }, county: { type: 'string' } }, strict: true }).values;
} catch (e) {
  fail(`${(e as Error).message.split('\n')[0]!} (use --json, --county ID)`);
}
const json = flags.json ?? false;
const onlyCounty = flags.county;
if (onlyCounty === '') fail('--county needs a county id (use --json, --county ID)');

const { counties, errors } = loadCountiesFromDisk();
for (const e of errors) console.error(e);
if (errors.length) process.exit(1);

const selected = onlyCounty ? counties.filter((c) => c.id === onlyCounty) : counties;
if (onlyCounty && !selected.length) fail(`no county "${onlyCounty}" (have: ${counties.map((c) => c.id).join(', ')})`);

const findings = auditCounties(selected);
// the sentences are written in both languages
await Promise.all([loadCatalogue('zh'), loadCatalogue('en')]);
if (json) {
  const message = (f: Finding) => ({ zh: findingMessage(f, 'zh'), en: findingMessage(f, 'en') });
  console.log(JSON.stringify(findings.map((f) => ({ county: f.county, kind: f.kind, message: message(f), quotes: f.quotes })), null, 2));
} else {
  for (const c of selected) {
    const mine = findings.filter((f) => f.county === c.id);
    console.log(`\n${c.name.zh} ${c.name.en}: ${mine.length} finding(s)`);
    for (const f of mine) {
      console.log(`  [${f.kind}] ${findingMessage(f, 'zh')}\n      ${findingMessage(f, 'en')}`);
      for (const q of f.quotes) console.log(`      «${q.quote}» (${q.seed})`);
    }
  }
}
