// The scenario the page shows and its answers from the engine: the deterministic answer first,
// then the Monte Carlo bands and probabilities, asked for on every step of a drag. Requests go
// through one scheduler (latest wins per channel), so typing or dragging never queues work behind
// the workers. While a slider is dragged, the last Monte Carlo answer stays on screen with each
// newer projection until the next arrives (`following`); once edits pause, probabilities are only
// ever shown with the scenario they were computed for. Every edit can be undone; a burst of edits
// (a dragged slider) is one step.
import { createEngineClient } from '../runtime/engineClient.ts';
import type { EndpointMode } from '../runtime/endpoint.ts';
import { Scheduler } from '../runtime/scheduler.ts';
import type { EngineApi, ProjectionRequest } from '../runtime/engineApi.ts';
import type { CountyReport } from '../engine/report.ts';
import type { Finding } from '../engine/audit/index.ts';
import type { County } from '../data/seedSchema.ts';
import type { PresetId } from '../engine/presets.ts';
import type { CostField } from '../data/parameters.ts';
import { withUnitCost } from '../scenario/edit.ts';
import type { CountyOverrides, Scenario } from '../scenario/scenarioSchema.ts';
import { defaultScenario, sameScenario } from '../scenario/defaults.ts';
import { withUncertaintyOf } from '../engine/report.ts';
import { markRecurring } from '../runtime/perfMarks.ts';
import { importedCounties } from './importedCounties.svelte.ts';
import { untrack } from 'svelte';

// Two workers: the deterministic projection answers each edit at once and never waits behind the
// slower questions (Monte Carlo, the tornado, the budget), which go to the second.
const client = createEngineClient();
const analysisClient = createEngineClient();
const scheduler = new Scheduler();
/** the slower answers (tornado, economics, a split, Monte Carlo for a single edit) wait until edits
 * pause this long, so a dragged slider does not queue runs; a drag's Monte Carlo does not wait */
const settleMs = 100;
/** Monte Carlo draws on each step of a drag (the scenario's own count once it pauses) */
export const dragDraws = 250;
/** edits closer together than this are one undo step */
const undoBurstMs = 800;
/** a whole answer of an earlier step of a drag waits this long for the next step to carry it */
const frameMs = 16;
/** a drag's Monte Carlo that answers within this long (once started) keeps up with the finger */
const keepsUpMs = 4 * frameMs;
const undoDepth = 100;

export { defaultScenario };

type Answer<K extends keyof EngineApi> = ReturnType<EngineApi[K]>;

class Projections {
  scenario = $state.raw<Scenario>(defaultScenario());
  reports = $state.raw<CountyReport[] | null>(null);
  /** the reports on screen before the last edit began (a dragged slider is one edit): what the
   * answer strip shows as "before → after" */
  before = $state.raw<CountyReport[] | null>(null);
  withProbabilities = $state(false);
  /** the probabilities on screen are those of an earlier step of the drag going on */
  following = $state(false);
  mode = $state<EndpointMode>(client.mode);
  fallbackReason = $state<string | null>(client.fallbackReason);
  /** workers replaced after a failure, across both */
  restarts = $state(0);
  failure = $state<string | null>(null);
  /** earlier scenarios, most recent last, and the ones undone */
  private undoStack = $state.raw<Scenario[]>([]);
  private redoStack = $state.raw<Scenario[]>([]);
  private lastEditAt = 0;
  /** the scenario on screen continues the edit before it (a drag): its bands may follow */
  private inBurst = false;
  /** the last deterministic answer, and the last whole answer of this burst of edits */
  private deterministic: CountyReport[] | null = null;
  private lastWhole: { reports: CountyReport[]; editedAt: number } | null = null;

  constructor() {
    for (const c of [client, analysisClient]) {
      c.onModeChange(() => {
        this.mode = client.mode === 'page' || analysisClient.mode === 'page' ? 'page' : 'worker';
        this.fallbackReason = c.fallbackReason;
        this.restarts = client.restarts + analysisClient.restarts;
      });
    }
    void this.refresh();
    // a county imported or removed (here or in another tab) joins or leaves every request
    let seen: unknown = null;
    $effect.root(() => {
      $effect(() => {
        const items = importedCounties.items;
        if (seen !== null && items !== seen) untrack(() => void this.refresh());
        seen = items;
      });
    });
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
    const current = this.scenario;
    if (sameScenario(next, current)) return;
    const now = performance.now();
    const newStep = !coalesce || now - this.lastEditAt > undoBurstMs || !this.undoStack.length;
    if (newStep) {
      this.undoStack = [...this.undoStack.slice(-(undoDepth - 1)), current];
      this.before = this.reports;
    }
    this.inBurst = !newStep;
    this.lastEditAt = coalesce ? now : 0;
    this.redoStack = [];
    this.scenario = next;
    void this.refresh();
  }

  /** a whole scenario from a link, a file, a saved list or a named case: one undo step */
  load(next: Scenario) {
    // a copy: the scenario may belong to another store (a saved list)
    this.commit(structuredClone($state.snapshot(next)) as Scenario, { coalesce: false });
  }

