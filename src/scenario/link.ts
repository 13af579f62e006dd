// Reading a share link that carries a scenario: inflated within limits, then read like any scenario
// from outside (readScenario.ts: migrated, salvaged field by field). The link's format and its
// writing are in linkFormat.ts, which the page loads without the scenario schema.
import { Inflate, strFromU8 } from 'fflate';
import { readScenarioText, scenarioJsonLimits, type Dropped } from './readScenario.ts';
import { carriesScenario, decodePlainLink, fromBase64Url, linkParams, linkPlace, maxPayloadChars, pageDefaults, useCompressor, type DecodedLink } from './linkFormat.ts';
import { deflateText } from './compressor.ts';

export * from './linkFormat.ts';

// what reads links has fflate: the links it writes are deflated from the start
useCompressor(deflateText);

/** JSON a payload may inflate to: what a scenario file may hold, in UTF-8 (deflate can expand
 * ~1000×, so inflating stops there, which caps what a hostile link costs) */
const maxInflatedBytes = 3 * scenarioJsonLimits.maxChars;

/** Inflates `bytes`, or null once the output passes `cap` (fed in small pieces, so a bomb stops
 * after a few megabytes instead of being inflated whole). Throws on damaged data. */
function inflateAtMost(bytes: Uint8Array, cap: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > cap) over = true;
    else chunks.push(chunk);
  });
  for (let i = 0; i < bytes.length && !over; i += 1024) inflater.push(bytes.subarray(i, i + 1024), i + 1024 >= bytes.length);
  if (over) return null;
  if (!bytes.length) throw new Error('empty payload');
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export function decodeLink(fragment: string, knownCounties: readonly string[]): DecodedLink {
  const params = linkParams(fragment);
  if (!carriesScenario(params)) return decodePlainLink(fragment, knownCounties)!;
  const dropped: Dropped[] = [];
  let text: string | null = params.get('j');
  const payload = params.get('s');
  if (payload !== null) {
    if (payload.length > maxPayloadChars) {
      dropped.push({ path: '(root)', reason: 'too_large', detail: `${payload.length} > ${maxPayloadChars}` });
    } else {
      try {
        const inflated = inflateAtMost(fromBase64Url(payload), maxInflatedBytes);
        if (!inflated) dropped.push({ path: '(root)', reason: 'too_large', detail: `> ${maxInflatedBytes} bytes` });
        else text = strFromU8(inflated);
      } catch (e) {
        dropped.push({ path: '(root)', reason: 'unreadable', detail: (e as Error).message });
      }
    }
  }
  if (params.has('toolong') && payload === null) dropped.push({ path: '(root)', reason: 'too_long_for_link', detail: `> ${maxPayloadChars}` });
  const read = readScenarioText(text ?? '{}', knownCounties, pageDefaults);
  dropped.push(...read.dropped);
  const place = linkPlace(params, knownCounties);
  return { ...place, scenario: read.scenario, dropped: [...dropped, ...place.dropped] };
}
