// Which county is open, mirrored in the URL hash (#county=pingshan) so a reload or a shared link
// lands on the same county. The full scenario codec comes with the scenario module.
function countyFromHash(): string | null {
  const match = /(?:^#|&)county=([a-z_]+)/u.exec(location.hash);
  return match ? match[1]! : null;
}

class Route {
  county = $state<string | null>(countyFromHash());

  constructor() {
    addEventListener('hashchange', () => (this.county = countyFromHash()));
  }

  openCounty(id: string) {
    this.county = id;
    history.replaceState(null, '', `#county=${id}`);
  }
}

export const route = new Route();
