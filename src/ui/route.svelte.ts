// What is open, mirrored in the URL hash so a reload or a shared link lands on the same place:
// "" = the overview; "#county=pingshan" = a county; "&indicator=beds_per_1000" = a row in it.
function parseHash(): { county: string | null; indicator: string | null } {
  const params = new URLSearchParams(location.hash.replace(/^#/u, ''));
  const clean = (v: string | null) => (v && /^[a-z][a-z0-9_]*$/u.test(v) ? v : null);
  return { county: clean(params.get('county')), indicator: clean(params.get('indicator')) };
}

class Route {
  county = $state<string | null>(parseHash().county);
  indicator = $state<string | null>(parseHash().indicator);

  constructor() {
    addEventListener('hashchange', () => {
      const { county, indicator } = parseHash();
      this.county = county;
      this.indicator = indicator;
    });
  }

  openOverview() {
    this.county = null;
    this.indicator = null;
    history.replaceState(null, '', location.pathname + location.search);
  }

  openCounty(id: string, indicator: string | null = null) {
    this.county = id;
    this.indicator = indicator;
    history.replaceState(null, '', `#county=${id}${indicator ? `&indicator=${indicator}` : ''}`);
  }
}

export const route = new Route();
