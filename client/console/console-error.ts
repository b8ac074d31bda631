// A failed console run, as the console shows it: decided on the status and code the API sent
// (never on message text), with the server's own message kept as the detail.
import { ApiError } from '../api/api-client.ts';
import type { ErrorPosition } from '../../contract/index.ts';

export type ConsoleErrorKind = 'read-only' | 'syntax' | 'timeout' | 'unavailable' | 'unreachable' | 'parameter' | 'query' | 'other';

export interface ConsoleErrorView {
  kind: ConsoleErrorKind;
  /** The API's code ('read_only', 'syntax_error', …), or 'client' for a fault in the page. */
  code: string;
  title: string;
  /** The server's message (text from the server: shown only as text); '' when there is none. */
  detail: string;
  /** What the user can do about it; null when the title says it all. */
  hint: string | null;
  /** Where in the query a syntax error is; null otherwise. */
  position: ErrorPosition | null;
}

export function describeError(error: unknown): ConsoleErrorView {
  if (!(error instanceof ApiError)) {
    return {
      kind: 'other',
      code: 'client',
      title: 'The console could not show this result',
      detail: error instanceof Error ? error.message : String(error),
      hint: null,
      position: null,
    };
  }
  const view = (kind: ConsoleErrorKind, title: string, hint: string | null = null): ConsoleErrorView => ({
    kind,
    code: error.code,
    title,
    detail: error.message,
    hint,
    position: error.position,
  });
  if (error.status === 0)
    return {
      ...view('unreachable', 'The entente server cannot be reached', 'Check that the server is running, then try again.'),
      detail: '',
    };
  if (error.code === 'read_only') {
    return view(
      'read-only',
      'This console is read-only',
      'Queries here may only read: MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN, and CALL of the db.labels / db.schema… listings. Nothing was run.',
    );
  }
  if (error.code === 'syntax_error') {
    const where = error.position ? ` at line ${error.position.line}, column ${error.position.column}` : '';
    return view('syntax', `Syntax error${where}`, error.position ? 'The place is marked in the editor.' : null);
  }
  if (error.code === 'timeout' || error.status === 504)
    return view('timeout', 'The query took too long and was stopped', 'Narrow it down (a tighter MATCH, a LIMIT) and run it again.');
  if (error.code === 'neo4j_unavailable' || error.status === 503)
    return view('unavailable', 'The database is not available right now', 'Try again in a few seconds.');
  if (error.code === 'missing_parameter')
    return view('parameter', 'A parameter has no value', 'Fill in the parameter inputs under the editor.');
  if (error.code === 'memory_limit') return view('query', 'The query needs more memory than the database allows');
  if (error.code === 'payload_too_large') return view('query', 'The query is too long');
  if (error.code === 'not_found') return view('query', 'That saved query no longer exists');
  if (error.status >= 400 && error.status < 500) return view('query', 'The database could not run this query');
  return view('other', `The server could not answer (${error.status} ${error.code})`);
}

/**
 * The stretch of the query to mark for an error position: the word that starts there (at least
 * one character); at a line's end or the text's end, the character before. Null when there is nothing.
 */
export function errorRange(text: string, position: ErrorPosition): { from: number; to: number } | null {
  if (text.length === 0) return null;
  let from = position.offset <= text.length ? position.offset : offsetOfLine(text, position);
  if (from >= text.length) from = text.length - 1;
  // A line break cannot be seen marked: mark what ends the line instead.
  if (text[from] === '\n' && from > 0) from -= 1;
  const word = /^[A-Za-z0-9_$]+/.exec(text.slice(from, from + 200));
  return { from, to: from + Math.max(word?.[0].length ?? 1, 1) };
}

/** The offset of a 1-based line and column, clamped to the text. */
function offsetOfLine(text: string, { line, column }: ErrorPosition): number {
  const lines = text.split('\n');
  const index = Math.min(Math.max(line, 1), lines.length) - 1;
  const start = lines.slice(0, index).reduce((sum, each) => sum + each.length + 1, 0);
  return Math.min(start + Math.max(column - 1, 0), text.length);
}
