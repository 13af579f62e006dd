// The scenario the page shows and its projections, fetched from the engine worker: the
// deterministic answer first, then the Monte Carlo probabilities. Every edit sends a new request
// that supersedes the ones in flight, so typing or dragging never shows a stale answer. Every
// edit can be undone; a burst of edits (a dragged slider) is one step.
import { createEngineClient, type EngineMode } from '../worker/client.ts';
import type { CountyReport } from '../engine/report.ts';
import type { PresetId } from '../scenario/presets.ts';
import type { CountyOverrides, Scenario } from '../scenario/scenarioSchema.ts';
import { pageDefaults } from '../scenario/link.ts';
import { importedCounties } from './importedCounties.svelte.ts';
import type { ProjectionRequest } from '../worker/engineApi.ts';

// Two workers: the deterministic projection answers each edit at once and never waits behind the
// slower questions (Monte Carlo, the tornado, the budget), which go to the second.
const client = createEngineClient();
const analysisClient = createEngineClient();
/** Monte Carlo waits until edits pause this long, so a dragged slider does not queue runs in the worker */
const settleMs = 100;
/** edits closer together than this are one undo step */
const undoBurstMs = 800;
const undoDepth = 100;

export const defaultScenario = (): Scenario => structuredClone(pageDefaults) as Scenario;

class Projections {
  /** the engine for quick, deterministic questions (a comparison) */
  readonly client = client;
  /** the engine for slower questions (tornado, budget) */
  readonly analysisClient = analysisClient;
  scenario = $state<Scenario>(defaultScenario());
  reports = $state<CountyReport[] | null>(null);
  withProbabilities = $state(false);
  mode = $state<EngineMode>(client.mode);
  fallbackReason = $state<string | null>(client.fallbackReason);
  /** how long edits must pause before the slower answers are asked for */
  readonly settleMs = settleMs;
  /** workers replaced after a failure, across both */
  restarts = $state(0);
  failure = $state<string | null>(null);
  /** earlier scenarios, most recent last, and the ones undone */
  private undoStack = $state<Scenario[]>([]);
  private redoStack = $state<Scenario[]>([]);
  private lastEditAt = 0;

  constructor() {
    for (const c of [client, analysisClient]) {
      c.onModeChange(() => {
        this.mode = client.mode === 'main-thread' || analysisClient.mode === 'main-thread' ? 'main-thread' : 'worker';
        this.fallbackReason = c.fallbackReason;
        this.restarts = client.restarts + analysisClient.restarts;
      });
    }
    void this.refresh();
  }

  get preset(): PresetId {
    return this.scenario.preset;
  }
  /** what the user changed, per county */
  get overrides(): Scenario['counties'] {
    return this.scenario.counties;
  }
  /** unit costs the user set (万元), over the sourced defaults */
  get unitCosts(): NonNullable<Scenario['unitCosts']> {
    return this.scenario.unitCosts ?? {};
  }
  get canUndo() {
    return this.undoStack.length > 0;
  }
  get canRedo() {
    return this.redoStack.length > 0;
  }

  /** the one way the scenario changes: remembered for undo (unless nothing changed), then projected */
  private commit(next: Scenario, { coalesce = true } = {}) {
    const current = $state.snapshot(this.scenario) as Scenario;
    if (JSON.stringify(next) === JSON.stringify(current)) return;
    const now = performance.now();
    if (!coalesce || now - this.lastEditAt > undoBurstMs || !this.undoStack.length) {
      this.undoStack = [...this.undoStack.slice(-(undoDepth - 1)), current];
    }
    this.lastEditAt = coalesce ? now : 0;
    this.redoStack = [];
    this.scenario = next;
    void this.refresh();
  }

  private edited(change: (s: Scenario) => void, options?: { coalesce?: boolean }) {
    const next = $state.snapshot(this.scenario) as Scenario;
    change(next);
    this.commit(next, options);
  }

