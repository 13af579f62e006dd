// What is open: the overview, a county (and a row in it), the comparison or the presenter view.
// The share link (shareLink.svelte.ts) mirrors it in the URL with the scenario and the language.
export type View = 'main' | 'compare' | 'present';

class Route {
  county = $state<string | null>(null);
  indicator = $state<string | null>(null);
  view = $state<View>('main');

  openOverview() {
    this.view = 'main';
    this.county = null;
    this.indicator = null;
  }

  openCounty(id: string, indicator: string | null = null) {
    this.view = 'main';
    this.county = id;
    this.indicator = indicator;
  }

  open(view: View) {
    this.view = view;
  }
}

export const route = new Route();
