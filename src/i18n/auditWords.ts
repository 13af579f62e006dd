// The words the plan audit's sentences share: numbers in the reader's format, names in the reader's
// language, and each implied population with what it is read from. Pure, like the sentences built
// from it (findings.ts, populationAgreement.ts), so the CLI and tests use it too (with the language's
// catalogue loaded first: catalogues.ts).
import type { Interval } from '../data/precision.ts';
import type { ImpliedBasis, ImpliedPopulation, Label } from '../engine/audit/index.ts';
import { catalogue } from './catalogues.ts';
import { bcp47, fill, type Lang } from './fill.ts';

const formatters = new Map<string, Intl.NumberFormat>();

function formatNumber(lang: Lang, n: number, maximumFractionDigits: number): string {
  const key = `${lang}|${maximumFractionDigits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(bcp47(lang), { maximumFractionDigits, useGrouping: true });
    formatters.set(key, f);
  }
  return f.format(n);
}

/** The audit's vocabulary in one language. */
export function auditWords(lang: Lang) {
  const t = catalogue(lang).finding;
  // plan figures keep up to two decimals; populations are whole people
  const num = (n: number, digits = 2) => formatNumber(lang, n, digits);
  const range = (iv: Interval, digits = 2) => {
    const lo = num(iv.lo, digits);
    const hi = num(iv.hi, digits);
    return lo === hi ? lo : fill(t.range, { lo, hi });
  };
  const name = (label: Label) => label[lang];
  const basis = (b: ImpliedBasis): string => {
    switch (b.from) {
      case 'figure':
        return name(b.label);
      case 'county_population':
        return b.provenance === 'stated' ? t.countyPopulation : t.assumedPopulation;
      case 'carried_population':
        return fill(t.carriedPopulation, {
          what: b.label ? name(b.label) : b.provenance === 'assumption' ? t.assumedPopulation : t.countyPopulation, year: b.year, share: num(b.changePerYear * 100, 1),
        });
      case 'count_per_capita':
        return fill(t.countPerCapita, {
          counted: b.counted.map(name).join(t.countedSeparator), count: num(b.count), perCapita: name(b.perCapita), perCapitaText: b.perCapitaText,
        });
      case 'staff_per_capita':
        return fill(t.staffPerCapita, {
          label: name(b.label), count: num(b.count),
          perCapita: b.perCapita.map((c) => fill(t.perCapitaCell, { label: name(c.label), text: c.text })).join(t.plus),
        });
    }
  };
  const implied = (x: ImpliedPopulation): string => {
    const from = basis(x.basis);
    if (x.bound === 'lower') return fill(t.impliedAtLeast, { basis: from, people: num(x.point, 0) });
    if (x.bound === 'upper') return fill(t.impliedAtMost, { basis: from, people: num(x.interval.hi, 0) });
    return fill(t.impliedAbout, { basis: from, people: num(x.point, 0), range: range(x.interval, 0) });
  };

  return { t, num, range, name, basis, implied };
}
