// Default unit costs (万元), each from nationalDefaults with its source.
import { bedCapitalCost10kYuanDefault, childcareSlotCost10kYuanDefault, staffYearlyCost10kYuanDefault } from '../data/nationalDefaults.ts';
import type { UnitCosts } from '../engine/budget.ts';

const wage = staffYearlyCost10kYuanDefault.value;

export const defaultUnitCosts: UnitCosts = {
  bedCapital: bedCapitalCost10kYuanDefault.value,
  childcarePlaceCapital: childcareSlotCost10kYuanDefault.value,
  staffYearly: { doctors: wage, nurses: wage, gps: wage, tcm_doctors: wage, pharmacists: wage, public_health_staff: wage },
};
