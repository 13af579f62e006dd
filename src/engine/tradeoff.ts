// A budget split across what money can buy — beds, each kind of health worker, childcare places:
// what each share buys (whole extra units a year, at the cost over the period of one more a year),
// what is left over, and every verdict under that split; and the classic question — this budget on
// beds or on GPs? — as the targets each split meets. A resource on a trend path that gets money is
// projected by its yearly additions from then on (as when the user sets its hiring), and what that
// switch costs or saves is counted in what the share spends.
import type { County } from '../data/seedSchema.ts';
import { simulatedIndicators, type Resource } from '../data/catalogue.ts';
import { projectCounty, type CountyAssumptions } from './projectCounty.ts';
import { scenarioCost, type UnitCosts } from './budget.ts';
import type { VerdictStatus } from './verdict.ts';

export interface ShareLine {
  resource: Resource;
  /** the share of the budget, 0–1 */
  share: number;
  /** 万元 the share is worth */
  amount: number;
  /** 万元 over the period for one more unit a year */
  unitCost: number;
  /** whole extra units a year the share buys */
  perYear: number;
  /** 万元 the share spends */
  spent: number;
  /** the yearly additions of the resource under the split (what "apply" sets) */
  additionsPerYear: number;
}

export interface SplitOutcome {
  budget: number;
  lines: ShareLine[];
  spent: number;
  leftover: number;
  verdicts: { indicator: string; binding: boolean; status: VerdictStatus; shown: number; digits: number }[];
  met: number;
  metBinding: number;
}

/** the resources money can buy in this county: those a per-capita target measures */
export function fundableResources(county: County): Resource[] {
  const out = new Set<Resource>();
  for (const ind of county.indicators) {
    const spec = simulatedIndicators[ind.id];
    if (spec?.kind === 'per_capita' && ind.target?.value != null) out.add(spec.resource);
  }
  return [...out];
}

/** the resource on its flow path (a trend path handed over to yearly additions), with `extra` more a year */
function funded(a: CountyAssumptions, r: Resource, extra: number): CountyAssumptions {
  const { gainPer1000PerYear: _trend, ...flow } = a.resources[r] ?? { attrition: 0, additionsPerYear: 0 };
  return { ...a, resources: { ...a.resources, [r]: { ...flow, additionsPerYear: flow.additionsPerYear + extra } } };
}

export function splitBudget(county: County, a: CountyAssumptions, costs: UnitCosts, budget: number, shares: Partial<Record<Resource, number>>): SplitOutcome {
  const base = scenarioCost(county, a, costs).total;
  // shares beyond the whole budget are scaled back to it
  const total = fundableResources(county).reduce((s, r) => s + Math.max(0, shares[r] ?? 0), 0);
  const scale = total > 1 ? 1 / total : 1;
  let applied = a;
  const lines: ShareLine[] = [];
  for (const r of fundableResources(county)) {
    const share = Math.max(0, shares[r] ?? 0) * scale;
    if (share === 0) continue;
    const amount = budget * share;
    // costs are linear in the yearly additions: the switch to yearly additions, then one more a year
    const switched = scenarioCost(county, funded(a, r, 0), costs).total - base;
    const unitCost = scenarioCost(county, funded(a, r, 1), costs).total - base - switched;
    const perYear = unitCost > 0 ? Math.max(0, Math.floor((amount - switched) / unitCost + 1e-9)) : 0;
    applied = funded(applied, r, perYear);
    lines.push({ resource: r, share, amount, unitCost, perYear, spent: switched + perYear * unitCost, additionsPerYear: applied.resources[r]!.additionsPerYear });
  }
  const spent = lines.reduce((s, l) => s + l.spent, 0);
  const verdicts = projectCounty(county, applied).indicators.flatMap((ind) => {
    if (!ind.verdict) return [];
    const row = county.indicators.find((i) => i.id === ind.id)!;
    return [{ indicator: ind.id, binding: row.binding, status: ind.verdict.status, shown: ind.verdict.shown, digits: ind.verdict.digits }];
  });
  return {
    budget,
    lines,
    spent,
    leftover: budget - spent,
    verdicts,
    met: verdicts.filter((v) => v.status === 'met').length,
    metBinding: verdicts.filter((v) => v.status === 'met' && v.binding).length,
  };
}

export interface FrontierPoint {
  /** the share of the budget on the first resource (the rest on the second) */
  shareFirst: number;
  met: number;
  metBinding: number;
}

/** Every split of the budget between two resources, in steps of 5 %: how many targets each meets. */
export function budgetFrontier(county: County, a: CountyAssumptions, costs: UnitCosts, budget: number, first: Resource, second: Resource): FrontierPoint[] {
  return Array.from({ length: 21 }, (_, i) => {
    const shareFirst = i / 20;
    const outcome = splitBudget(county, a, costs, budget, first === second ? { [first]: 1 } : { [first]: shareFirst, [second]: 1 - shareFirst });
    return { shareFirst, met: outcome.met, metBinding: outcome.metBinding };
  });
}
