// The presenter view's place: which workshop case is on screen, how many verdicts are revealed, and
// the case's own answers. A case is projected on its own, beside the working scenario, which the
// presenter never touches: leaving it finds the scenario and its undo history as they were; a case
// becomes the working scenario only when asked ("use this case", one undo step).
import type { County } from '../data/seedSchema.ts';
import type { CountyReport } from '../engine/report.ts';
import { workshopCases } from '../scenario/cases.ts';
import type { Scenario } from '../scenario/scenarioSchema.ts';
import { projections } from './projections.svelte.ts';

class Presenter {
  index = $state(0);
  revealed = $state(0);
  /** the case's reports: the deterministic answer first, then with probabilities */
  reports = $state.raw<CountyReport[] | null>(null);
  private counties: () => County[] = () => [];

  start(counties: () => County[]) {
    this.counties = counties;
  }

  get current() {
    return workshopCases[this.index]!;
  }

  /** the case on screen, as a whole scenario for every county */
  scenario(): Scenario {
    const counties = this.counties();
    return this.current.build(counties, counties.map((c) => c.id));
  }

  begin(index: number) {
    this.index = Math.max(0, Math.min(workshopCases.length - 1, index));
    this.revealed = 0;
    this.reports = null;
    const at = this.index;
    void projections.answers('presenter', this.scenario(), (reports) => {
      if (this.index === at) this.reports = reports;
    });
  }

  next() {
    if (this.index < workshopCases.length - 1) this.begin(this.index + 1);
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
  useCase() {
    projections.load(this.scenario());
  }
}

export const presenter = new Presenter();
