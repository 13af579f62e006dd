// The share link: the whole scenario, the view and the language in the URL's fragment, so it never
// reaches a server. The scenario travels as deflated JSON (base64url) holding only what differs
// from the page's defaults; `j=` takes plain JSON for people who write links by hand. A fragment
// without `s=` is the first version's link (view only) and opens on the defaults. Whatever the
// page writes, it can read: a scenario too large for a link (hundreds of imported counties' worth
// of edits) is not put in one; the link says so (`toolong=1`) and the page keeps the scenario.
// This half writes links and reads those that carry no scenario, without the scenario schema that
// reading a scenario takes (link.ts): a page opened without one does not load it.
// Nor does it load the compressor (fflate, compressor.ts) before the page's first view, which
// writes no scenario: it comes when a scenario is first written, or once the page is idle. A link
// written before it has come carries the same JSON plain (`j=`, which every version of the page
// reads, the first one included), and the page writes its address bar again, deflated, once it has.
import type { Dropped } from './readScenario.ts';
import type { Scenario } from './scenarioSchema.ts';
import { countyIdPattern } from './scenarioConstants.ts';
import { defaultScenario, pageDefaults, sameScenario } from './defaults.ts';

export { pageDefaults };

export type LinkLang = 'zh' | 'en';

/** the presenter view is a local mode, not something to send */
export type LinkView = 'main' | 'compare';

export interface LinkState {
  scenario: Scenario;
  county: string | null;
  indicator: string | null;
  lang: LinkLang | null;
  view: LinkView;
}

/** A link's scenario payload, base64url characters: real scenarios are a few hundred, fifty new
 * projects with long Chinese names in each of the five counties about 100,000, and browsers open
 * links of 2 MB. */
export const maxPayloadChars = 500_000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/gu, '-').replace(/\//gu, '_').replace(/=+$/u, '');
}

export function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/gu, '+').replace(/_/gu, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The scenario minus what equals the page's defaults (the version always stays). */
function compact(s: Scenario): Record<string, unknown> {
  const out: Record<string, unknown> = { version: s.version };
  for (const [k, v] of Object.entries(s)) {
    if (k === 'version' || v === undefined) continue;
    if (!sameScenario(v, (pageDefaults as Record<string, unknown>)[k])) out[k] = v;
  }
  return out;
}

type Deflate = (text: string) => Uint8Array;
let deflate: Deflate | null = null;
let compressorLoading: Promise<void> | null = null;

/** links are deflated with `d` from now on (link.ts, which has fflate for reading, passes it at once) */
export function useCompressor(d: Deflate): void {
  deflate = d;
}

/** the compressor is here: a link written now is deflated */
export const compressorLoaded = (): boolean => deflate !== null;

/** Loads the compressor (once; a failed load is tried again next time, links staying plain till
 * then). Resolves either way. */
export function loadCompressor(): Promise<void> {
  return (compressorLoading ??= import('./compressor.ts').then(
    (c) => useCompressor(c.deflateText),
    () => {
      compressorLoading = null;
    },
  ));
}

/** A scenario's payload: its compact JSON deflated (`s=`), or plain (`j=`) while the compressor
 * has not come (asking for it then); null for the page's defaults. */
export interface Payload {
  key: 's' | 'j';
  /** base64url, or the JSON */
  value: string;
  /** its length in the link (the JSON URL-encoded) */
  chars: number;
}

// one entry: the page asks again for the same scenario whenever only the view changes
let memo: { json: string; deflated: boolean; payload: Payload | null } = { json: '', deflated: false, payload: null };

/** The scenario's payload, or null when it is the page's defaults (see linkCarries for one too large
 * to carry). */
export function scenarioPayload(s: Scenario): Payload | null {
  const body = compact(s);
  const json = JSON.stringify(body);
  if (json === memo.json && memo.deflated === compressorLoaded()) return memo.payload;
  let payload: Payload | null = null;
  if (Object.keys(body).length > 1) {
    if (deflate) {
      const value = toBase64Url(deflate(json));
      payload = { key: 's', value, chars: value.length };
    } else {
      void loadCompressor();
      payload = { key: 'j', value: json, chars: new URLSearchParams({ j: json }).toString().length - 2 };
    }
  }
  memo = { json, deflated: compressorLoaded(), payload };
  return payload;
}

export function encodeLink(state: LinkState): string {
  const params = new URLSearchParams();
  if (state.county) params.set('county', state.county);
  if (state.indicator) params.set('indicator', state.indicator);
  if (state.lang) params.set('lang', state.lang);
  if (state.view !== 'main') params.set('view', state.view);
  const payload = scenarioPayload(state.scenario);
  if (payload && payload.chars <= maxPayloadChars) params.set(payload.key, payload.value);
  else if (payload) params.set('toolong', '1');
  return params.size ? `#${params.toString()}` : '';
}

/** the link of this scenario carries it (false: too large for a link, or, before the compressor has
 * come, for a plain one) */
export const linkCarries = (s: Scenario): boolean => (scenarioPayload(s)?.chars ?? 0) <= maxPayloadChars;

export interface DecodedLink extends LinkState {
  dropped: Dropped[];
}

export function linkParams(fragment: string): URLSearchParams {
  try {
    return new URLSearchParams(fragment.replace(/^#/u, ''));
  } catch {
    return new URLSearchParams();
  }
}

/** the link has a scenario to read (`s=` or `j=`) */
export const carriesScenario = (params: URLSearchParams): boolean => params.has('s') || params.has('j');

/** Where a link opens — county, indicator, language, view — with what of it is not valid. */
export function linkPlace(params: URLSearchParams, knownCounties: readonly string[]): Omit<DecodedLink, 'scenario'> {
  const dropped: Dropped[] = [];
  const county = params.get('county');
  const knownCounty = county !== null && countyIdPattern.test(county) && knownCounties.includes(county);
  if (county !== null && !knownCounty) dropped.push({ path: 'county', reason: 'unknown_county', detail: county.slice(0, 40) });
  const indicator = params.get('indicator');
  const indicatorOk = indicator !== null && countyIdPattern.test(indicator) && indicator.length <= 60;
  if (indicator !== null && !indicatorOk) dropped.push({ path: 'indicator', reason: 'invalid_value', detail: indicator.slice(0, 40) });
  const lang = params.get('lang');
  const langOk = lang === 'zh' || lang === 'en';
  if (lang !== null && !langOk) dropped.push({ path: 'lang', reason: 'invalid_value', detail: lang.slice(0, 40) });
  const view = params.get('view');
  const viewOk = view === 'compare';
  if (view !== null && !viewOk) dropped.push({ path: 'view', reason: 'invalid_value', detail: view.slice(0, 40) });
  return {
    view: viewOk ? view : 'main',
    county: knownCounty ? county : null,
    indicator: knownCounty && indicatorOk ? indicator : null,
    lang: langOk ? lang : null,
    dropped,
  };
}

/** The link opened, when it carries no scenario (it opens on the page's defaults); null when it
 * does: link.ts reads that. */
export function decodePlainLink(fragment: string, knownCounties: readonly string[]): DecodedLink | null {
  const params = linkParams(fragment);
  if (carriesScenario(params)) return null;
  const place = linkPlace(params, knownCounties);
  const tooLong: Dropped[] = params.has('toolong') ? [{ path: '(root)', reason: 'too_long_for_link', detail: `> ${maxPayloadChars}` }] : [];
  return { ...place, scenario: defaultScenario(), dropped: [...tooLong, ...place.dropped] };
}
