// The one shape of everything wrong with the corpus, from a YAML syntax error to a quote that
// is not in its article. Tools and tests match on `code`, never on `message`.

export const PROBLEM_CODES = [
  // files
  'missing_file',
  'unreadable_file',
  'yaml_syntax',
  'duplicate_key',
  'empty_file',
  'not_a_list',
  // one record against its schema
  'missing_field',
  'unknown_field',
  'invalid_type',
  'invalid_value',
  'invalid_format',
  'empty_value',
  'empty_quote',
  'bad_polarity',
  'bad_kind',
  'bad_slug',
  'bad_type_name',
  'bad_date',
  'bad_sha256',
  'bad_url',
  'bad_country',
  'negative_offset',
  'bad_offsets',
  // records against each other
  'duplicate_id',
  'duplicate_alias',
  'unknown_entity',
  'unknown_article',
  'unknown_outlet',
  'unknown_type',
  'self_relation',
  'duplicate_mention',
  'mention_of_claimed_entity',
  // quotes against the article texts
  'article_text_missing',
  'quote_mismatch',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface Problem {
  /** Path relative to the data directory, e.g. `claims/some-article.yaml`. */
  file: string;
  /** Where in the file, e.g. `[12].quote` or `[3].aliases[1]`; empty for the file as a whole. */
  path: string;
  code: ProblemCode;
  message: string;
  /** 1-based line in the file, where it is known. */
  line?: number;
}

/** A step into parsed YAML: a list index or a mapping key. */
export type PathSegment = string | number;

const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;

export function formatPath(segments: readonly PathSegment[]): string {
  return segments
    .map((segment, position) => {
      if (typeof segment === 'number') return `[${segment}]`;
      if (!PLAIN_KEY.test(segment)) return `[${JSON.stringify(segment)}]`;
      return position === 0 ? segment : `.${segment}`;
    })
    .join('');
}

/** By file, then path with list indices in numeric order (`[3]` before `[12]`), then code. */
export function compareProblems(a: Problem, b: Problem): number {
  return compareCodeUnits(a.file, b.file) || a.path.localeCompare(b.path, 'en', { numeric: true }) || compareCodeUnits(a.code, b.code);
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(compareProblems);
}

/** `file:path: code: message`, the line (where known) at the end so the prefix stays stable. */
export function formatProblem(problem: Problem): string {
  const where = problem.path === '' ? problem.file : `${problem.file}:${problem.path}`;
  const line = problem.line === undefined ? '' : ` (line ${problem.line})`;
  return `${where}: ${problem.code}: ${problem.message}${line}`;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
