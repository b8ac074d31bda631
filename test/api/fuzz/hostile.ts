// Generators of hostile input (fast-check arbitraries): strings, path segments, query strings, JSON
// bodies and headers as an attacker or a broken client would send them. Each mixes the plainly
// valid (so some requests get past validation and reach Neo4j) with the known troublemakers.
import fc from 'fast-check';

/** Strings that have broken parsers before: empty, numeric edge cases, prototype names, bad UTF-16. */
const TROUBLE = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '..',
  '../../etc/passwd',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '0',
  '1e308',
  '9007199254740993',
  '0x10',
  ' 1 ',
  '1.5',
  'true',
  '[]',
  '{}',
  "'",
  '"',
  '\\',
  '\u0000',
  '\n',
  '\r\n',
  '\u202e',
  '\ud800',
  '\udc00x',
  '\ufeff',
  '😀',
  ',',
  ',,,',
  'a,b,,c',
  '$p',
  '`',
];

/** Any string: trouble, full Unicode (lone surrogates too), graphemes, long runs, or one of `valid`. */
export function hostileString(valid: readonly string[] = []): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: valid.length > 0 ? fc.constantFrom(...valid) : fc.constant('x') },
    { weight: 2, arbitrary: fc.constantFrom(...TROUBLE) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('a', '%', '\u0000', 'é', '😀', '-'), fc.integer({ min: 200, max: 3000 }))
        .map(([c, n]) => c.repeat(n)),
    },
  );
}

/** Percent-encodes the string as a browser would (lone surrogates become U+FFFD first). */
export function percentEncode(text: string): string {
  return encodeURIComponent(text.replace(/\p{Cs}/gu, '\ufffd'));
}

/** Malformed percent-encoding: truncated, non-hex, overlong or invalid UTF-8. */
const BAD_PERCENT = ['%', '%E0%A4%A', '%ZZ', '%%', '%C0%AF', '%ED%A0%80', '%FF', '%E2%82', '%0', '%uD800', '%F4%90%80%80'];

/**
 * What goes into a URL: properly encoded, raw (printable Latin-1 only: Node's client refuses the
 * rest, and Node's server would answer before the app), or with malformed percent-encoding mixed in.
 */
export function urlText(valid: readonly string[] = []): fc.Arbitrary<string> {
  const raw = hostileString(valid).map((text) => text.replace(/[^\u0021-\u00ff]|[#?&=]/g, ''));
  const malformed = fc.tuple(hostileString(valid), fc.constantFrom(...BAD_PERCENT)).map(([text, bad]) => percentEncode(text) + bad);
  return fc.oneof(
    { weight: 4, arbitrary: hostileString(valid).map(percentEncode) },
    { weight: 1, arbitrary: raw },
    { weight: 2, arbitrary: malformed },
  );
}

/** A query string over the route's keys (and some of its own), values encoded by `urlText`. */
export function queryString(keys: Record<string, readonly string[]>): fc.Arbitrary<string> {
  const names = Object.keys(keys);
  const key = fc.oneof(
    { weight: 6, arbitrary: names.length > 0 ? fc.constantFrom(...names) : fc.constant('q') },
    {
      weight: 1,
      arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'a[b]', `${names[0] ?? 'q'}[]`, `${names[0] ?? 'q'}[0]`, ''),
    },
    { weight: 1, arbitrary: urlText() },
  );
  // Own keys only: `constructor` is a generated key too, and must not find Object's.
  const pair = key.chain((name) => urlText(Object.hasOwn(keys, name) ? keys[name] : []).map((value) => `${name}=${value}`));
  const pairs = fc.array(fc.oneof({ weight: 9, arbitrary: pair }, { weight: 1, arbitrary: urlText() }), { maxLength: 6 });
  // A route that needs several keys at once (from and to) rarely gets them all by chance: half the
  // cases start from one valid value of each key, then add to it (a key repeated, a value changed).
  const base = fc.tuple(...names.map((name) => fc.constantFrom(...(keys[name]!.length > 0 ? keys[name]! : ['']))));
  const built = fc
    .tuple(base, fc.array(pair, { maxLength: 2 }))
    .map(([values, extra]) => [...values.map((value, i) => `${names[i]}=${percentEncode(value)}`), ...extra]);
  return fc.oneof(pairs, built).map((list) => list.join('&'));
}

/** A JSON value nested `depth` deep, as text (JSON.stringify would recurse as deep). */
export function nestedJson(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array' ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

/** JSON values of any type, with prototype keys and odd numbers among the object keys and leaves. */
export function hostileJson(valid: readonly string[] = [], maxDepth = 4): fc.Arbitrary<unknown> {
  const key = fc.oneof(hostileString(valid), fc.constantFrom('__proto__', 'constructor', 'prototype'));
  const leaf = fc.oneof(
    hostileString(valid),
    fc.double(),
    fc.integer(),
    fc.constantFrom(null, true, false, 0, -0, 2 ** 53 + 1, -(2 ** 63), 1e308, Number.MIN_VALUE),
  );
  return fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small', maxDepth }, leaf, tie('array'), tie('object')),
    array: fc.array(tie('value'), { maxLength: 5 }),
    object: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
  })).value;
}

/** A JSON text with `__proto__` as an own key (JSON.stringify of a literal would drop it). */
export function withProtoKey(value: unknown): string {
  return `{"__proto__":${JSON.stringify(value) ?? 'null'},"constructor":{"prototype":{"polluted":true}}}`;
}

/** Content types, sensible and not. */
export const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'application/json; charset=bogus',
  'application/json;;;',
  'application/vnd.api+json',
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  '*/*',
  'json',
  '',
];

/** Extra headers: odd accepts and encodings, and big or strange values (a few over Node's 16 KB header limit). */
export function hostileHeaders(): fc.Arbitrary<Record<string, string>> {
  const value = fc.oneof(
    { weight: 8, arbitrary: fc.string({ maxLength: 60 }).map((text) => text.replace(/[^\t\u0020-\u007e]/g, '')) },
    { weight: 2, arbitrary: fc.integer({ min: 1000, max: 6000 }).map((n) => 'v'.repeat(n)) },
    { weight: 1, arbitrary: fc.integer({ min: 17_000, max: 40_000 }).map((n) => 'v'.repeat(n)) },
  );
  return fc.record(
    {
      accept: fc.constantFrom('application/json', 'text/html', '*/*', 'image/png', ''),
      'accept-encoding': fc.constantFrom('gzip', 'br', 'identity;q=0', 'bogus'),
      'content-encoding': fc.constantFrom('gzip', 'deflate', 'br', 'bogus', 'identity'),
      'x-fuzz': value,
      'if-none-match': fc.constantFrom('*', '"x"', 'W/"0"'),
      range: fc.constantFrom('bytes=0-1', 'bytes=-1', 'bytes=9-0'),
    },
    { requiredKeys: [] },
  );
}
