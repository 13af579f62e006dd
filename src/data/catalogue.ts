// The indicators the engine simulates, keyed by the ids the seeds use. Every other row of a plan's
// table is "tracked, not simulated": shown in the scorecard, never projected.
// A new simulated indicator needs an entry here and seed values, nothing else.

/** Every resource a plan can target, in the order the page lists them. */
export const resources = ['beds', 'doctors', 'nurses', 'gps', 'tcm_doctors', 'pharmacists', 'public_health_staff', 'childcare_slots'] as const;
export type Resource = (typeof resources)[number];

/** Built capacity: paid for once, as capital, and assumed not to close. */
export const capitalResources: readonly Resource[] = ['beds', 'childcare_slots'];
/** Health workers: paid a wage every year, and some leave every year. */
export const staffResources: readonly Resource[] = resources.filter((r) => !capitalResources.includes(r));

export type SimulatedIndicator =
  | { kind: 'per_capita'; resource: Resource; perCapitaBase: 1000 | 10000 }
  | { kind: 'ratio'; numerator: Resource; denominator: Resource };

export const simulatedIndicators: Readonly<Record<string, SimulatedIndicator>> = {
  beds_per_1000: { kind: 'per_capita', resource: 'beds', perCapitaBase: 1000 },
  doctors_per_1000: { kind: 'per_capita', resource: 'doctors', perCapitaBase: 1000 },
  nurses_per_1000: { kind: 'per_capita', resource: 'nurses', perCapitaBase: 1000 },
  gps_per_10k: { kind: 'per_capita', resource: 'gps', perCapitaBase: 10000 },
  gps_per_1000: { kind: 'per_capita', resource: 'gps', perCapitaBase: 1000 },
  tcm_doctors_per_1000: { kind: 'per_capita', resource: 'tcm_doctors', perCapitaBase: 1000 },
  pharmacists_per_1000: { kind: 'per_capita', resource: 'pharmacists', perCapitaBase: 1000 },
  public_health_staff_per_1000: { kind: 'per_capita', resource: 'public_health_staff', perCapitaBase: 1000 },
  public_health_staff_per_10k: { kind: 'per_capita', resource: 'public_health_staff', perCapitaBase: 10000 },
  childcare_slots_per_1000: { kind: 'per_capita', resource: 'childcare_slots', perCapitaBase: 1000 },
  doctor_nurse_ratio: { kind: 'ratio', numerator: 'nurses', denominator: 'doctors' },
  bed_nurse_ratio: { kind: 'ratio', numerator: 'nurses', denominator: 'beds' },
};

export function isSimulated(indicatorId: string): boolean {
  return indicatorId in simulatedIndicators;
}

/** The column an indicator belongs to when counties are compared: its resource, or the ratio itself. */
export function familyOf(indicatorId: string): string | null {
  const spec = simulatedIndicators[indicatorId];
  if (!spec) return null;
  return spec.kind === 'per_capita' ? spec.resource : indicatorId;
}

/** Every family, in catalogue order. */
export const families: readonly string[] = [...new Set(Object.keys(simulatedIndicators).map((id) => familyOf(id)!))];
