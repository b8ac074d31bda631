// The one error handler and the one Neo4j error mapping, error by error: the status and code each
// becomes (the README's table), the one JSON shape, and no stack trace to the client. The errors
// are the driver's own class (Neo4jError) with Neo4j's codes; routes over a real Neo4j are in
// contract.test.ts and console.test.ts.
import express from 'express';
import neo4j, { Neo4jError } from 'neo4j-driver';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../../contract/index.ts';
import { AppError } from '../../server/http/app-error.ts';
import { errorHandler } from '../../server/http/errors.ts';
import { neo4jAppError, type UserCypher } from '../../server/http/neo4j-errors.ts';
import { errorOf, parsed } from '../support/api-body.ts';

const neo4jError = (code: string, message = 'Neo4j says no\nand more') =>
  new Neo4jError(message, code, '50N42', 'error: general processing exception - unexpected error');
const user: UserCypher = { statement: 'MATCH (n) RETURN n', inserted: { at: 0, length: 0 }, timeoutMs: 5000 };

describe('Neo4j errors', () => {
  it.each([
    [neo4j.error.SERVICE_UNAVAILABLE, 503, 'neo4j_unavailable'],
    [neo4j.error.SESSION_EXPIRED, 503, 'neo4j_unavailable'],
    ['Neo.TransientError.Transaction.DeadlockDetected', 503, 'neo4j_unavailable'],
    ['Neo.ClientError.Transaction.TransactionTimedOut', 504, 'timeout'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 504, 'timeout'],
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 422, 'memory_limit'],
    ['Neo.TransientError.General.TransactionMemoryLimit', 422, 'memory_limit'],
  ])('when %s comes from any query, then %i %s', (code, status, appCode) => {
    for (const from of [undefined, user]) expect(neo4jAppError(neo4jError(code), from)).toMatchObject({ status, code: appCode });
  });

  it('when a request is still in flight as the server closes its driver, then 503, not a logged 500', async () => {
    const driver = neo4j.driver('bolt://127.0.0.1:1');
    const inFlight = driver.executeQuery('RETURN 1').catch((error: unknown) => error);
    await driver.close();

    expect(neo4jAppError(await inFlight)).toMatchObject({ status: 503, code: 'neo4j_unavailable' });
  });

  it('when Neo4j is unavailable, then the answer says when to try again', () => {
    expect(neo4jAppError(neo4jError(neo4j.error.SERVICE_UNAVAILABLE))?.headers).toEqual({ 'Retry-After': '5' });
  });

  it.each([
    ['Neo.ClientError.Statement.SyntaxError', 400, 'syntax_error'],
    ['Neo.ClientError.Statement.ParameterMissing', 400, 'missing_parameter'],
    ['Neo.ClientError.Statement.AccessMode', 403, 'read_only'],
    ['Neo.ClientError.Security.Forbidden', 403, 'read_only'],
    ['Neo.ClientError.Statement.SemanticError', 400, 'cypher_error'],
    ['Neo.ClientError.Statement.ArgumentError', 400, 'cypher_error'],
  ])("when %s comes from a user's query, then %i %s with Neo4j's first line", (code, status, appCode) => {
    const error = neo4jAppError(neo4jError(code), user);

    expect(error).toMatchObject({ status, code: appCode });
    expect(error?.message).not.toContain('and more');
  });

  it("when a client error comes from the server's own query, then it is not the client's fault: left to be a 500", () => {
    expect(neo4jAppError(neo4jError('Neo.ClientError.Statement.SyntaxError'))).toBeNull();
    expect(neo4jAppError(neo4jError('Neo.DatabaseError.General.UnknownError'), user)).toBeNull();
  });

  it('when the error is not a Neo4j error, then it is not mapped', () => {
    expect(neo4jAppError(new Error('Neo.ClientError.Statement.SyntaxError'), user)).toBeNull();
  });
});

describe('error handler', () => {
  /** An app whose one route throws the given error. */
  const throwing = (error: unknown, logged: string[] = []) =>
    express()
      .get('/api/fail', () => {
        throw error;
      })
      .use(errorHandler((line) => logged.push(line)));

  it.each([
    ['an AppError', new AppError(409, 'conflict', 'Changed meanwhile'), 409, 'conflict'],
    ['a Neo4j error', neo4jError(neo4j.error.SERVICE_UNAVAILABLE), 503, 'neo4j_unavailable'],
    ['a URIError', new URIError('URI malformed'), 400, 'bad_request'],
  ])('when a route throws %s, then its status and code in the one shape, not logged', async (_what, error, status, code) => {
    const logged: string[] = [];

    const response = await request(throwing(error, logged)).get('/api/fail');

    expect(errorOf(response, status).code).toBe(code);
    expect(logged).toEqual([]);
  });

  it('when a route throws anything else, then 500 internal, logged with its stack, none of it sent', async () => {
    const logged: string[] = [];

    const response = await request(throwing(new TypeError('secret detail'), logged)).get('/api/fail');

    expect(parsed(ErrorBodySchema, response, 500)).toEqual({ error: { code: 'internal', message: 'Internal error' } });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('secret detail');
  });

  it('when a syntax error has a position, then the body carries it', async () => {
    const response = await request(
      throwing(new AppError(400, 'syntax_error', 'Invalid input', { position: { line: 1, column: 7, offset: 6 } })),
    ).get('/api/fail');

    expect(parsed(ErrorBodySchema, response, 400)).toEqual({
      error: { code: 'syntax_error', message: 'Invalid input', position: { line: 1, column: 7, offset: 6 } },
    });
  });
});
