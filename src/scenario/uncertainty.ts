// The default ranges Monte Carlo draws from (uniformly), each from the sourced defaults.
import {
  birthRateDefault,
  deathRateDefault,
  doctorAttritionDefault,
  nationalGainPer1000PerYear,
  netMigrationDefault,
  nurseAttritionDefault,
} from '../data/nationalDefaults.ts';
import type { Resource } from '../data/catalogue.ts';
import type { UncertainRange } from '../engine/monteCarlo.ts';

export const defaultRanges: readonly UncertainRange[] = [
  { knob: { kind: 'birthRatePerMille', reference: birthRateDefault.value }, low: birthRateDefault.low, high: birthRateDefault.high },
  { knob: { kind: 'deathRatePerMille', reference: deathRateDefault.value }, low: deathRateDefault.low, high: deathRateDefault.high },
  { knob: { kind: 'netMigrationPerMille' }, low: netMigrationDefault.low, high: netMigrationDefault.high },
  { knob: { kind: 'attrition', resource: 'doctors' }, low: doctorAttritionDefault.low, high: doctorAttritionDefault.high },
  { knob: { kind: 'attrition', resource: 'gps' }, low: doctorAttritionDefault.low, high: doctorAttritionDefault.high },
  { knob: { kind: 'attrition', resource: 'tcm_doctors' }, low: doctorAttritionDefault.low, high: doctorAttritionDefault.high },
  { knob: { kind: 'attrition', resource: 'public_health_staff' }, low: doctorAttritionDefault.low, high: doctorAttritionDefault.high },
  { knob: { kind: 'attrition', resource: 'nurses' }, low: nurseAttritionDefault.low, high: nurseAttritionDefault.high },
  { knob: { kind: 'attrition', resource: 'pharmacists' }, low: nurseAttritionDefault.low, high: nurseAttritionDefault.high },
  // used by the trend scenario only
  ...Object.entries(nationalGainPer1000PerYear).map(([resource, d]) => ({ knob: { kind: 'gainPer1000' as const, resource: resource as Resource }, low: d.low, high: d.high })),
];
