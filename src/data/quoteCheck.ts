// Quotes must be verbatim. Plans arrive with table cells split by tabs and lines broken mid-phrase,
// so we compare with all whitespace removed: the characters must match exactly, the spacing need not.
import type { County } from './seedSchema.ts';

export function withoutWhitespace(text: string): string {
  return text.replace(/\s+/gu, '');
}

export interface QuoteRef {
  /** where in the county file the quote sits, e.g. "indicators[3].source" */
  path: string;
  seed: string;
  quote: string;
}

/** Every plan quote in a county file, with the path that holds it. */
export function quotesOf(county: County): QuoteRef[] {
  const refs: QuoteRef[] = [];
  const fromProvenance = (path: string, p: County['population']['provenance']) => {
    if (p.kind === 'stated') refs.push({ path, seed: p.seed, quote: p.quote });
    if (p.kind === 'derived') p.quotes.forEach((q, i) => refs.push({ path: `${path}.quotes[${i}]`, ...q }));
  };
  fromProvenance('population.provenance', county.population.provenance);
  county.indicators.forEach((ind, i) => {
    refs.push({ path: `indicators[${i}](${ind.id}).source`, ...ind.source });
    ind.restatements.forEach((r, j) =>
      refs.push({ path: `indicators[${i}](${ind.id}).restatements[${j}]`, ...r.source }),
    );
  });
  county.figures.forEach((f, i) => fromProvenance(`figures[${i}](${f.id}).provenance`, f.provenance));
  county.projects.forEach((p, i) => fromProvenance(`projects[${i}](${p.id}).provenance`, p.provenance));
  return refs;
}

/** The quotes that do not occur in their plan's text. */
export function missingQuotes(county: County, planTexts: Record<string, string>): QuoteRef[] {
  const normalised = new Map<string, string>();
  const plan = (seed: string) => {
    // own texts only: a plan named "constructor" or "__proto__" is not a property of every object
    if (!normalised.has(seed)) normalised.set(seed, withoutWhitespace(Object.hasOwn(planTexts, seed) ? planTexts[seed]! : ''));
    return normalised.get(seed)!;
  };
  return quotesOf(county).filter((ref) => !plan(ref.seed).includes(withoutWhitespace(ref.quote)));
}
