// Why a county's default population is what it is, when the plan states none exactly: the range its
// own figures agree on, the middle taken, and the figures that disagree (computed by
// src/engine/audit/agreedPopulation.ts), in the reader's language.
import type { PopulationAgreement } from '../engine/audit/agreedPopulation.ts';
import { auditWords } from './auditWords.ts';
import { fill, type Lang } from './fill.ts';

export function populationAgreementMessage(a: PopulationAgreement, lang: Lang): string {
  const { t, num, range, implied } = auditWords(lang);
  return fill(t.agreement, {
    year: a.year, range: range(a.range, 0), point: num(a.point, 0),
    agreeing: a.agreeing.map(implied).join(t.impliedSeparator),
    disagreeing: a.disagreeing.length ? a.disagreeing.map(implied).join(t.impliedSeparator) : t.agreementNone,
  });
}
