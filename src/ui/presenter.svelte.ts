// The presenter view's place: which workshop case is on screen and how many verdicts are revealed.
import type { County } from '../data/seedSchema.ts';
import { workshopCases } from '../scenario/cases.ts';
import { projections } from './projections.svelte.ts';

class Presenter {
  index = $state(0);
  revealed = $state(0);
  private counties: () => County[] = () => [];

  start(counties: () => County[]) {
    this.counties = counties;
  }

  get current() {
    return workshopCases[this.index]!;
  }

  begin(index: number) {
    this.index = Math.max(0, Math.min(workshopCases.length - 1, index));
    this.revealed = 0;
    const counties = this.counties();
    projections.load(this.current.build(counties, counties.map((c) => c.id)));
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
}

export const presenter = new Presenter();
