import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-client.ts';
import { describeError, errorRange } from './console-error.ts';

/** Typed unknown rather than any, so the object literals it sits in stay type-checked. */
const ANY_STRING: unknown = expect.any(String);

describe('console errors', () => {
  it('when the server refuses a write, then it reads as the read-only refusal with the server’s message', () => {
    const view = describeError(new ApiError(403, 'read_only', 'The console is read-only: CREATE is not allowed'));

    expect(view).toMatchObject({
      kind: 'read-only',
      code: 'read_only',
      detail: 'The console is read-only: CREATE is not allowed',
      position: null,
    });
  });

  it('when the query has a syntax error, then the kind is syntax and the position is kept', () => {
    const view = describeError(new ApiError(400, 'syntax_error', 'Invalid input', { position: { line: 2, column: 3, offset: 12 } }));

    expect(view).toMatchObject({ kind: 'syntax', code: 'syntax_error', position: { line: 2, column: 3, offset: 12 } });
    expect(view.title).toContain('line 2, column 3');
  });

  it('when the server cannot be reached, then there is no server message, only what to do', () => {
    expect(describeError(new ApiError(0, 'unreachable', 'The API could not be reached.'))).toMatchObject({
      kind: 'unreachable',
      detail: '',
      hint: ANY_STRING,
    });
  });

  it.each([
    [new ApiError(504, 'timeout', 'stopped'), 'timeout'],
    [new ApiError(503, 'neo4j_unavailable', 'Neo4j is not reachable'), 'unavailable'],
    [new ApiError(502, 'http_502', 'The API answered 502.'), 'other'],
    [new ApiError(0, 'unreachable', 'The API could not be reached.'), 'unreachable'],
    [new ApiError(400, 'missing_parameter', 'Expected parameter(s): n'), 'parameter'],
    [new ApiError(400, 'cypher_error', 'Unknown function'), 'query'],
    [new ApiError(404, 'not_found', 'Saved query "x" not found'), 'query'],
    [new TypeError('boom'), 'other'],
  ] as const)('when the run fails with %s, then the kind is %s', (error, kind) => {
    expect(describeError(error).kind).toBe(kind);
  });

  it('when a position is inside a word, then the word from there is marked', () => {
    const text = 'MATCH (n)\nRETRUN n';

    expect(errorRange(text, { line: 2, column: 1, offset: 10 })).toEqual({ from: 10, to: 16 });
  });

  it('when a position is at the end of the text or a line, then the character before is marked', () => {
    expect(errorRange('MATCH (n', { line: 1, column: 9, offset: 8 })).toEqual({ from: 7, to: 8 });
    expect(errorRange('MATCH (n)\nRETURN', { line: 1, column: 10, offset: 9 })).toEqual({ from: 8, to: 9 });
    expect(errorRange('', { line: 1, column: 1, offset: 0 })).toBeNull();
  });

  it('when the offset lies past the text, then line and column place the mark', () => {
    expect(errorRange('RETURN 1\nWITH x', { line: 2, column: 6, offset: 999 })).toEqual({ from: 14, to: 15 });
  });
});
