// The population a plan's own figures agree on: where the most of the year's implied populations
// overlap. A county whose plan states no exact population takes its middle as the default (the
// seeds say so in a derived provenance, and a test holds them to it); the figures outside it are
// the ones that disagree, and the audit reports them.
import type { County } from '../../data/seedSchema.ts';
import type { Interval } from '../../data/precision.ts';
import type { ImpliedPopulation } from './finding.ts';
import { impliedPopulations } from './population.ts';

export interface PopulationAgreement {
  year: number;
  /** the residents every agreeing figure allows */
  range: Interval;
  /** the middle of the range, in whole people */
  point: number;
  agreeing: ImpliedPopulation[];
  disagreeing: ImpliedPopulation[];
}

const plain = ({ basis, point, interval, bound }: ImpliedPopulation): ImpliedPopulation => ({ basis, point, interval, bound });

/** The range most of the plan's figures for `year` agree on, or null when fewer than two agree or
 * two equally large groups disagree with each other. The county's own entry is left out unless the
 * plan states it: an outside count or a derived value is not the plan's evidence. */
export function agreedPopulation(county: County, year = county.plan.baselineYear): PopulationAgreement | null {
  const implied = (impliedPopulations(county).get(year) ?? []).filter(
    (x) => x.basis.from !== 'carried_population' && (x.basis.from !== 'county_population' || x.basis.provenance === 'stated'),
  );
  // sweep the ends: a range opens before another closes at the same number (ranges are closed)
  const ends = implied.flatMap((x) => [{ at: x.interval.lo, open: 1 }, { at: x.interval.hi, open: -1 }]).sort((a, b) => a.at - b.at || b.open - a.open);
  let depth = 0;
  let best = 0;
  const regions: Interval[] = [];
  for (let i = 0; i < ends.length; i++) {
    depth += ends[i]!.open;
    if (ends[i]!.open !== 1) continue;
    const region = { lo: ends[i]!.at, hi: ends[i + 1]?.at ?? ends[i]!.at };
    if (depth > best) {
      best = depth;
      regions.length = 0;
    }
    if (depth === best) regions.push(region);
  }
  if (best < 2 || regions.length !== 1) return null;
  const range = regions[0]!;
  const holds = (x: ImpliedPopulation) => x.interval.lo <= range.lo && x.interval.hi >= range.hi;
  return {
    year,
    range,
    point: Math.round((range.lo + range.hi) / 2),
    agreeing: implied.filter(holds).map(plain),
    disagreeing: implied.filter((x) => !holds(x)).map(plain),
  };
}
