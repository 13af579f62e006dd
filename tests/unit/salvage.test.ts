// Nothing valid is lost with what is broken: for any valid scenario with one field broken, the
// scenario read back is the original without that field (or without what holds it, where the field
// is required, such as a project's year), and the note names it. A seeded fuzzer, bounded for CI.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readScenarioText } from '../../src/scenario/readScenario.ts';
import { scenario as scenarioSchema, scenarioVersion, type Scenario } from '../../src/scenario/scenarioSchema.ts';
import { fieldPath } from '../../src/data/issues.ts';
import { countyIds, scenarioArb } from './arbitraries/scenario.ts';

type Path = (string | number)[];
const known = [...countyIds];
const defaults = scenarioSchema.parse({ version: scenarioVersion });

function leaves(value: unknown, path: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [path];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, Array.isArray(value) ? Number(k) : k]));
}
const at = (root: unknown, path: Path) => path.reduce<any>((node, k) => node[k], root);
function without(root: Record<string, unknown>, path: Path) {
  const parent = at(root, path.slice(0, -1));
  const last = path.at(-1)!;
  if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
}
/** what goes when the field at `path` is broken: a required field takes its holder with it */
const dropped = (path: Path): Path => (path.includes('newProjects') || path.includes('projects') ? path.slice(0, path.indexOf(path.includes('newProjects') ? 'newProjects' : 'projects') + 2) : path);

describe('salvage, field by field', () => {
  it('one broken field costs that field (or its holder), nothing else (seeded)', () => {
    let tried = 0;
    fc.assert(
      fc.property(scenarioArb, fc.nat(), (s, pick) => {
        const fields = leaves(s).filter((p) => p[0] !== 'version');
        fc.pre(fields.length > 0);
        const path = fields[pick % fields.length]!;
        const broken = structuredClone(s) as Record<string, any>;
        const parent = at(broken, path.slice(0, -1));
        parent[path.at(-1)!] = typeof at(s, path) === 'string' ? 12345 : 'not this';
        const read = readScenarioText(JSON.stringify(broken), known);
        const expected = structuredClone(s) as Record<string, any>;
        const gone = dropped(path);
        without(expected, gone);
        if (gone.length === 1 && gone[0]! in defaults) expected[gone[0] as string] = defaults[gone[0] as keyof Scenario];
        expect(read.scenario).toEqual(expected);
        expect(read.dropped.map((d) => d.path)).toEqual([fieldPath(gone)]);
        tried++;
      }),
      { numRuns: 1000, seed: 17 },
    );
    expect(tried).toBeGreaterThan(900);
  });
});
