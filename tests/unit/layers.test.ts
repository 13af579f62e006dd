// The layers hold: data flows one way (seeds → parameters → scenario → engine → report → UI), so a
// folder imports only the folders beneath it, and no file imports itself round a cycle. A new
// upward import or cycle fails here, naming the files.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const src = resolve(import.meta.dirname, '../../src');

/** what each folder of src/ may import besides itself */
const allowed: Record<string, readonly string[]> = {
  data: [],
  engine: ['data'],
  scenario: ['data', 'engine'],
  i18n: ['data', 'engine', 'scenario'],
  runtime: ['data', 'engine', 'scenario'],
  charts: ['i18n', 'runtime'],
  cli: ['data', 'engine', 'scenario', 'i18n'],
  ui: ['data', 'engine', 'scenario', 'i18n', 'runtime', 'charts'],
  '.': ['ui'],
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : /\.(ts|svelte)$/u.test(e.name) ? [join(dir, e.name)] : []));
}

/** every module a file names: static and dynamic imports, re-exports, worker URLs */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]/gu),
    ...text.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/gu),
    ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/gu),
    ...text.matchAll(/new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/gu),
  ].map((m) => m[1]!);
  return specifiers
    .filter((s) => s.startsWith('.'))
    .map((s) => {
      const target = resolve(dirname(file), s);
      // './x.svelte' may name the module 'x.svelte.ts'
      return existsSync(target) ? target : `${target}.ts`;
    });
}

const folderOf = (file: string) => {
  const parts = relative(src, file).split(/[\\/]/u);
  return parts.length > 1 ? parts[0]! : '.';
};

/** every cycle a depth-first search meets, as "a → b → a" */
function cyclesIn(g: ReadonlyMap<string, readonly string[]>): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    path.push(f);
    for (const t of g.get(f) ?? []) {
      if (state.get(t) === 'open') cycles.push([...path.slice(path.indexOf(t)), t].join(' → '));
      else if (!state.has(t) && g.has(t)) visit(t);
    }
    path.pop();
    state.set(f, 'done');
  };
  for (const f of g.keys()) if (!state.has(f)) visit(f);
  return cycles;
}

const files = filesUnder(src);
const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe('layers', () => {
  it('every import points down (or across its own folder), and every import resolves', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      for (const target of targets) {
        const from = folderOf(file);
        const to = folderOf(target);
        if (!existsSync(target)) wrong.push(`${relative(src, file)} → ${relative(src, target)} (no such file)`);
        else if (from !== to && !allowed[from]?.includes(to)) wrong.push(`${relative(src, file)} → ${relative(src, target)} (${from} may not import ${to})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('no import cycles, type-only imports included', () => {
    // the search itself finds a cycle where there is one
    expect(cyclesIn(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual(['a → b → c → a']);
    expect(cyclesIn(graph).map((c) => c.replaceAll(`${src}/`, ''))).toEqual([]);
  });

  it('the check reads real imports: the UI imports the engine, the engine never the UI', () => {
    const edges = [...graph].flatMap(([f, ts]) => ts.map((t) => `${folderOf(f)}→${folderOf(t)}`));
    expect(edges).toContain('ui→engine');
    expect(edges).toContain('runtime→scenario');
    expect(edges).not.toContain('engine→ui');
  });
});
