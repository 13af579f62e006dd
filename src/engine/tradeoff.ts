// A budget split across what money can buy — beds, each kind of health worker, childcare places:
// what each share buys (whole extra units a year, at the cost over the period of one more a year),
// what is left over, and every verdict under that split; and the classic question — this budget on
// beds or on GPs? — as the targets each split meets. A resource on a trend path that gets money is
// projected by its yearly additions from then on (as when the user sets its hiring), and what that
// switch costs or saves is counted in what the share spends.
import type { County } from '../data/seedSchema.ts';
import { simulatedIndicators, type Resource } from '../data/catalogue.ts';
import { projectCounty, type CountyAssumptions } from './projectCounty.ts';
import { flowOf, planAdditions, scenarioCost, withFlow, withPlanPaid, type BudgetPlan, type UnitCosts } from './budget.ts';
import { statusOf, type TargetStatus } from './report.ts';

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

/** a target's verdict under a split or a plan (no uncertainty: met or missed as projected) */
export interface VerdictUnder {
  indicator: string;
  binding: boolean;
  status: TargetStatus;
  /** the status as projected with the scenario as it is (without the split or plan) */
  now: TargetStatus;
  shown: number;
  digits: number;
}

export interface SplitOutcome {
  budget: number;
  lines: ShareLine[];
  spent: number;
  leftover: number;
  verdicts: VerdictUnder[];
  met: number;
  metBinding: number;
}

function statusesAt(county: County, a: CountyAssumptions) {
  return projectCounty(county, a).indicators.flatMap((ind) => {
    if (!ind.verdict) return [];
    const met = ind.verdict.status === 'not_numeric' ? null : ind.verdict.status === 'met';
    return [{ indicator: ind.id, status: statusOf(met, null), shown: ind.verdict.shown, digits: ind.verdict.digits }];
  });
}

/** every target's verdict at the target year with the assumptions `under`, beside its status with
 * the scenario's own (`now`) */
export function verdictsUnder(county: County, now: CountyAssumptions, under: CountyAssumptions): VerdictUnder[] {
  const before = new Map(statusesAt(county, now).map((v) => [v.indicator, v.status]));
  return statusesAt(county, under).map((v) => ({ ...v, binding: county.indicators.find((i) => i.id === v.indicator)!.binding, now: before.get(v.indicator)! }));
}

/** a budget plan with what applying it sets and the verdicts under it */
export interface PlanOutcome {
  plan: BudgetPlan;
  /** yearly additions per resource under the plan */
  additions: Partial<Record<Resource, number>>;
  verdicts: VerdictUnder[];
}

/** The targets no budget buys (a doctor:nurse ratio is met by the mix, not by money), with their
 * status once every per-capita target is paid for by `plan`. */
export function mixTargets(county: County, a: CountyAssumptions, plan: BudgetPlan): VerdictUnder[] {
  return verdictsUnder(county, a, withPlanPaid(a, plan)).filter((v) => simulatedIndicators[v.indicator]?.kind === 'ratio');
}

export function planOutcome(county: County, a: CountyAssumptions, plan: BudgetPlan): PlanOutcome {
  return { plan, additions: planAdditions(a, plan), verdicts: verdictsUnder(county, a, withPlanPaid(a, plan)) };
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

/** the resource on its flow path, with `extra` more a year */
const funded = (a: CountyAssumptions, r: Resource, extra: number) => withFlow(a, r, flowOf(a, r).additionsPerYear + extra);

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
  const verdicts = verdictsUnder(county, a, applied);
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

export type Shares = Partial<Record<Resource, number>>;

/** The shares with one set to `share` and the others scaled back, in proportion, when together
 * they would come to more than the whole budget (what a slider for one share does). */
export function withShare(shares: Shares, resource: Resource, share: number): Shares {
  const own = Math.min(1, Math.max(0, share));
  const others = Object.entries(shares).filter(([r, v]) => r !== resource && (v ?? 0) > 0) as [Resource, number][];
  const rest = others.reduce((s, [, v]) => s + v, 0);
  const scale = rest + own > 1 && rest > 0 ? (1 - own) / rest : 1;
  const next: Shares = {};
  for (const [r, v] of others) next[r] = v * scale;
  if (own > 0) next[resource] = own;
  return next;
}

/** The splits of the frontier that meet the most targets (binding ones first), as runs of
 * neighbouring 5 % steps: [from, to] shares on the first resource. */
export function frontierBest(points: readonly FrontierPoint[]): { met: number; metBinding: number; runs: [number, number][] } {
  const key = (p: FrontierPoint) => p.metBinding * 1000 + p.met;
  const top = Math.max(...points.map(key));
  const runs: [number, number][] = [];
  points.forEach((p, i) => {
    if (key(p) !== top) return;
    const last = runs.at(-1);
    if (last && i > 0 && key(points[i - 1]!) === top) last[1] = p.shareFirst;
    else runs.push([p.shareFirst, p.shareFirst]);
  });
  const best = points.find((p) => key(p) === top)!;
  return { met: best.met, metBinding: best.metBinding, runs };
}
