// A scenario's inputs as labelled rows, for the comparison table and the printed report: one row
// per value the user set, keyed so two scenarios line up row by row.
import type { County } from '../data/seedSchema.ts';
import type { Resource } from '../data/catalogue.ts';
import type { Messages } from '../i18n/zh.ts';
import type { Lang } from '../i18n/fill.ts';
import { fill } from '../i18n/fill.ts';
import type { Scenario } from '../scenario/scenarioSchema.ts';
import { formatDecimals } from './format.ts';
import { presetAssumptions } from '../scenario/presets.ts';

export interface InputRow {
  key: string;
  label: string;
  value: string;
}

export function inputRows(s: Scenario, counties: readonly County[], lang: Lang, m: Messages): InputRow[] {
  const n = (v: number, digits = 2) => formatDecimals(lang, v, digits);
  const rows: InputRow[] = [
    { key: 'preset', label: m.scenario, value: s.preset === 'plan' ? m.presetPlan : m.presetTrend },
    { key: 'horizon', label: m.horizon, value: String(s.horizon) },
    { key: 'seed', label: m.seedLabel, value: String(s.seed) },
    { key: 'draws', label: m.drawsLabel, value: String(s.draws) },
  ];
  const costs = s.unitCosts ?? {};
  if (costs.bedCapital !== undefined) rows.push({ key: 'unitCosts.bedCapital', label: m.costBed, value: n(costs.bedCapital) });
  if (costs.childcarePlaceCapital !== undefined) rows.push({ key: 'unitCosts.childcarePlaceCapital', label: m.costSlot, value: n(costs.childcarePlaceCapital) });
  if (costs.staffYearly !== undefined) rows.push({ key: 'unitCosts.staffYearly', label: m.costStaffYearly, value: n(costs.staffYearly) });
  for (const [id, o] of Object.entries(s.counties)) {
    const county = counties.find((c) => c.id === id);
    const name = county?.name[lang] ?? id;
    const add = (key: string, label: string, value: string) => rows.push({ key: `counties.${id}.${key}`, label: `${name} · ${label}`, value });
    if (o.birthRatePerMille !== undefined) add('birthRatePerMille', m.birthRate, `${n(o.birthRatePerMille)}‰`);
    if (o.deathRatePerMille !== undefined) add('deathRatePerMille', m.deathRate, `${n(o.deathRatePerMille)}‰`);
    if (o.netMigrationPerMille !== undefined) add('netMigrationPerMille', m.netMigration, `${n(o.netMigrationPerMille)}‰`);
    if (o.budget10kYuan !== undefined) add('budget10kYuan', m.budgetInput, n(o.budget10kYuan, 0));
    for (const [r, change] of Object.entries(o.resources ?? {}) as [Resource, { attrition?: number; additionsPerYear?: number }][]) {
      const resource = m.resourceName[r] ?? r;
      if (change.additionsPerYear !== undefined) add(`resources.${r}.additionsPerYear`, fill(m.additionsPerYear, { name: resource }), n(change.additionsPerYear, 1));
      if (change.attrition !== undefined) add(`resources.${r}.attrition`, fill(m.attritionOf, { name: resource }), `${n(change.attrition * 100, 1)}%`);
    }
    for (const [pid, change] of Object.entries(o.projects ?? {})) {
      const project = county?.projects.find((p) => p.id === pid);
      add(`projects.${pid}`, `${project?.name[lang] ?? pid} · ${m.openingYear}`, change.openingYear === null ? m.cancelled : String(change.openingYear));
    }
    for (const p of o.newProjects ?? []) {
      add(`newProjects.${p.id}`, fill(m.newProjectLabel, { name: p.name }), fill(m.projectValue, { amount: n(p.amount, 0), unit: p.resource === 'beds' ? m.unitBeds : m.unitPlaces, year: p.openingYear }));
    }
    for (const [ind, target] of Object.entries(o.horizonTargets ?? {})) {
      add(`horizonTargets.${ind}`, fill(m.target2030, { name: county?.indicators.find((i) => i.id === ind)?.label[lang] ?? ind }), n(target, 3));
    }
  }
  return rows;
}

/** What a key the scenario leaves alone stands at in its reference preset (for comparisons). */
export function referenceValue(key: string, s: Scenario, counties: readonly County[], lang: Lang, m: Messages): string | null {
  const [, countyId, field, sub, leaf] = key.split('.');
  const county = counties.find((c) => c.id === countyId);
  if (!key.startsWith('counties.') || !county) return null;
  const base = presetAssumptions(county, s.preset, s.horizon);
  const last = (xs: readonly number[]) => xs[xs.length - 1] ?? 0;
  const n = (v: number, digits = 2) => formatDecimals(lang, v, digits);
  if (field === 'birthRatePerMille') return `${n(last(base.birthRatePerMille))}‰`;
  if (field === 'deathRatePerMille') return `${n(last(base.deathRatePerMille))}‰`;
  if (field === 'netMigrationPerMille') return `${n(last(base.netMigrationPerMille))}‰`;
  if (field === 'resources' && sub) {
    const r = base.resources[sub as Resource];
    if (!r) return null;
    if (leaf === 'attrition') return `${n(r.attrition * 100, 1)}%`;
    if (leaf === 'additionsPerYear') return r.gainPer1000PerYear !== undefined ? null : n(r.additionsPerYear, 1);
  }
  if (field === 'projects' && sub) {
    const p = county.projects.find((x) => x.id === sub);
    return p ? (p.openingYear === null ? m.cancelled : String(p.openingYear)) : null;
  }
  return null;
}
