// Default unit costs (万元), each from nationalDefaults with its source.
import { bedCapitalCost10kYuanDefault, childcareSlotCost10kYuanDefault, staffYearlyCost10kYuanDefault } from '../data/nationalDefaults.ts';
import type { UnitCosts } from '../engine/budget.ts';
import type { Scenario } from './scenarioSchema.ts';

const wage = staffYearlyCost10kYuanDefault.value;

export const defaultUnitCosts: UnitCosts = {
  bedCapital: bedCapitalCost10kYuanDefault.value,
  childcarePlaceCapital: childcareSlotCost10kYuanDefault.value,
  staffYearly: { doctors: wage, nurses: wage, gps: wage, tcm_doctors: wage, pharmacists: wage, public_health_staff: wage },
};

/** The defaults with a scenario's own unit costs laid over them. */
export function unitCostsFor(s: Pick<Scenario, 'unitCosts'>): UnitCosts {
  const u = s.unitCosts ?? {};
  const wage = u.staffYearly ?? staffYearlyCost10kYuanDefault.value;
  return {
    bedCapital: u.bedCapital ?? defaultUnitCosts.bedCapital,
    childcarePlaceCapital: u.childcarePlaceCapital ?? defaultUnitCosts.childcarePlaceCapital,
    staffYearly: Object.fromEntries(Object.keys(defaultUnitCosts.staffYearly).map((r) => [r, wage])),
  };
}
