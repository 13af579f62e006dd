// What a scenario costs, and what a budget buys. Costs are incremental over the baseline year:
// capital for beds and childcare places added, and the wage bill of staff above the baseline level.
import type { County } from '../data/seedSchema.ts';
import { capitalResources, simulatedIndicators, type Resource } from '../data/catalogue.ts';
import { projectCounty, type CountyAssumptions } from './projectCounty.ts';

/** 万元 per unit: capital per bed and per childcare place; yearly per health worker (the cost
 * parameters of the parameter table) */
export interface UnitCosts {
  bedCapital: number;
  childcarePlaceCapital: number;
  staffYearly: number;
}

export interface CostByYear {
  years: number[];
  /** 万元 per year, index 0 (baseline year) is 0 */
  capital: Float64Array;
  staff: Float64Array;
  byResource: Partial<Record<Resource, Float64Array>>;
  total: number;
}

export function scenarioCost(county: County, a: CountyAssumptions, costs: UnitCosts): CostByYear {
  const p = projectCounty(county, a);
  const n = p.years.length;
  const capital = new Float64Array(n);
  const staff = new Float64Array(n);
  const byResource: Partial<Record<Resource, Float64Array>> = {};
  for (const [r, stock] of Object.entries(p.stocks) as [Resource, Float64Array][]) {
    const cost = new Float64Array(n);
    for (let t = 1; t < n; t++) {
      if (capitalResources.includes(r)) {
        // capital for what was added this year (closures free nothing)
        const added = Math.max(0, stock[t]! - stock[t - 1]! * (1 - (a.resources[r]?.attrition ?? 0)));
        cost[t] = added * (r === 'beds' ? costs.bedCapital : costs.childcarePlaceCapital);
        capital[t]! += cost[t]!;
      } else {
        cost[t] = (stock[t]! - stock[0]!) * costs.staffYearly;
        staff[t]! += cost[t]!;
      }
    }
    byResource[r] = cost;
  }
  const total = capital.reduce((s, v) => s + v, 0) + staff.reduce((s, v) => s + v, 0);
  return { years: p.years, capital, staff, byResource, total };
}

/** a resource as yearly additions and leavers (a trend path handed over to them: what money buys) */
export function flowOf(a: CountyAssumptions, r: Resource) {
  const { gainPer1000PerYear: _trend, onTrend: _onTrend, ...flow } = a.resources[r] ?? { attrition: 0, additionsPerYear: 0 };
  return flow;
}

/** the assumptions with resource `r` on its flow path, adding `additionsPerYear` a year */
export function withFlow(a: CountyAssumptions, r: Resource, additionsPerYear: number): CountyAssumptions {
  return { ...a, resources: { ...a.resources, [r]: { ...flowOf(a, r), additionsPerYear } } };
}

export interface TargetPrice {
  indicator: string;
  resource: Resource;
  binding: boolean;
  /** constant yearly addition that just meets the target, over what the scenario already adds */
  additionsPerYear: number;
  /** 万元 over the period for that extra addition */
  cost: number;
}

/** The price of meeting each per-capita target on top of the scenario (0 when already met).
 * Paying means adding, each year, the constant amount that just meets the target; a resource on
 * a trend path is then put on that flow path instead. */
export function targetPrices(county: County, a: CountyAssumptions, costs: UnitCosts): TargetPrice[] {
  const p = projectCounty(county, a);
  const baseCost = scenarioCost(county, a, costs);
  const prices: TargetPrice[] = [];
  for (const ind of p.indicators) {
    const spec = simulatedIndicators[ind.id];
    if (spec?.kind !== 'per_capita' || ind.additionNeededPerYear === null) continue;
    const row = county.indicators.find((i) => i.id === ind.id)!;
    const price = { indicator: ind.id, resource: spec.resource, binding: row.binding };
    if (ind.verdict?.status === 'met') {
      prices.push({ ...price, additionsPerYear: 0, cost: 0 });
      continue;
    }
    const current = flowOf(a, spec.resource);
    const additionsPerYear = Math.max(current.additionsPerYear, ind.additionNeededPerYear);
    const paid = withFlow(a, spec.resource, additionsPerYear);
    const cost = Math.max(0, scenarioCost(county, paid, costs).total - baseCost.total);
    prices.push({ ...price, additionsPerYear: additionsPerYear - current.additionsPerYear, cost });
  }
  return prices;
}

export interface PaidTarget extends TargetPrice {
  /** 万元 this target adds to what the plan spends (less than its price when a target before it
   * on the same resource already paid for part of its additions) */
  paid: number;
}

export interface BudgetPlan {
  budget: number;
  chosen: PaidTarget[];
  unaffordable: TargetPrice[];
  spent: number;
  /** budget − spent (infinite for the least cost to meet every target) */
  leftover: number;
  /** extra additions a year each resource gets under the plan, over the scenario's */
  extraPerYear: Partial<Record<Resource, number>>;
}

/** The best use of a fixed budget (万元 over the period): binding targets first, then as many
 * targets as possible — cheapest first, which maximises the count for independent costs. */
export function allocateBudget(prices: readonly TargetPrice[], budget: number): BudgetPlan {
  const byCost = (x: TargetPrice, y: TargetPrice) => x.cost - y.cost;
  const ordered = [...prices.filter((p) => p.binding).sort(byCost), ...prices.filter((p) => !p.binding).sort(byCost)];
  const chosen: PaidTarget[] = [];
  const unaffordable: TargetPrice[] = [];
  // two targets on one resource share their additions: pay only for the larger
  const paidPerResource = new Map<Resource, number>();
  let spent = 0;
  for (const p of ordered) {
    const alreadyPaid = paidPerResource.get(p.resource) ?? 0;
    const marginal = Math.max(0, p.cost - alreadyPaid);
    if (spent + marginal <= budget) {
      chosen.push({ ...p, paid: marginal });
      spent += marginal;
      paidPerResource.set(p.resource, Math.max(alreadyPaid, p.cost));
    } else unaffordable.push(p);
  }
  const extraPerYear: Partial<Record<Resource, number>> = {};
  for (const p of chosen) if (p.additionsPerYear > 0) extraPerYear[p.resource] = Math.max(extraPerYear[p.resource] ?? 0, p.additionsPerYear);
  return { budget, chosen, unaffordable, spent, leftover: budget - spent, extraPerYear };
}

/** The cheapest set of additions that meets every per-capita target: each target's own price,
 * one payment per resource. */
export function cheapestToMeetAll(prices: readonly TargetPrice[]): BudgetPlan {
  return allocateBudget(prices, Number.POSITIVE_INFINITY);
}

/** The yearly additions of each resource a plan pays for (what applying it to the scenario sets). */
export function planAdditions(a: CountyAssumptions, plan: BudgetPlan): Partial<Record<Resource, number>> {
  const out: Partial<Record<Resource, number>> = {};
  for (const [r, extra] of Object.entries(plan.extraPerYear) as [Resource, number][]) out[r] = (a.resources[r]?.additionsPerYear ?? 0) + extra;
  return out;
}

/** The scenario with a plan's additions paid for: each paid resource on its flow path with the
 * additions that meet its targets. */
export function withPlanPaid(a: CountyAssumptions, plan: BudgetPlan): CountyAssumptions {
  return (Object.entries(planAdditions(a, plan)) as [Resource, number][]).reduce((paid, [r, n]) => withFlow(paid, r, n), a);
}
