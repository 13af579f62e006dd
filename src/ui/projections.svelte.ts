// The scenario the page shows and its projections, fetched from the engine worker: the
// deterministic answer first, then the Monte Carlo probabilities. Every edit sends a new request
// that supersedes the ones in flight, so typing or dragging never shows a stale answer.
import { createEngineClient, type EngineMode } from '../worker/client.ts';
import type { CountyReport } from '../engine/report.ts';
import type { PresetId } from '../scenario/presets.ts';
import type { CountyOverrides, Scenario } from '../scenario/scenarioSchema.ts';

const client = createEngineClient();
const draws = 2000;
/** Monte Carlo waits until edits pause this long, so a dragged slider does not queue runs in the worker */
const settleMs = 150;

class Projections {
  /** the engine, for views that ask it other questions (tornado, budget) */
  readonly client = client;
  preset = $state<PresetId>('plan');
  /** what the user changed, per county */
  overrides = $state<Scenario['counties']>({});
  /** unit costs the user set (万元), over the sourced defaults */
  unitCosts = $state<NonNullable<Scenario['unitCosts']>>({});
  reports = $state<CountyReport[] | null>(null);
  withProbabilities = $state(false);
  mode = $state<EngineMode>(client.mode);
  fallbackReason = $state<string | null>(client.fallbackReason);
  failure = $state<string | null>(null);

  constructor() {
    client.onModeChange((m) => {
      this.mode = m;
      this.fallbackReason = client.fallbackReason;
    });
    void this.refresh();
  }

  choose(preset: PresetId) {
    if (preset === this.preset) return;
    this.preset = preset;
    void this.refresh();
  }

  report(countyId: string) {
    return this.reports?.find((r) => r.id === countyId) ?? null;
  }

  /** replaces one county's overrides (undefined fields are defaults) */
  setOverrides(countyId: string, next: CountyOverrides) {
    const cleaned = JSON.parse(JSON.stringify(next)) as CountyOverrides;
    const { [countyId]: _old, ...others } = this.overrides;
    this.overrides = Object.keys(cleaned).length ? { ...others, [countyId]: cleaned } : others;
    void this.refresh();
  }

  setUnitCost(key: keyof NonNullable<Scenario['unitCosts']>, value: number | undefined) {
    const next = { ...this.unitCosts };
    if (value === undefined) delete next[key];
    else next[key] = value;
    this.unitCosts = next;
  }

  /** the request every engine call of the page uses */
  request() {
    return { preset: this.preset, horizon: 2025 as const, seed: 1, draws: 0, counties: $state.snapshot(this.overrides), unitCosts: $state.snapshot(this.unitCosts) };
  }

  private generation = 0;

  private async refresh() {
    const request = this.request();
    const mine = ++this.generation;
    try {
      const quick = await client.project('scorecard', { ...request, draws: 0 });
      if (!quick) return;
      this.reports = quick;
      this.withProbabilities = false;
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      if (mine !== this.generation) return;
      const full = await client.project('scorecard', { ...request, draws });
      if (!full) return;
      this.reports = full;
      this.withProbabilities = true;
      this.failure = null;
    } catch (e) {
      this.failure = (e as Error).message;
    }
  }
}

export const projections = new Projections();
