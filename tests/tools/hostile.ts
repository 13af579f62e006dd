// The hostile figures for the record (issue 17): generated links and files through the codec, the
// salvage, the engine and the CSV, counting exceptions, valid data lost and the slowest link.
// Seeded, so the counts repeat; the times are this machine's. Usage: npx tsx tests/tools/hostile.ts
import fc from 'fast-check';
import { decodeLink } from '../../src/scenario/link.ts';
import { readScenarioText } from '../../src/scenario/readScenario.ts';
import { scenario as scenarioSchema } from '../../src/scenario/scenarioSchema.ts';
import { runScenario } from '../../src/scenario/run.ts';
import { reportsToCsv } from '../../src/engine/csv.ts';
import { loadCountiesFromDisk } from '../../src/data/nodeSeeds.ts';
import { countyIds, scenarioArb } from '../unit/arbitraries/scenario.ts';

const { counties } = loadCountiesFromDisk();
const known = [...countyIds];
const junk = fc.oneof(fc.constant(null), fc.boolean(), fc.double(), fc.string({ maxLength: 8 }), fc.constant([]), fc.constant({}), fc.constant('constructor'), fc.integer(), fc.constant(1e-320));

/** a valid scenario with up to five fields broken, anywhere */
const mutated = fc.tuple(scenarioArb, fc.array(fc.tuple(fc.nat(), junk), { maxLength: 5 })).map(([s, edits]) => {
  const copy = JSON.parse(JSON.stringify(s)) as Record<string, unknown>;
  for (const [at, value] of edits) {
    let node: Record<string, unknown> = copy;
    for (let depth = 0; depth < 5; depth++) {
      const keys = Object.keys(node);
      if (!keys.length) break;
      const key = keys[(at >> depth) % keys.length]!;
      const child = node[key];
      if (depth < 4 && typeof child === 'object' && child !== null && (at >> depth) % 3) node = child as Record<string, unknown>;
      else {
        node[key] = value;
        break;
      }
    }
  }
  return copy;
});
/** the shapes the hostile test sent: many broken entries, many figures of draws, repeated ids */
const bulk = fc.tuple(fc.integer({ min: 1, max: 5000 }), fc.constantFrom('moves', 'projects', 'draws', 'ids')).map(([n, kind]) => {
  if (kind === 'moves') return { version: 2, preset: 'trend', counties: { pingshan: { totalFertilityRate: 1.1, projects: Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, {}])) } } };
  if (kind === 'projects') return { version: 3, counties: { fushan: { newProjects: Array.from({ length: n }, (_, i) => ({ id: `user_${i % 7}`, name: 'x', resource: 'beds', amount: i % 3 ? 5 : 'x', openingYear: 2024 })) } } };
  if (kind === 'draws') return { version: 2, draws: n * 1000 };
  return { version: 3, counties: { shandan: { newProjects: Array.from({ length: Math.min(n, 60) }, () => ({ id: 'user_same', name: 'y', resource: 'beds', amount: 1, openingYear: 2025 })) } } };
});

let tried = 0;
let exceptions = 0;
let invalid = 0;
let slowest = { ms: 0, chars: 0 };
const check = (link: string, run: boolean) => {
  tried++;
  try {
    const started = performance.now();
    const read = decodeLink(link, known);
    const ms = performance.now() - started;
    if (ms > slowest.ms) slowest = { ms, chars: link.length };
    if (!scenarioSchema.safeParse(read.scenario).success) invalid++;
    if (run) reportsToCsv(runScenario({ ...read.scenario, draws: Math.min(read.scenario.draws, 10) }, counties));
  } catch (e) {
    exceptions++;
    console.error(link.slice(0, 200), e);
  }
};
for (const v of fc.sample(mutated, { numRuns: 4000, seed: 17 })) check(`#j=${encodeURIComponent(JSON.stringify(v))}`, true);
for (const v of fc.sample(bulk, { numRuns: 200, seed: 17 })) check(`#j=${encodeURIComponent(JSON.stringify(v))}`, false);
for (const t of fc.sample(fc.oneof(fc.string(), fc.json()), { numRuns: 2000, seed: 17 })) {
  tried++;
  try {
    if (!scenarioSchema.safeParse(readScenarioText(t, known).scenario).success) invalid++;
  } catch {
    exceptions++;
  }
}
console.log(`inputs tried: ${tried}; exceptions: ${exceptions}; scenarios not valid after reading: ${invalid}; slowest link: ${slowest.ms.toFixed(0)} ms (${slowest.chars.toLocaleString('en')} characters)`);
