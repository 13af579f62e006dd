// npm run --silent plan-audit [-- --json] [-- --county ID]
// Prints the contradictions each plan contains, found by computation over seeds/.
import { loadCountiesFromDisk } from '../data/nodeSeeds.ts';
import { auditCounties, type Finding } from '../engine/audit/index.ts';
import { findingMessage } from '../i18n/findings.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const countyAt = args.indexOf('--county');
const onlyCounty = countyAt >= 0 ? args[countyAt + 1] : undefined;
const unknown = args.filter((a, i) => a !== '--json' && a !== '--county' && !(countyAt >= 0 && i === countyAt + 1));
if (unknown.length || (countyAt >= 0 && !onlyCounty)) {
  console.error(`plan-audit: unknown or incomplete arguments: ${args.join(' ')} (use --json, --county ID)`);
  process.exit(2);
}

const { counties, errors } = loadCountiesFromDisk();
for (const e of errors) console.error(e);
if (errors.length) process.exit(1);

const selected = onlyCounty ? counties.filter((c) => c.id === onlyCounty) : counties;
if (onlyCounty && !selected.length) {
  console.error(`plan-audit: no county "${onlyCounty}" (have: ${counties.map((c) => c.id).join(', ')})`);
  process.exit(2);
}

const findings = auditCounties(selected);
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
