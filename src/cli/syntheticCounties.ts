// A batch as large as wanted, for timing: copies of the counties in turn under their own ids
// (synthetic_0, synthetic_1, …), and the share of them one thread of a batch runs.
import type { County } from '../data/seedSchema.ts';
import type { RunScenario } from '../scenario/run.ts';

export function syntheticCounties(base: readonly County[], count: number, from = 0): County[] {
  return Array.from({ length: count }, (_, i) => ({ ...base[(from + i) % base.length]!, id: `synthetic_${from + i}` }));
}

/** what one thread is given: the base counties and its range of copies */
export interface BatchJob {
  scenario: RunScenario;
  base: County[];
  from: number;
  count: number;
}
