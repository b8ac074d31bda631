// A Cypher tokenizer just precise enough to screen console queries: it knows where string
// literals, backtick-quoted names, parameters and comments begin and end (the way Neo4j 5 reads
// them), so keywords inside strings do not count and keywords outside them cannot hide.
// It does not parse Cypher; Neo4j does that, and EXPLAIN reports what a query would do.
import type { ErrorPosition } from '../../contract/index.ts';

export type TokenKind =
  /** A bare name, keyword or number (case kept). */
  | 'word'
  /** A backtick-quoted name; `value` is the name with doubled backticks undone. */
  | 'quoted'
  /** `$name` or `$0`; `value` is the name. */
  | 'param'
  /** A '...' or "..." literal; `value` is the raw text between the quotes. */
  | 'string'
  /** Any other single character that is not white space. */
  | 'punct';

export interface Token {
  kind: TokenKind;
  value: string;
  /** Offset of the token's first character in the query. */
  start: number;
  /** Offset just past the token's last character. */
  end: number;
}

/** Text the tokenizer cannot read: an unterminated string, name or comment. */
export class UnterminatedError extends Error {
  override name = 'UnterminatedError';
  constructor(
    readonly what: string,
    readonly offset: number,
  ) {
    super(`Unterminated ${what}`);
  }
}

// Deliberately narrower than Neo4j's identifier characters: splitting a name more finely than
// Neo4j does can only expose more keyword-like words to the screen, never hide one.
const WORD_CHAR = /[\p{L}\p{Nd}_]/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    const next = text[i + 1];
    if (/\s/u.test(char)) {
      i += 1;
    } else if (char === '/' && next === '/') {
      // A line comment ends at \n or \r, as in Neo4j.
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i += 1;
    } else if (char === '/' && next === '*') {
      // Block comments do not nest in Cypher: the first */ closes.
      const close = text.indexOf('*/', i + 2);
      if (close < 0) throw new UnterminatedError('comment', i);
      i = close + 2;
    } else if (char === "'" || char === '"') {
      const end = stringEnd(text, i);
      tokens.push({ kind: 'string', value: text.slice(i + 1, end - 1), start: i, end });
      i = end;
    } else if (char === '`') {
      const end = quotedEnd(text, i);
      tokens.push({ kind: 'quoted', value: text.slice(i + 1, end - 1).replaceAll('``', '`'), start: i, end });
      i = end;
    } else if (char === '$' && next !== undefined && (WORD_CHAR.test(next) || next === '`')) {
      const name = next === '`' ? quotedEnd(text, i + 1) : wordEnd(text, i + 1);
      const raw = text.slice(i + 1, name);
      tokens.push({ kind: 'param', value: next === '`' ? raw.slice(1, -1).replaceAll('``', '`') : raw, start: i, end: name });
      i = name;
    } else if (WORD_CHAR.test(char)) {
      const end = wordEnd(text, i);
      tokens.push({ kind: 'word', value: text.slice(i, end), start: i, end });
      i = end;
    } else {
      const width = char.length === 1 && /[\uD800-\uDBFF]/.test(char) ? 2 : 1;
      tokens.push({ kind: 'punct', value: text.slice(i, i + width), start: i, end: i + width });
      i += width;
    }
  }
  return tokens;
}

/** A backslash escapes the character after it; the same quote character closes. */
function stringEnd(text: string, open: number): number {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === quote) return i + 1;
  }
  throw new UnterminatedError('string literal', open);
}

/** Inside backticks a doubled backtick stands for one; there are no backslash escapes. */
function quotedEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i += 1) {
    if (text[i] !== '`') continue;
    if (text[i + 1] === '`') i += 1;
    else return i + 1;
  }
  throw new UnterminatedError('backtick-quoted name', open);
}

function wordEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && WORD_CHAR.test(text[i]!)) i += 1;
  return i;
}

/** Line and column of an offset in a text, both 1-based. */
export function positionAt(text: string, offset: number): ErrorPosition {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1, offset };
}
