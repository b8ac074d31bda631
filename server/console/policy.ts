// The console's static screen: the first of its read-only layers, applied before anything is
// sent to Neo4j. It refuses whatever is not one read query against the graph: write clauses,
// administration commands, database switches, file access, procedures off a short allow-list,
// statement chains and client commands. It is defence in depth: the guarantee is that a query
// only runs when EXPLAIN says it reads (queryType 'r'), inside a READ transaction (runner.ts).
import { AppError, syntaxError } from '../http/app-error.ts';
import { positionAt, tokenize, UnterminatedError, type Token } from './cypher-tokens.ts';
import { checkQueryNesting } from './nesting.ts';
import { preludeEnd } from './prelude.ts';

/**
 * Read-only procedures the console may call. Neo4j 5 Community ships them; APOC is not installed.
 * Each reports what the graph holds, nothing about the server, its users or its queries.
 */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels', // the labels in use
  'db.relationshiptypes', // the relationship types in use
  'db.propertykeys', // the property keys in use
  'db.schema.visualization', // labels and types as a small graph
  'db.schema.nodetypeproperties', // property names and types per label set
  'db.schema.reltypeproperties', // property names and types per relationship type
]);

/**
 * Words that begin (or are essential to) a clause or command that writes, administers, switches
 * database, reads files or batches transactions. Matched case-insensitively as bare words.
 */
const FORBIDDEN_WORDS: ReadonlySet<string> = new Set([
  // Writes.
  'CREATE',
  'MERGE',
  'SET',
  'DELETE',
  'DETACH',
  'NODETACH',
  'REMOVE',
  'FOREACH',
  'INSERT',
  // Administration, schema and other databases.
  'USE',
  'SHOW',
  'DROP',
  'ALTER',
  'RENAME',
  'START',
  'STOP',
  'GRANT',
  'DENY',
  'REVOKE',
  'TERMINATE',
  'ENABLE',
  'DEALLOCATE',
  'REALLOCATE',
  'DRYRUN',
  // Files and batched transactions (CALL { } IN TRANSACTIONS, USING PERIODIC COMMIT).
  'LOAD',
  'TRANSACTIONS',
  'PERIODIC',
]);

/**
 * Neo4j 5 decodes \uXXXX escapes before it reads a query, so one could spell a keyword, end a
 * comment or close a string where the screen sees none: refused everywhere, strings included.
 */
const UNICODE_ESCAPE = /\\u/i;
/** Control characters and line separators whose meaning to Neo4j's lexer could differ. */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern finds
const AMBIGUOUS_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u0085\u2028\u2029]/;

export interface ScreenedQuery {
  /** The statement to run (a trailing `;` removed). */
  statement: string;
  /** The same statement under EXPLAIN, planned first to learn whether it would write. */
  explain: string;
  /** Where `explain` inserted text into `statement`, to map Neo4j's error positions back. */
  inserted: { at: number; length: number };
}

const refuse = (message: string): AppError => new AppError(403, 'read_only', message);

export function screenQuery(text: string): ScreenedQuery {
  if (UNICODE_ESCAPE.test(text)) throw refuse('Unicode escapes (\\u...) are not allowed in console queries; type the character itself');
  const odd = AMBIGUOUS_CHARACTER.exec(text);
  if (odd)
    throw refuse(
      `The query contains a control or line-separator character (U+${odd[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`,
    );

  const tokens = readTokens(text);
  checkQueryNesting(tokens);
  if (tokens.length === 0) throw new AppError(400, 'bad_request', 'body.query: holds no Cypher (only comments or white space)');
  if (tokens[0]!.kind === 'punct' && tokens[0]!.value === ':')
    throw refuse('Client commands (:command) are not Cypher; the console runs Cypher queries only');

  const semicolon = tokens.findIndex((token) => token.kind === 'punct' && token.value === ';');
  if (semicolon >= 0 && semicolon < tokens.length - 1) throw refuse('One statement per query: statements chained with ";" are not allowed');
  const body = semicolon >= 0 ? tokens.slice(0, semicolon) : tokens;
  if (body.length === 0) throw new AppError(400, 'bad_request', 'body.query: holds no Cypher');

  body.forEach((token, i) => {
    if (token.kind !== 'word' || isNameInContext(body, i)) return;
    const word = token.value.toUpperCase();
    if (FORBIDDEN_WORDS.has(word)) throw refuse(`${word} is not allowed: the console is read-only`);
    if (word === 'CALL') checkCall(body, i);
  });

  const statement = semicolon >= 0 ? text.slice(0, tokens[semicolon]!.start) : text;
  return { statement, ...explainOf(statement, body) };
}

function readTokens(text: string): Token[] {
  try {
    return tokenize(text);
  } catch (error) {
    if (!(error instanceof UnterminatedError)) throw error;
    throw syntaxError(`${error.message} starting here`, positionAt(text, error.offset));
  }
}

const isPunct = (token: Token | undefined, value: string) => token?.kind === 'punct' && token.value === value;

/**
 * A word right after `.` (property key, namespace part), right after `:` (label, relationship
 * type) or right before `:` (map key) is a name in Cypher, never a clause.
 */
function isNameInContext(tokens: Token[], i: number): boolean {
  return isPunct(tokens[i - 1], '.') || isPunct(tokens[i - 1], ':') || isPunct(tokens[i + 1], ':');
}

/** CALL opens a subquery (`CALL {`, `CALL (x) {`) or calls a procedure on the allow-list. */
function checkCall(tokens: Token[], i: number): void {
  const next = tokens[i + 1];
  if (isPunct(next, '{') || isPunct(next, '(')) return;
  const parts: string[] = [];
  let j = i + 1;
  while (tokens[j]?.kind === 'word' || tokens[j]?.kind === 'quoted') {
    parts.push(tokens[j]!.value);
    if (!isPunct(tokens[j + 1], '.')) break;
    j += 2;
  }
  const name = parts.join('.');
  if (!ALLOWED_PROCEDURES.has(name.toLowerCase())) {
    throw refuse(
      `CALL ${name || '(no name)'} is not allowed: the console may call ${[...ALLOWED_PROCEDURES].join(', ')} (case as in Neo4j)`,
    );
  }
}

/**
 * `EXPLAIN <statement>`, after the prelude (`CYPHER` options, checked against their allow-list by
 * preludeEnd; EXPLAIN must follow them). A statement already under EXPLAIN is planned as it is;
 * one under PROFILE (which runs it) is planned with EXPLAIN in its place, a word of the same length.
 */
function explainOf(statement: string, tokens: Token[]): Pick<ScreenedQuery, 'explain' | 'inserted'> {
  const end = preludeEnd(tokens);
  const lead = tokens.slice(0, end).filter((token) => isWord(token, 'EXPLAIN') || isWord(token, 'PROFILE'));
  if (lead.some((token) => isWord(token, 'EXPLAIN'))) return { explain: statement, inserted: { at: 0, length: 0 } };
  const profile = lead[0];
  if (profile) {
    return { explain: `${statement.slice(0, profile.start)}EXPLAIN${statement.slice(profile.end)}`, inserted: { at: 0, length: 0 } };
  }
  const prefix = 'EXPLAIN ';
  const at = tokens[end]?.start ?? statement.length;
  return { explain: `${statement.slice(0, at)}${prefix}${statement.slice(at)}`, inserted: { at, length: prefix.length } };
}

const isWord = (token: Token | undefined, word: string) => token?.kind === 'word' && token.value.toUpperCase() === word;
