// The share link: the whole scenario, the view and the language in the URL's fragment, so it never
// reaches a server. The scenario travels as deflated JSON (base64url) holding only what differs
// from the page's defaults; `j=` takes plain JSON for people who write links by hand. A fragment
// without `s=` is the first version's link (view only) and opens on the defaults.
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { readScenarioText, type Dropped } from './readScenario.ts';
import { countyIdPattern, type Scenario } from './scenarioSchema.ts';
import { pageDefaults, sameScenario } from './defaults.ts';

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

/** A link's scenario payload, base64url characters; real scenarios are a few hundred. */
export const maxPayloadChars = 16_384;
/** JSON a payload may inflate to (deflate can expand ~1000×: cap what a hostile link costs). */
const maxInflatedBytes = 1_000_000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/gu, '-').replace(/\//gu, '_').replace(/=+$/u, '');
}

function fromBase64Url(text: string): Uint8Array {
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

// one entry: the page asks again for the same scenario whenever only the view changes
let memo: { json: string; payload: string | null } = { json: '', payload: null };

/** The `s=` value for a scenario, or null when it is the page's defaults. */
export function scenarioPayload(s: Scenario): string | null {
  const body = compact(s);
  const json = JSON.stringify(body);
  if (json !== memo.json) memo = { json, payload: Object.keys(body).length > 1 ? toBase64Url(deflateSync(strToU8(json), { level: 9, mem: 8 })) : null };
  return memo.payload;
}

export function encodeLink(state: LinkState): string {
  const params = new URLSearchParams();
  if (state.county) params.set('county', state.county);
  if (state.indicator) params.set('indicator', state.indicator);
  if (state.lang) params.set('lang', state.lang);
  if (state.view !== 'main') params.set('view', state.view);
  const payload = scenarioPayload(state.scenario);
  if (payload) params.set('s', payload);
  return params.size ? `#${params.toString()}` : '';
}

export interface DecodedLink extends LinkState {
  dropped: Dropped[];
}

export function decodeLink(fragment: string, knownCounties: readonly string[]): DecodedLink {
  const dropped: Dropped[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(fragment.replace(/^#/u, ''));
  } catch {
    params = new URLSearchParams();
  }
  let text: string | null = params.get('j');
  const payload = params.get('s');
  if (payload !== null) {
    if (payload.length > maxPayloadChars) {
      dropped.push({ path: '(root)', reason: 'too_large', detail: `${payload.length} > ${maxPayloadChars}` });
    } else {
      try {
        const inflated = inflateSync(fromBase64Url(payload));
        if (inflated.length > maxInflatedBytes) dropped.push({ path: '(root)', reason: 'too_large', detail: `${inflated.length} > ${maxInflatedBytes}` });
        else text = strFromU8(inflated);
      } catch (e) {
        dropped.push({ path: '(root)', reason: 'unreadable', detail: (e as Error).message });
      }
    }
  }
  const read = readScenarioText(text ?? '{}', knownCounties, pageDefaults);
  dropped.push(...read.dropped);

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
    scenario: read.scenario,
    view: viewOk ? view : 'main',
    county: knownCounty ? county : null,
    indicator: knownCounty && indicatorOk ? indicator : null,
    lang: langOk ? lang : null,
    dropped,
  };
}
