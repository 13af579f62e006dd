// What a link, a file or the saved list could not carry, in the reader's language. Notes are
// grouped by the kind of field, the reason and what was wrong, so a link with hundreds of broken
// entries reads in a line ("Project moves (300): no opening year, left out") that says where.
// Pure, so tests read the same sentences the banner shows.
import type { Dropped } from '../scenario/readScenario.ts';
import type { Messages } from './zh.ts';
import { fill, type Lang } from './fill.ts';
import { problemText } from './problems.ts';

export interface DroppedLine {
  /** the sentence: what, how many, why */
  text: string;
  /** where, as the reader knows it ("Pingshan County · p0, …"), or '' */
  places: string;
  /** the first note's path, for tools and tests */
  path: string;
  count: number;
}

/** the places a line names before "and N more" */
const placesShown = 3;

type Token = string | number;

function tokens(path: string): Token[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/gu)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/** the path with what varies from one entry to the next (county, project, index) taken out */
function shape(path: string): { pattern: Token[]; county: string | null; key: string | null } {
  const t = tokens(path);
  let county: string | null = null;
  let key: string | null = null;
  const pattern = t.map((x, i) => {
    if (i === 1 && t[0] === 'counties') return ((county = String(x)), '*');
    if (typeof x === 'number') return ((key = `#${x + 1}`), '[*]');
    if (i > 0 && (t[i - 1] === 'projects' || t[i - 1] === 'horizonTargets')) return ((key = x), '*');
    return x;
  });
  return { pattern, county, key };
}

function what(p: Token[], m: Messages): string | null {
  const param = (id: Token | undefined, name = '') => (typeof id === 'string' && Object.hasOwn(m.param, id) ? fill(m.param[id as keyof Messages['param']], { name }) : null);
  if (p.length === 1) {
    const top: Record<string, string> = {
      '(root)': m.wholeScenario, preset: m.scenario, horizon: m.horizon, seed: m.seedLabel, draws: m.drawsLabel,
      version: m.dropped.what.version, county: m.colCounty, indicator: m.colIndicator, lang: m.language, view: m.dropped.what.view,
    };
    return Object.hasOwn(top, String(p[0])) ? top[String(p[0])]! : null;
  }
  if (p[0] === 'unitCosts' && p.length === 2) return param(p[1]);
  if (p[0] !== 'counties') return null;
  if (p.length === 2) return m.colCounty;
  switch (p[2]) {
    case 'projects':
      return m.dropped.what.projectMove;
    case 'newProjects':
      return m.dropped.what.newProject;
    case 'horizonTargets':
      return m.dropped.what.horizonTarget;
    case 'budget10kYuan':
      return p.length === 3 ? m.budgetInput : null;
    case 'resources': {
      const r = p[3];
      if (typeof r !== 'string' || !Object.hasOwn(m.resourceName, r)) return null;
      const name = m.resourceName[r as keyof Messages['resourceName']];
      return p.length === 4 ? name : p.length === 5 ? param(p[4], name) : null;
    }
    default:
      return p.length === 3 ? param(p[2]) : null;
  }
}

function why(d: Dropped, lang: Lang, m: Messages): string {
  const problem = d.problem && d.problem.kind !== 'unknown_field' ? problemText(d.problem, lang, m) : null;
  if (d.reason === 'invalid_value') return problem ? `${problem}${m.dropped.leftOut}` : m.dropReason.invalid_value;
  if ((d.reason === 'capped' || d.reason === 'over_limit') && problem) return `${m.dropReason[d.reason]} (${problem})`;
  return m.dropReason[d.reason];
}

/** The notes as lines, one per kind of field, reason and problem, in the order first met. */
export function droppedLines(dropped: readonly Dropped[], lang: Lang, m: Messages, countyName: (id: string) => string | null): DroppedLine[] {
  const groups = new Map<string, { first: Dropped; places: string[]; count: number }>();
  for (const d of dropped) {
    const { pattern, county, key } = shape(d.path);
    const id = `${d.entry ?? ''}|${pattern.join('.')}|${d.reason}|${JSON.stringify(d.problem ?? null)}`;
    const group = groups.get(id) ?? { first: d, places: [], count: 0 };
    groups.set(id, group);
    group.count++;
    const name = county === null ? null : d.reason === 'unknown_county' ? county : (countyName(county) ?? county);
    const place = [name, key].filter((x) => x !== null).join(' · ');
    if (place && group.places.length <= placesShown && !group.places.includes(place)) group.places.push(place);
  }
  return [...groups.values()].map(({ first, places, count }) => {
    const label = what(shape(first.path).pattern, m) ?? first.path;
    const line = fill(m.dropped.line, { what: label, count: count > 1 ? fill(m.dropped.count, { n: count }) : '', why: why(first, lang, m) });
    const text = first.entry === undefined ? line : fill(m.dropped.inEntry, { name: first.entry, line });
    // more places than shown: the rest are counted
    const listed = places.slice(0, placesShown).join(', ');
    return { text, places: places.length > placesShown ? `${listed} ${fill(m.dropped.more, { n: count - placesShown })}` : listed, path: first.path, count };
  });
}
