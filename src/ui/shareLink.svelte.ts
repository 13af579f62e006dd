// Keeps the address bar equal to the share link of what is on screen, and opens links: at start,
// and when a new one is pasted into this tab. What a link could not carry is kept for the banner.
import { compressorLoaded, decodePlainLink, encodeLink, linkCarries, loadCompressor, scenarioPayload, type DecodedLink, type LinkState } from '../scenario/linkFormat.ts';
import type { Dropped } from '../scenario/readScenario.ts';
import { locale } from '../i18n/locale.svelte.ts';
import type { Scenario } from '../scenario/scenarioSchema.ts';
import { projections } from './projections.svelte.ts';
import { route } from './route.svelte.ts';
import { withReaders } from './readers.ts';

/** a change this soon after the last one is part of a burst (a dragged slider) */
const burstGapMs = 150;
/** a single edit's answer and its charts are on screen by then (measured 20–70 ms on a fresh page;
 * its Monte Carlo follows after 100 ms) */
const answeredWithinMs = 80;
/** the longest the address bar lags behind a burst that goes on */
const burstMaxWaitMs = 2000;
/** sessionStorage: the scenario not yet in the address bar, and the link it follows (a reload
 * mid-drag asks for the older link, too early for any page event to update it) */
export const unwrittenKey = 'chps:unwritten-scenario';

function keepUnwritten(after: string, scenario: string) {
  try {
    sessionStorage.setItem(unwrittenKey, JSON.stringify({ after, scenario }));
  } catch {
    // storage blocked or full: the address bar follows within 2 s all the same
  }
}

function forgetUnwritten() {
  try {
    sessionStorage.removeItem(unwrittenKey);
  } catch {
    // nothing kept
  }
}

/** runs `task` once the page is idle, within `atMostMs`; returns the way to call it off (a browser
 * without idle callbacks runs it after the current task) */
function whenIdle(task: () => void, atMostMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: atMostMs });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(task, 0);
  return () => clearTimeout(timer);
}

class ShareLink {
  /** what the last opened link (or file) could not carry, for the banner */
  dropped = $state<Dropped[]>([]);
  droppedFrom = $state<'link' | 'file'>('link');
  private written = '';
  /** the counties a link may name (set by start) */
  private knownCounties: () => string[] = () => [];
  /** the compressor has come: a link written before it carries its scenario plain (`j=`), so the
   * address bar (and a QR code on screen) is written again, deflated */
  private deflated = $state(compressorLoaded());

  /** Loads the compressor, which the first view goes without: once the page is idle after it, at
   * the first edit, or when a link with a scenario is first written, whichever is first.
   * Resolves when it has come (or failed to: links stay plain, and whole). */
  prepare(): Promise<void> {
    return loadCompressor().then(() => {
      this.deflated = compressorLoaded();
    });
  }

