// The plan audit: where a plan contradicts itself, found by computation over the transcribed data,
// never by a list of known answers. Each check compares numbers only beyond the plan's own rounding.
// The findings are data (finding.ts); src/i18n/findings.ts writes them as sentences.
import type { County } from '../../data/seedSchema.ts';
import type { Finding } from './finding.ts';
import { sumMismatches } from './sums.ts';
import { partsExceedingTotals } from './parts.ts';
import { ratioConflicts } from './ratios.ts';
import { restatedDifferently } from './restated.ts';
import { comparatorWording } from './wording.ts';
import { targetDirections } from './direction.ts';
import { implausibleValues } from './plausible.ts';
import { impliedPopulationConflicts } from './population.ts';

export type {
  ComparatorWordingFacts, Finding, FindingFacts, FindingKind, ImplausibleFacts, ImpliedBasis, ImpliedPopulation, ImpliedPopulationFacts, Label,
  PartsExceedTotalFacts, Quote, RatioTargetConflictFacts, RestatedFacts, Side, SumMismatchFacts, TargetDirectionFacts,
} from './finding.ts';
export { movementWords, wordingConflict } from './wording.ts';
export { agreedPopulation, type PopulationAgreement } from './agreedPopulation.ts';

/** Every contradiction the data shows, in a stable order. */
export function auditCounty(county: County): Finding[] {
  return [
    ...sumMismatches(county),
    ...partsExceedingTotals(county),
    ...ratioConflicts(county),
    ...restatedDifferently(county),
    ...comparatorWording(county),
    ...targetDirections(county),
    ...implausibleValues(county),
    ...impliedPopulationConflicts(county),
  ];
}

export function auditCounties(counties: readonly County[]): Finding[] {
  return counties.flatMap(auditCounty);
}
