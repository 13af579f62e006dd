// Hill-Burton bed need: beds = population × admission rate × average stay ÷ (365 × occupancy).

export interface BedNeedInputs {
  population: number;
  /** admissions per resident per year (0.18 = 18 %) */
  admissionRate: number;
  averageStayDays: number;
  /** target occupancy as a share (0.85) */
  occupancy: number;
}

export function bedsNeeded({ population, admissionRate, averageStayDays, occupancy }: BedNeedInputs): number {
  if (occupancy <= 0) return Number.POSITIVE_INFINITY;
  return (population * admissionRate * averageStayDays) / (365 * occupancy);
}
