// Keeps the address bar equal to the share link of what is on screen, and opens links: at start,
// and when a new one is pasted into this tab. What a link could not carry is kept for the banner.
import { decodeLink, encodeLink } from '../scenario/link.ts';
import type { Dropped } from '../scenario/readScenario.ts';
import { locale } from '../i18n/locale.svelte.ts';
import { projections } from './projections.svelte.ts';
import { route } from './route.svelte.ts';

const writeEveryMs = 100;

class ShareLink {
  /** what the last opened link (or file) could not carry, for the banner */
  dropped = $state<Dropped[]>([]);
  droppedFrom = $state<'link' | 'file'>('link');
  private written = '';
  /** the counties a link may name (set by start) */
  private knownCounties: () => string[] = () => [];

  /** Opens the link in the address bar, then mirrors every change back into it. */
  start(knownCounties: () => string[]) {
    this.knownCounties = knownCounties;
    this.open(location.hash, { initial: true });
    addEventListener('hashchange', () => {
      if (location.hash !== this.written) this.open(location.hash, { initial: false });
    });
    // written at most every 100 ms: a dragged slider does not deflate and replaceState on every
    // step, while a single edit (a click, a typed value) is in the address bar at once
    let pending: ReturnType<typeof setTimeout> | undefined;
    let lastWrite = -Infinity;
    const write = () => {
      clearTimeout(pending);
      lastWrite = performance.now();
      const hash = this.current();
      if (hash === this.written) return;
      this.written = hash;
      history.replaceState(history.state, '', hash || location.pathname + location.search);
    };
    $effect.root(() => {
      $effect(() => {
        // what the link depends on
        void [JSON.stringify(projections.scenario), route.county, route.indicator, route.view, locale.lang];
        const since = performance.now() - lastWrite;
        clearTimeout(pending);
        if (since >= writeEveryMs) write();
        else pending = setTimeout(write, writeEveryMs - since);
      });
    });
  }

  /** the link of what is on screen now */
  current(): string {
    return encodeLink({
      scenario: projections.scenario,
      county: route.county,
      indicator: route.indicator,
      lang: locale.lang,
      view: route.view === 'compare' ? 'compare' : 'main',
    });
  }

  url(): string {
    return `${location.origin}${location.pathname}${this.current()}`;
  }

  open(fragment: string, { initial }: { initial: boolean }) {
    if (!fragment || fragment === '#') return;
    const link = decodeLink(fragment, this.knownCounties());
    if (initial) projections.replace(link.scenario);
    else projections.load(link.scenario);
    route.county = link.county;
    route.indicator = link.indicator;
    route.view = link.view;
    if (link.lang) locale.set(link.lang, { remember: false });
    this.report(link.dropped, 'link');
  }

  report(dropped: Dropped[], from: 'link' | 'file') {
    this.dropped = dropped;
    this.droppedFrom = from;
  }

  dismiss() {
    this.dropped = [];
  }
}

export const shareLink = new ShareLink();