  /** Opens the link in the address bar, then mirrors every change back into it. */
  start(knownCounties: () => string[]) {
    this.knownCounties = knownCounties;
    // (a page that opened with something to read has it already: link.ts brings it)
    this.deflated = compressorLoaded();
    this.open(location.hash, { initial: true });
    this.recoverUnwritten();
    addEventListener('hashchange', () => {
      if (location.hash !== this.written) this.open(location.hash, { initial: false });
    });
    // A county, a row or a language chosen is in the address bar at once. A single edit of the
    // scenario (a click, a typed value) is there once its answer is drawn and the page is idle
    // (within 230 ms):
    // deflating the scenario and replaceState (a same-document navigation, after which the browser
    // fetches the icon again) cost 5–10 ms, which in the edit's own task would hold up the engine's
    // answer to it. A dragged slider is written when it pauses (or every 2 s while it goes on), so
    // that cost never lands between its steps. Leaving or hiding the page writes whatever waits,
    // and a reload before then finds the edit in sessionStorage, so a reload never loses an edit.
    let pending: (() => void) | undefined;
    let lastScenarioChange = -Infinity;
    let lastScenario = '';
    let burstStart: number | null = null;
    /** leaving: the scenario stays in sessionStorage too (a reload has already taken the old link) */
    const write = (leaving = false) => {
      pending?.();
      pending = undefined;
      burstStart = null;
      const hash = this.current();
      // a scenario no link can carry stays in this tab's storage, so a reload still has it
      const carried = linkCarries(projections.scenario);
      if (!carried) keepUnwritten(hash, JSON.stringify(projections.scenario));
      if (hash === this.written) return;
      this.written = hash;
      history.replaceState(history.state, '', hash || location.pathname + location.search);
      if (!leaving && carried) forgetUnwritten();
    };
    const writeWaiting = () => {
      if (pending !== undefined) write(true);
    };
    // beforeunload too: a reload starts (taking the address as it is) before this page hides, and the
    // waiting write must not run after it and forget the edits the reloaded page is to take back
    // (which now starts a little later, after its catalogue)
    addEventListener('beforeunload', writeWaiting);
    addEventListener('pagehide', writeWaiting);
    addEventListener('visibilitychange', writeWaiting);
    $effect.root(() => {
      $effect(() => {
        // what the link depends on
        const scenario = JSON.stringify(projections.scenario);
        void [route.county, route.indicator, route.view, locale.lang, this.deflated];
        const now = performance.now();
        const scenarioMoved = scenario !== lastScenario;
        // an edit (not the scenario the page opened with): the compressor is sent for at once, to be
        // here by the time the edit is written
        if (scenarioMoved && lastScenario !== '' && !this.deflated) void this.prepare();
        lastScenario = scenario;
        const inBurst = scenarioMoved && now - lastScenarioChange < burstGapMs;
        if (scenarioMoved) lastScenarioChange = now;
        pending?.();
        pending = undefined;
        // a county, a row or a language chosen: at once (a reload takes the address bar's link)
        if (!scenarioMoved) return write();
        if (!inBurst) {
          // (not yet written: kept for a reload that comes first, as in a burst)
          keepUnwritten(this.written, scenario);
          // once the edit's answer is on screen: the page is idle the moment the edit's own task
          // ends, before the engine answers, and writing then held up the answer by 4 ms
          const timer = setTimeout(() => (pending = whenIdle(() => write(), burstGapMs)), answeredWithinMs);
          pending = () => clearTimeout(timer);
          return;
        }
        burstStart ??= now;
        keepUnwritten(this.written, scenario);
        const timer = setTimeout(() => write(), Math.max(0, Math.min(burstGapMs, burstMaxWaitMs - (now - burstStart))));
        pending = () => clearTimeout(timer);
      });
    });
  }

  /** the page was reloaded (or restored) before the last edits of a drag reached its link: they are
   * taken back, read like any scenario (a damaged entry is dropped and named) */
  private recoverUnwritten() {
    let saved: { after: string; scenario: string } | null = null;
    try {
      saved = JSON.parse(sessionStorage.getItem(unwrittenKey) ?? 'null');
    } catch {
      saved = null;
    }
    forgetUnwritten();
    if (!saved || typeof saved.scenario !== 'string' || saved.after !== location.hash) return;
    const text = saved.scenario;
    withReaders((r) => {
      const read = r.readScenarioText(text, this.knownCounties());
      projections.replace(read.scenario);
      // what this tab kept replaces what its own link could not carry
      this.report(read.dropped, 'link');
    });
  }

  /** a link, deflated once the compressor has come (and sent for if a plain one was written) */
  private link(state: LinkState): string {
    void this.deflated;
    const link = encodeLink(state);
    if (!compressorLoaded() && scenarioPayload(state.scenario)) void this.prepare();
    return link;
  }

  /** the link of what is on screen now */
  current(): string {
    return this.link({
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

  /** the link that opens `scenario` (a workshop case, say) in the reader's language */
  urlFor(scenario: Scenario): string {
    return `${location.origin}${location.pathname}${this.link({ scenario, county: null, indicator: null, lang: locale.lang, view: 'main' })}`;
  }

  /** links asked to open: one read after a later one opened is not shown */
  private opening = 0;

  open(fragment: string, { initial }: { initial: boolean }) {
    if (!fragment || fragment === '#') return;
    const asked = ++this.opening;
    // a link with a scenario is read with the scenario schema (loaded before the first view when
    // the page opens with one)
    const plain = decodePlainLink(fragment, this.knownCounties());
    if (plain) this.show(plain, initial);
    else withReaders((r) => {
      if (asked === this.opening) this.show(r.decodeLink(fragment, this.knownCounties()), initial);
    });
  }

  private show(link: DecodedLink, initial: boolean) {
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
