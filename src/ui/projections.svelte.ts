// The projections the page shows, fetched from the engine worker: the deterministic answer first,
// then the Monte Carlo probabilities. A newer request (a scenario switch) supersedes older ones.
import { createEngineClient, type EngineMode } from '../worker/client.ts';
import type { CountyReport } from '../engine/report.ts';
import type { PresetId } from '../scenario/presets.ts';

const client = createEngineClient();
const draws = 2000;

class Projections {
  preset = $state<PresetId>('plan');
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

  private async refresh() {
    const request = { preset: this.preset, horizon: 2025, seed: 1 };
    try {
      const quick = await client.project('scorecard', { ...request, draws: 0 });
      if (!quick) return;
      this.reports = quick;
      this.withProbabilities = false;
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
