// Rows are named by their ids (in tables, edits, links): two rows with one id would be one row to
// all of them. The schemas refuse each repeat where it stands, and a reader that can repair (a
// scenario's own projects) gives the repeat a fresh id.
import type { z } from 'zod';

/** A zod refinement: each item whose key an earlier item has is an issue at `[i, field]` (or `[i]`),
 * with `params.repeats` the index of the first; `what` names the key in the message. */
export function refuseRepeats<T>(key: (item: T) => unknown, field?: string, what = field ?? 'entry') {
  return (items: T[], ctx: z.RefinementCtx) => {
    const first = new Map<unknown, number>();
    items.forEach((item, i) => {
      const k = key(item);
      const j = first.get(k);
      if (j === undefined) first.set(k, i);
      else ctx.addIssue({ code: 'custom', path: field ? [i, field] : [i], message: `the same ${what} as [${j}]`, params: { repeats: j } });
    });
  };
}

/** `stem`, or `stem_2`, `stem_3` …: the first not in `taken` */
export function freshId(stem: string, taken: ReadonlySet<string>): string {
  for (let i = 1; ; i++) {
    const id = i === 1 ? stem : `${stem}_${i}`;
    if (!taken.has(id)) return id;
  }
}
