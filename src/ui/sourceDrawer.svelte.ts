// What the provenance drawer shows. Any table cell can open it with the figure it wants to explain.
import type { County, Indicator } from '../data/seedSchema.ts';
import type { Finding, PopulationAgreement } from '../engine/audit/index.ts';

export type Provenance = County['population']['provenance'];

export interface SourceItem {
  title: string;
  /** the value as the plan prints it or as we show it */
  value?: string;
  provenance: Provenance;
  restatements?: Indicator['restatements'];
  /** the plan's contradictions this figure takes part in */
  findings?: Finding[];
  /** an assumption's uncertainty: its range around the value in force, and why */
  range?: string;
  /** for a population derived from the plan's figures: the range they agree on */
  agreement?: PopulationAgreement | null;
}

class SourceDrawer {
  item = $state<SourceItem | null>(null);
  open(item: SourceItem) {
    this.item = item;
  }
  close() {
    this.item = null;
  }
}

export const sourceDrawer = new SourceDrawer();