  /** the scenario a link opened with: where the page starts, not an edit to undo */
  replace(next: Scenario) {
    this.scenario = structuredClone($state.snapshot(next)) as Scenario;
    this.inBurst = false;
    this.undoStack = [];
    this.redoStack = [];
    this.before = null;
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
    this[to] = [...this[to], this.scenario];
    this[from] = this[from].slice(0, -1);
    this.before = this.reports;
    this.scenario = target;
    this.lastEditAt = 0;
    this.inBurst = false;
    void this.refresh();
  }

  choose(preset: PresetId) {
    this.commit({ ...this.scenario, preset }, { coalesce: false });
  }

  chooseHorizon(horizon: Scenario['horizon']) {
    this.commit({ ...this.scenario, horizon }, { coalesce: false });
  }

  report(countyId: string) {
    return this.reports?.find((r) => r.id === countyId) ?? null;
  }

  /** replaces one county's overrides (undefined fields are defaults) */
  setOverrides(countyId: string, next: CountyOverrides) {
    const cleaned = JSON.parse(JSON.stringify(next)) as CountyOverrides;
    const counties = { ...this.scenario.counties };
    delete counties[countyId];
    if (Object.keys(cleaned).length) counties[countyId] = cleaned;
    this.commit({ ...this.scenario, counties });
  }

  setUnitCost(field: CostField, value: number | undefined) {
    this.commit(withUnitCost(this.scenario, field, value));
  }

  /** the engine request for a scenario, with the counties the user imported */
  requestFor(s: Scenario): ProjectionRequest & { draws: number } {
    const { version: _v, ...request } = s;
    return importedCounties.items.length ? { ...request, importedCounties: $state.snapshot(importedCounties.items) as ProjectionRequest['importedCounties'] } : request;
  }

  /** after the set of counties changed */
  recompute() {
    this.inBurst = false;
    void this.refresh();
  }

  /** A slower question about the scenario on screen (a tornado, the economics, a budget split), once edits pause:
   * the answer, or null when a newer question on the channel replaced it or the scenario moved on. */
  async ask<K extends 'sensitivity' | 'economics' | 'split' | 'outlook'>(channel: string, method: K, countyId: string, ...more: Parameters<EngineApi[K]> extends [unknown, unknown, ...infer R] ? R : never): Promise<Answer<K> | null> {
    const scenario = this.scenario;
    const request = this.requestFor(scenario);
    const call = analysisClient.call as (method: K, request: ProjectionRequest, countyId: string, ...more: unknown[]) => Promise<Answer<K>>;
    const run = scheduler.run(channel, () => call(method, request, countyId, ...more), { settleMs });
    const answer = await run.answer;
    return answer !== null && scheduler.asked(channel) === run.request && this.scenario === scenario ? answer : null;
  }

  /** Where the plans contradict themselves, for the counties loaded now (null: the counties changed
   * before the answer came). */
  async findings(): Promise<Finding[] | null> {
    const imported = importedCounties.items;
    const run = scheduler.run('audit', () => analysisClient.call('audit', imported.length ? { importedCounties: $state.snapshot(imported) as County[] } : {}));
    const answer = await run.answer;
    return answer && scheduler.asked('audit') === run.request && importedCounties.items === imported ? answer : null;
  }

  /** Any other scenario's reports (a comparison, a workshop case), the deterministic answer first,
   * then with probabilities when the scenario asks for draws; an answer replaced by a newer request
   * on the channel is not delivered. */
  async answers(channel: string, s: Scenario, deliver: (reports: CountyReport[], withProbabilities: boolean) => void): Promise<void> {
    const request = this.requestFor(s);
    const quick = scheduler.run(`${channel}:quick`, () => client.call('project', { ...request, draws: 0 }));
    const first = await quick.answer;
    if (!first || scheduler.asked(`${channel}:quick`) !== quick.request) return;
    deliver(first, false);
    if (request.draws === 0) return;
    const full = scheduler.run(`${channel}:full`, () => analysisClient.call('project', request));
    const answer = await full.answer;
    if (answer && scheduler.asked(`${channel}:full`) === full.request) deliver(answer, true);
  }

  /** which scenario the reports on screen are the whole answer (with probabilities) for */
  private answered = $state.raw<Scenario | null>(null);
  /** the request number of the deterministic answer on screen: an older one never replaces it */
  private shownQuick = 0;

  /** the reports on screen are the whole answer (with probabilities) for the scenario on screen */
  get complete(): boolean {
    return this.reports !== null && this.answered === this.scenario;
  }

  /** the deterministic answer with the last whole answer's bands and probabilities, county by county */
  private followed(reports: CountyReport[], whole: CountyReport[]): CountyReport[] {
    return reports.map((r) => {
      const earlier = whole.find((w) => w.id === r.id);
      return earlier ? withUncertaintyOf(r, earlier) : r;
    });
  }