  /** a whole scenario from a link, a file, a saved list or a named case: one undo step */
  load(next: Scenario) {
    // a snapshot: the scenario may come from another store's state (a saved list)
    this.commit($state.snapshot(next) as Scenario, { coalesce: false });
  }

  /** the scenario a link opened with: where the page starts, not an edit to undo */
  replace(next: Scenario) {
    this.scenario = $state.snapshot(next) as Scenario;
    this.undoStack = [];
    this.redoStack = [];
    void this.refresh();
  }

  undo() {
    this.step('undoStack', 'redoStack');
  }

  redo() {
    this.step('redoStack', 'undoStack');
  }

  /** back or forward one edit: the scenario on screen goes onto the other stack */
  private step(from: 'undoStack' | 'redoStack', to: 'undoStack' | 'redoStack') {
    const target = this[from].at(-1);
    if (!target) return;
    this[to] = [...this[to], $state.snapshot(this.scenario) as Scenario];
    this[from] = this[from].slice(0, -1);
    this.scenario = target;
    this.lastEditAt = 0;
    void this.refresh();
  }

  choose(preset: PresetId) {
    this.edited((s) => (s.preset = preset), { coalesce: false });
  }

  chooseHorizon(horizon: Scenario['horizon']) {
    this.edited((s) => (s.horizon = horizon), { coalesce: false });
  }

  report(countyId: string) {
    return this.reports?.find((r) => r.id === countyId) ?? null;
  }

  /** replaces one county's overrides (undefined fields are defaults) */
  setOverrides(countyId: string, next: CountyOverrides) {
    const cleaned = JSON.parse(JSON.stringify(next)) as CountyOverrides;
    this.edited((s) => {
      delete s.counties[countyId];
      if (Object.keys(cleaned).length) s.counties[countyId] = cleaned;
    });
  }

  setUnitCost(key: keyof NonNullable<Scenario['unitCosts']>, value: number | undefined) {
    this.edited((s) => {
      const costs = { ...s.unitCosts };
      if (value === undefined) delete costs[key];
      else costs[key] = value;
      if (Object.keys(costs).length) s.unitCosts = costs;
      else delete s.unitCosts;
    });
  }

  /** the request every engine call of the page uses: the scenario as it stands */
  request(): ProjectionRequest & { draws: number } {
    return this.requestFor($state.snapshot(this.scenario) as Scenario);
  }

  /** the engine request for any scenario, with the counties the user imported */
  requestFor(s: Scenario): ProjectionRequest & { draws: number } {
    const { version: _v, ...request } = s;
    return importedCounties.items.length ? { ...request, importedCounties: $state.snapshot(importedCounties.items) } : request;
  }

  /** after the set of counties changed */
  recompute() {
    void this.refresh();
  }

  private generation = 0;
  /** which scenario the complete answer on screen (probabilities included) is for */
  private answered = $state('');
  private keyOf(request: ProjectionRequest) {
    const { importedCounties, ...scenario } = request;
    return JSON.stringify([scenario, importedCounties?.map((c) => c.id)]);
  }

  /** the reports on screen are the whole answer (with probabilities) for the scenario on screen */
  get complete(): boolean {
    return this.reports !== null && this.answered === this.keyOf(this.request());
  }

  private async refresh() {
    const request = this.request();
    const mine = ++this.generation;
    const key = this.keyOf(request);
    try {
      const quick = await client.project('scorecard', { ...request, draws: 0 });
      // a newer edit's answer wins, whichever worker answers first
      if (!quick || mine !== this.generation) return;
      if (!this.reports) performance.mark('chps:first-projection');
      this.reports = quick;
      this.withProbabilities = false;
      if (request.draws === 0) {
        this.answered = key;
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      if (mine !== this.generation) return;
      const full = await analysisClient.project('scorecard', request);
      if (!full || mine !== this.generation) return;
      this.reports = full;
      this.withProbabilities = true;
      this.answered = key;
      this.failure = null;
    } catch (e) {
      this.failure = (e as Error).message;
    }
  }
}

export const projections = new Projections();
