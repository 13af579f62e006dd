// Two scenarios side by side, on values: the inputs in which they differ (every assumption of
// every county, each as a number in force, compared as numbers) and the verdicts whose status or
// shown value differs. The page and the printout render these rows; they compare nothing themselves.
import { resources } from '../data/catalogue.ts';
import type { InputValue } from '../engine/inputs.ts';
import type { CountyReport, VerdictRow } from '../engine/report.ts';
import { costParameters, parameters, toDisplay, type CostField } from '../data/parameters.ts';
import { unitCostsFor } from './applyScenario.ts';
import type { RunScenario } from './run.ts';
import { pageDefaults } from './defaults.ts';

export type ScenarioField = 'preset' | 'horizon' | 'seed' | 'draws';

export type InputDiff =
  | { key: string; kind: 'scenario'; field: ScenarioField; a: string | number; b: string | number }
  | { key: string; kind: 'cost'; field: CostField; a: number; b: number; digits: number }
  /** one county's input: the row on each side (null where that side has no such input: a project
   * only one side added, a 2030 target only one side entered) */
  | { key: string; kind: 'county'; county: string; a: InputValue | null; b: InputValue | null; digits: number };

/** The fewest decimals (at least `base`) at which two numbers print differently, so a difference
 * is never shown as two equal strings. */
export function digitsToTell(a: number, b: number, base: number): number {
  for (let d = base; d < base + 8; d++) if (a.toFixed(d) !== b.toFixed(d)) return d;
  return base + 8;
}

/** the decimals a county input is shown with: its parameter's, or more where two values would print alike */
function shownDigits(x: InputValue | null, y: InputValue | null): number {
  const either = (x ?? y)!;
  if (either.kind === 'project' || either.kind === 'newProject') return 0;
  // counts (residents, beds, staff) are whole numbers; rates keep two decimals
  if (either.kind === 'observed') return either.series === 'population' || (resources as readonly string[]).includes(either.series) ? 0 : 2;
  const base = either.kind === 'parameter' ? parameters[either.parameter].display.digits : 2;
  const shown = (i: InputValue | null) => (i && i.kind === either.kind && 'value' in i && typeof i.value === 'number' ? (i.kind === 'parameter' ? toDisplay(parameters[i.parameter], i.value) : i.value) : null);
  const a = shown(x);
  const b = shown(y);
  return a !== null && b !== null ? digitsToTell(a, b, base) : base;
}

const sameInput = (a: InputValue | null, b: InputValue | null): boolean => {
  if (!a || !b) return a === b;
  if (a.kind === 'newProject' && b.kind === 'newProject') return a.name === b.name && a.resource === b.resource && a.amount === b.amount && a.openingYear === b.openingYear;
  if (a.kind === 'observed' && b.kind === 'observed') return Object.is(a.value, b.value) && a.source === b.source;
  return 'value' in a && 'value' in b && Object.is(a.value, b.value);
};

/** the inputs of two scenarios that differ, scenario-wide first, then county by county */
export function inputDiffs(sa: RunScenario, ra: readonly CountyReport[], sb: RunScenario, rb: readonly CountyReport[]): InputDiff[] {
  const rows: InputDiff[] = [];
  for (const field of ['preset', 'horizon', 'seed', 'draws'] as const) {
    if (sa[field] !== sb[field]) rows.push({ key: field, kind: 'scenario', field, a: sa[field], b: sb[field] });
  }
  const ca = unitCostsFor(sa);
  const cb = unitCostsFor(sb);
  for (const p of costParameters) {
    if (ca[p.id] !== cb[p.id]) rows.push({ key: `unitCosts.${p.id}`, kind: 'cost', field: p.id, a: ca[p.id], b: cb[p.id], digits: digitsToTell(ca[p.id], cb[p.id], p.display.digits) });
  }
  const counties = [...new Set([...ra.map((r) => r.id), ...rb.map((r) => r.id)])];
  for (const county of counties) {
    const a = new Map((ra.find((r) => r.id === county)?.inputs ?? []).map((i) => [i.key, i]));
    const b = new Map((rb.find((r) => r.id === county)?.inputs ?? []).map((i) => [i.key, i]));
    for (const key of new Set([...a.keys(), ...b.keys()])) {
      const x = a.get(key) ?? null;
      const y = b.get(key) ?? null;
      if (sameInput(x, y)) continue;
      rows.push({ key: `${county}:${key}`, kind: 'county', county, a: x, b: y, digits: shownDigits(x, y) });
    }
  }
  return rows;
}

export interface VerdictDiff {
  county: string;
  indicator: string;
  a: VerdictRow;
  b: VerdictRow;
  /** the status differs (met, at risk, missed) */
  statusChanged: boolean;
  /** the status or the value shown differs */
  changed: boolean;
}

/** Every verdict of the year on both sides, with whether it changed. */
export function verdictDiffs(ra: readonly CountyReport[], rb: readonly CountyReport[], year: number): VerdictDiff[] {
  const rows: VerdictDiff[] = [];
  for (const a of ra) {
    const b = rb.find((r) => r.id === a.id);
    for (const va of a.verdicts) {
      if (va.year !== year) continue;
      const vb = b?.verdicts.find((v) => v.indicator === va.indicator && v.year === year);
      if (!vb) continue;
      const statusChanged = va.status !== vb.status;
      rows.push({ county: a.id, indicator: va.indicator, a: va, b: vb, statusChanged, changed: statusChanged || !Object.is(va.shown, vb.shown) });
    }
  }
  return rows;
}

/** What a scenario changed: its scenario-wide settings against the page's defaults, and each
 * county's inputs against the reference scenario (side a: the reference, side b: in force). */
export function changedInputs(s: RunScenario, reports: readonly CountyReport[]): InputDiff[] {
  const reference = reports.map((r) => ({
    ...r,
    inputs: r.inputs.flatMap((i): InputValue[] => (i.kind === 'newProject' || i.kind === 'horizonTarget' || i.kind === 'observed' ? [] : [{ ...i, value: i.reference } as InputValue])),
  }));
  return inputDiffs({ ...pageDefaults, counties: {} }, reference, s, reports);
}
