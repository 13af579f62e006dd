// JSON from outside (a link, a file): refused when too large or too deeply nested, and keys that
// could reach an object's prototype are dropped (and reported) before anything else sees them. A
// byte-order mark (Windows Notepad writes one) is not part of the JSON and is skipped.
export type JsonRefusal = 'too_large' | 'too_deep' | 'not_json';

export interface SafeJsonLimits {
  maxChars: number;
  maxDepth: number;
}

export type SafeJson = { ok: true; value: unknown; unsafeKeys: string[] } | { ok: false; problem: JsonRefusal; detail: string };

/** keys never taken from outside: ids may not be these either, or a link could not carry them */
export const unsafeKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Deepest nesting of arrays and objects in JSON text, strings skipped; stops early past `limit`. */
export function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > deepest && (deepest = depth) > limit) return deepest;
    } else if (c === 125 || c === 93) depth--;
  }
  return deepest;
}

/** The text without a leading UTF-8 byte-order mark. */
export const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

export function parseJsonSafely(withBom: string, limits: SafeJsonLimits): SafeJson {
  const text = withoutBom(withBom);
  if (text.length > limits.maxChars) return { ok: false, problem: 'too_large', detail: `${text.length} > ${limits.maxChars}` };
  const depth = jsonDepth(text, limits.maxDepth);
  if (depth > limits.maxDepth) return { ok: false, problem: 'too_deep', detail: `> ${limits.maxDepth}` };
  const dropped: string[] = [];
  try {
    const value: unknown = JSON.parse(text, function (this: Record<string, unknown>, key, v: unknown) {
      if (unsafeKeys.has(key) && !Array.isArray(this)) {
        dropped.push(key);
        return undefined; // removes the property
      }
      return v;
    });
    return { ok: true, value, unsafeKeys: dropped };
  } catch (e) {
    return { ok: false, problem: 'not_json', detail: (e as Error).message.split('\n')[0]! };
  }
}
