// The presenter view's place: which workshop case is on screen, how many verdicts are revealed, and
// the case's own answers. A case is projected on its own, beside the working scenario, which the
// presenter never touches: leaving it finds the scenario and its undo history as they were; a case
// becomes the working scenario only when asked ("use this case", one undo step).
// The presenter opens at once with the case's name (caseList.ts); building its scenario takes the
// engine (cases.ts: the tight budget is the plan path's additions), which loads when the presenter
// first opens, or at idle once the first answer is on screen.
import type { County } from '../data/seedSchema.ts';
import type { CountyReport } from '../engine/report.ts';
import { caseList } from '../scenario/caseList.ts';
import type { Scenario } from '../scenario/scenarioSchema.ts';
import { projections } from './projections.svelte.ts';

type Cases = typeof import('../scenario/cases.ts');
let loadingCases: Promise<Cases> | null = null;

/** the workshop cases' builders (once; a failed load is tried again when next asked) */
export function loadCases(): Promise<Cases> {
  return (loadingCases ??= import('../scenario/cases.ts').catch((e: unknown) => {
    loadingCases = null;
    throw e;
  }));
}

class Presenter {
  index = $state(0);
  revealed = $state(0);
  /** the case's reports: the deterministic answer first, then with probabilities */
  reports = $state.raw<CountyReport[] | null>(null);
  /** the case on screen, as a whole scenario for every county, once built */
  scenario = $state.raw<Scenario | null>(null);
  private counties: () => County[] = () => [];
  /** cases asked for: an answer for one left since is not shown */
  private asked = 0;

  start(counties: () => County[]) {
    this.counties = counties;
  }

  get current() {
    return caseList[this.index]!;
  }

  /** the case `id` as a whole scenario for every county */
  private async build(id: string): Promise<Scenario> {
    const { caseById } = await loadCases();
    const counties = this.counties();
    return caseById(id)!.build(counties, counties.map((c) => c.id));
  }

  begin(index: number) {
    this.index = Math.max(0, Math.min(caseList.length - 1, index));
    this.revealed = 0;
    this.reports = null;
    this.scenario = null;
    const at = ++this.asked;
    void this.build(this.current.id).then((scenario) => {
      if (at !== this.asked) return;
      this.scenario = scenario;
      void projections.answers('presenter', scenario, (reports) => {
        if (at === this.asked) this.reports = reports;
      });
    });
  }

  next() {
    if (this.index < caseList.length - 1) this.begin(this.index + 1);
  }

  previous() {
    if (this.index > 0) this.begin(this.index - 1);
  }

  reveal(total: number) {
    this.revealed = Math.min(total, this.revealed + 1);
  }

  revealAll(total: number) {
    this.revealed = total;
  }

  /** the case on screen becomes the working scenario (one undo step) */
  async useCase() {
    projections.load(this.scenario ?? (await this.build(this.current.id)));
  }
}

export const presenter = new Presenter();
