// Turns zod's issues about one record into problems with readable, stable codes. The codes
// depend on the field because the schema is fixed: a bad `polarity` is `bad_polarity`, a bad
// `sha256` is `bad_sha256`, and so on; anything unforeseen keeps a generic code.
import type { z } from 'zod';
import type { PathSegment, ProblemCode } from './problem.ts';
import { isRecord, valueAt } from './raw-data.ts';
import type { RecordProblemSpec } from './sources.ts';

type ZodIssue = z.core.$ZodIssue;

const SLUG_FIELDS = new Set(['id', 'subject', 'object', 'article', 'statedBy', 'mentions', 'outlet']);
const DATE_FIELDS = new Set(['date', 'eventDate']);
const FORMAT_CODES: Record<string, ProblemCode> = { sha256: 'bad_sha256', type: 'bad_type_name', url: 'bad_url', country: 'bad_country' };
const ENUM_CODES: Record<string, ProblemCode> = { polarity: 'bad_polarity', kind: 'bad_kind' };

/** `record` is the raw record the issue is about, to tell a missing field from a wrong one. */
export function problemsFromIssue(issue: ZodIssue, record: unknown): RecordProblemSpec[] {
  const at = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');

  if (issue.code === 'unrecognized_keys') {
    // One problem per key, at the key, so each one can be found and fixed on its own.
    return issue.keys.map((key) => ({ at: [...at, key], code: 'unknown_field', message: `unknown field "${key}"` }));
  }
  if (issue.code === 'invalid_type' && isMissing(record, at)) {
    return [{ at, code: 'missing_field', message: `missing field "${String(at.at(-1))}"` }];
  }
  const received = JSON.stringify(valueAt(record, at)) ?? 'nothing';
  return [{ at, code: codeFor(issue, at), message: `${issue.message} (got ${received})` }];
}

function codeFor(issue: ZodIssue, at: readonly PathSegment[]): ProblemCode {
  const field = [...at].reverse().find((segment): segment is string => typeof segment === 'string') ?? '';
  if (field === 'offsets') {
    const isElement = typeof at.at(-1) === 'number';
    return isElement && issue.code === 'too_small' ? 'negative_offset' : 'bad_offsets';
  }
  switch (issue.code) {
    case 'invalid_value':
      return ENUM_CODES[field] ?? 'invalid_value';
    case 'invalid_format':
      if (SLUG_FIELDS.has(field)) return 'bad_slug';
      if (DATE_FIELDS.has(field)) return 'bad_date';
      return FORMAT_CODES[field] ?? 'invalid_format';
    case 'too_small':
      if (issue.origin !== 'string') return 'invalid_value';
      return field === 'quote' ? 'empty_quote' : 'empty_value';
    case 'invalid_type':
      return 'invalid_type';
    default:
      return 'invalid_value';
  }
}

/** True when the parent of `at` is a mapping that lacks the last key. */
function isMissing(record: unknown, at: readonly PathSegment[]): boolean {
  const key = at.at(-1);
  if (typeof key !== 'string') return false;
  const parent = valueAt(record, at.slice(0, -1));
  return isRecord(parent) && !Object.hasOwn(parent, key);
}
