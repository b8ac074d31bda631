// Request bodies for the fuzzer: a valid body of the route with a few of its fields replaced by
// hostile values, or something else entirely (another type, prototype keys, deep nesting,
// malformed or huge JSON), under sensible and odd content types.
import fc from 'fast-check';
import { CONTENT_TYPES, hostileJson, nestedJson, withProtoKey } from './hostile.ts';

export interface FuzzBody {
  body?: string;
  contentType?: string;
}

type Path = (string | number)[];

/** Every place in a JSON value a mutation can land (the value itself included). */
function pathsOf(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) return [at, ...value.flatMap((item, i) => pathsOf(item, [...at, i]))];
  if (value !== null && typeof value === 'object') return [at, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, k]))];
  return [at];
}

/** A copy of `base` with the value at `path` replaced (own properties only, so `__proto__` is a key). */
function replaced(base: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy = (Array.isArray(base) ? [...(base as unknown[])] : { ...(base as object) }) as Record<string | number, unknown>;
  Object.defineProperty(copy, head!, { value: replaced(copy[head!], rest, value), enumerable: true, writable: true, configurable: true });
  return copy;
}

/** `base` with up to three of its fields replaced by hostile values, or an extra field added. */
export function mutatedBody(base: unknown, valid: readonly string[]): fc.Arbitrary<string> {
  const paths = pathsOf(base);
  const change = fc.tuple(fc.constantFrom(...paths), fc.boolean(), hostileJson(valid));
  return fc
    .array(change, { maxLength: 3 })
    .map((changes) =>
      JSON.stringify(
        changes.reduce<unknown>(
          (body, [path, extra, value]) => replaced(body, extra && path.length > 0 ? [...path.slice(0, -1), 'extra'] : path, value),
          base,
        ),
      ),
    );
}

/** JSON texts no valid body looks like: deep, prototype-keyed, malformed, or `hugeBytes` long. */
function strangeBody(valid: readonly string[], hugeBytes: number): fc.Arbitrary<string> {
  return fc.oneof(
    hostileJson(valid).map((value) => JSON.stringify(value) ?? 'null'),
    hostileJson(valid, 2).map(withProtoKey),
    fc
      .tuple(fc.integer({ min: 100, max: 20_000 }), fc.constantFrom('array' as const, 'object' as const))
      .map(([depth, kind]) => nestedJson(depth, kind)),
    fc.constantFrom('', '{', '{"a":}', '[1,]', 'nul', '"\\ud800"', '{"a":1}{"b":2}', '\u0000', '{"a":1e999}'),
    fc.integer({ min: hugeBytes - 1000, max: hugeBytes + 1000 }).map((n) => JSON.stringify({ query: 'x'.repeat(n) })),
  );
}

/** A body for a route whose valid body is `base`; the route's body limit sets the size of the huge ones. */
export function fuzzBody(base: unknown, valid: readonly string[], { hugeBytes }: { hugeBytes: number }): fc.Arbitrary<FuzzBody> {
  const json = fc.constantFrom('application/json', 'application/json; charset=utf-8');
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ body: mutatedBody(base, valid), contentType: json }) },
    { weight: 3, arbitrary: fc.record({ body: strangeBody(valid, hugeBytes), contentType: json }) },
    { weight: 1, arbitrary: fc.record({ body: mutatedBody(base, valid), contentType: fc.constantFrom(...CONTENT_TYPES) }) },
    { weight: 1, arbitrary: fc.constant({}) },
  );
}