  /** how long the last drag step's Monte Carlo took to answer once started (ms; its wait behind
   * the step before is the finger's pace, not its cost): while it keeps up with the finger, a drag's
   * steps ask for it alone, since its answer carries the projection too */
  private dragAnswerMs = Number.POSITIVE_INFINITY;

  /** a whole answer of an earlier step, waiting to be shown with the next step's projection */
  private waitingWhole: ReturnType<typeof setTimeout> | undefined;

  /** the bands on screen now answer the edit made at `editedAt` (for npm run bench:ui) */
  private markBands(editedAt: number) {
    markRecurring('chps:bands-shown', undefined, { editedAt });
  }

  private async refresh() {
    const scenario = this.scenario;
    const request = this.requestFor(scenario);
    const editedAt = performance.now();
    const follow = this.inBurst;
    if (!follow) this.lastWhole = null;
    // A drag step whose Monte Carlo keeps up asks for it alone: the page renders and the charts
    // draw once a step, not once for the projection and again for its bands, which on two cores is
    // what kept the bands behind the finger. (An answer waits for the page as much as for the
    // worker, and the page is busiest during a drag: measured 5–55 ms on two busy cores. Only a
    // Monte Carlo slower than that — a large imported county — is worth a projection of its own.)
    const alone = follow && request.draws > 0 && this.dragAnswerMs <= keepsUpMs;
    if (!follow) this.dragAnswerMs = Number.POSITIVE_INFINITY;
    try {
      const quick = alone ? null : scheduler.run('scorecard:quick', () => client.call('project', { ...request, draws: 0 }));
      // a drag's steps ask at once (latest wins); a single edit, or the page opening, waits for edits
      // to pause as the slower answers do, so the plan audit asked for at the start is not behind it
      // A drag's steps draw fewer (a probability to within a few points): bands that keep up with
      // the finger on two cores; the scenario's own number of draws
      // follows once the drag pauses (latest wins on its channel, so only the last step's runs).
      const drawsNow = follow ? Math.min(request.draws, dragDraws) : request.draws;
      let started = 0;
      const full = request.draws === 0 ? null : scheduler.run('scorecard:full', () => ((started = performance.now()), analysisClient.call('project', { ...request, draws: drawsNow })), { settleMs: follow ? 0 : settleMs });
      const settled = request.draws === 0 || drawsNow === request.draws ? null : scheduler.run('scorecard:settled', () => analysisClient.call('project', request), { settleMs });
      const first = quick && (await quick.answer);
      // answers come in order: one newer than the one on screen is shown even while a drag goes on
      if (quick && first && quick.request >= this.shownQuick) {
        this.shownQuick = quick.request;
        if (!this.reports) performance.mark('chps:first-projection');
        this.deterministic = first;
        // probabilities stay on screen with the scenario they were computed for, or while a drag
        // goes on, with its newer steps until the next answer
        if (this.answered !== scenario || !this.withProbabilities) {
          const whole = follow ? this.lastWhole : null;
          this.reports = whole ? this.followed(first, whole.reports) : first;
          this.withProbabilities = whole !== null;
          this.following = whole !== null;
          if (whole && this.waitingWhole !== undefined) {
            clearTimeout(this.waitingWhole);
            this.waitingWhole = undefined;
            this.markBands(whole.editedAt);
          }
        }
        if (request.draws === 0 && this.scenario === scenario) this.answered = scenario;
      }
      if (!full) return;
      const answer = await full.answer;
      if (!answer) return;
      if (follow && drawsNow < request.draws) this.dragAnswerMs = performance.now() - started;
      if (alone) this.deterministic = answer;
      const current = this.scenario === scenario;
      // (a step behind, in a drag that asks for Monte Carlo alone: no projection of its own comes
      // for the next step, so this answer is the newest there is — answers come in order)
      if (current || (alone && this.inBurst)) {
        clearTimeout(this.waitingWhole);
        this.waitingWhole = undefined;
        this.reports = answer;
        this.following = !current;
        // fewer draws than the scenario asks for: not its whole answer until the settled run
        if (current && !settled) this.answered = scenario;
        this.withProbabilities = true;
        this.markBands(editedAt);
      } else if (this.inBurst && this.deterministic) {
        // The drag has moved on: the next step's projection takes these bands (one render a step,
        // not two), or, if none comes within a frame, the projection on screen does.
        clearTimeout(this.waitingWhole);
        this.waitingWhole = setTimeout(() => {
          this.waitingWhole = undefined;
          if (!this.inBurst || !this.deterministic || this.answered === this.scenario) return;
          this.reports = this.followed(this.deterministic, answer);
          this.following = true;
          this.withProbabilities = true;
          this.markBands(editedAt);
        }, frameMs);
      } else return;
      this.lastWhole = { reports: answer, editedAt };
      this.failure = null;
      const all = settled && (await settled.answer);
      if (all && this.scenario === scenario) {
        this.reports = all;
        this.following = false;
        this.answered = scenario;
        this.withProbabilities = true;
      }
    } catch (e) {
      this.failure = (e as Error).message;
    }
  }
}

export const projections = new Projections();
