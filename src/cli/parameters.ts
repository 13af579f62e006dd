// npm run --silent parameters [-- --update-readme]: the parameter table (src/data/parameters.ts)
// as the Markdown table the README shows — every assumption, where a scenario sets it, its unit,
// its default for the five counties, the source of that default, the values accepted and its
// uncertainty. A test keeps the README's copy equal to this output (--update-readme writes it
// there), so the README lists the assumptions the code declares.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCountiesFromDisk } from '../data/nodeSeeds.ts';
import { parameterList, toDisplay, type Parameter, type Sourced } from '../data/parameters.ts';
import { resources, type Resource } from '../data/catalogue.ts';
import { en } from '../i18n/en.ts';
import { fill } from '../i18n/fill.ts';
import { formatDecimals, withUnit } from '../i18n/numberFormat.ts';

const counties = loadCountiesFromDisk().counties;
const unit = (p: Parameter) => en.displayUnit[p.display.unit];
const shown = (p: Parameter, v: number, digits = p.display.digits) => withUnit(formatDecimals('en', toDisplay(p, v), digits), unit(p));

function where(p: Parameter): string {
  if (p.scope === 'scenario') return `unitCosts.${p.id}`;
  if (p.scope === 'resource') return p.control ? `counties.ID.resources.R.${p.id}` : '(not set by scenarios)';
  return p.control ? `counties.ID.${p.id}` : '(not set by scenarios)';
}

function sourceOf(d: Sourced): string {
  const p = d.provenance;
  if (p.kind === 'stated') return 'the county’s plan';
  if (p.kind === 'derived') return 'worked out from the county’s plan';
  return p.source.titleEn ?? p.source.title;
}

/** the default as the five counties have it: one value, or the common value and the exceptions */
function defaults(p: Parameter): { value: string; source: string } {
  if (p.scope === 'scenario') {
    const d = p.default();
    return { value: shown(p, d.value), source: d.provenance.kind === 'derived' ? d.provenance.formula : sourceOf(d) };
  }
  const per: { who: string; d: Sourced }[] =
    p.scope === 'county'
        ? counties.map((c) => ({ who: c.name.en, d: p.default(c, [c.plan.baselineYear, c.plan.targetYear]) }))
        : counties.flatMap((c) => p.resources.map((r) => ({ who: `${c.name.en} ${r}`, d: p.default(c, r) })).filter((x): x is { who: string; d: Sourced } => x.d !== null));
  if (p.scope === 'resource' && p.id === 'additionsPerYear') return { value: 'what the reference scenario adds', source: 'plan as written: the yearly addition that just meets the target; otherwise replacement' };
  if (p.scope === 'resource') {
    const byResource = new Map<Resource, Sourced>();
    for (const r of p.resources) {
      const d = p.default(counties[0]!, r);
      if (d) byResource.set(r, d);
    }
    const groups = new Map<string, { resources: Resource[]; d: Sourced }>();
    for (const r of resources) {
      const d = byResource.get(r);
      if (!d) continue;
      const key = shown(p, d.value);
      groups.set(key, { resources: [...(groups.get(key)?.resources ?? []), r], d });
    }
    return {
      value: [...groups].map(([v, g]) => `${v} (${g.resources.map((r) => en.resourceName[r]).join(', ')})`).join('; '),
      source: [...new Set([...groups.values()].map((g) => sourceOf(g.d)))].join('; '),
    };
  }
  // an assumption the same for every county is one value; one sourced county by county (its census
  // age shares) is listed as the plans' own figures are
  const sameEverywhere = new Set(per.filter((x) => x.d.provenance.kind === 'assumption').map((x) => shown(p, x.d.value))).size <= 1;
  const common = sameEverywhere ? per.filter((x) => x.d.provenance.kind === 'assumption') : [];
  const own = per.filter((x) => x.d.provenance.kind !== 'assumption' || !sameEverywhere);
  // where every bundled plan states its own value, the default is what a plan stating none gets
  const planless = { ...counties[0]!, indicators: [], figures: [] };
  const base = common[0] ?? { who: '', d: p.default(planless, [planless.plan.baselineYear, planless.plan.targetYear]) };
  const series = base.d.series && new Set(base.d.series).size > 1 ? ' (national rates by year: this from the last year on)' : '';
  const each = own.map((x) => `${x.who} ${shown(p, x.d.value)}`).join(', ');
  const value = sameEverywhere ? `${shown(p, base.d.value)}${series}${own.length ? `; ${each}` : ''}` : each;
  const source = [...new Set((sameEverywhere ? [base, ...own] : own).map((x) => sourceOf(x.d)))].join('; ');
  return { value, source };
}

function uncertainty(p: Parameter): string {
  const u = p.uncertainty;
  if (!u) return '—';
  return u.relative !== undefined ? `±${formatDecimals('en', u.relative * 100, 0)} % of the value in force` : `±${withUnit(formatDecimals('en', u.absolute, 0), unit(p))} around the value in force`;
}

/** the values accepted, with the unit once: "0 to 50‰" */
function accepted(p: Parameter): string {
  const n = (v: number) => formatDecimals('en', toDisplay(p, v), Number.isInteger(toDisplay(p, v)) ? 0 : p.display.digits);
  return withUnit(`${n(p.bounds.min)} to ${n(p.bounds.max)}`, unit(p));
}

const label = (p: Parameter) => fill(en.param[p.id], { name: 'Each resource' }).replace('Each resource added', 'Each resource: added');
const rows = parameterList.map((p) => {
  const d = defaults(p);
  return `| \`${p.id}\` | ${label(p)} | ${where(p)} | ${d.value} | ${d.source} | ${accepted(p)} | ${uncertainty(p)} |`;
});
const table = `${['| id | assumption | in a scenario | default | source of the default | accepted | uncertainty (Monte Carlo, tornado) |', '|---|---|---|---|---|---|---|', ...rows].join('\n')}\n`;
if (process.argv.includes('--update-readme')) {
  const path = join(import.meta.dirname, '../../README.md');
  const readme = readFileSync(path, 'utf8');
  const start = readme.indexOf('-->\n', readme.indexOf('<!-- parameters:')) + 4;
  writeFileSync(path, readme.slice(0, start) + table + readme.slice(readme.indexOf('<!-- /parameters -->')));
} else process.stdout.write(table);
