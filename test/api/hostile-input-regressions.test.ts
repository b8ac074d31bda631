// The requests the fuzzer (hostile-input.test.ts) found answered wrongly, each as fast-check shrank
// it, against the real app over the real test Neo4j: each now gets its 4xx in the one error shape.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../../contract/index.ts';
import { createApp } from '../../server/app.ts';
import type { Neo4j } from '../../server/db/neo4j.ts';
import { answerClientError } from '../../server/http/errors.ts';
import { connectTestNeo4j } from '../support/neo4j.ts';
import { rawClient, type RawClient, type RawResponse } from '../support/raw-http.ts';

const JSON_TYPE = { 'content-type': 'application/json' };

function errorOf(response: RawResponse, status: number): { code: string; message: string } {
  expect(response.status, response.text).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  return ErrorBodySchema.parse(JSON.parse(response.text)).error;
}

describe('hostile input the fuzzer found', () => {
  let db: Neo4j;
  let server: Server;
  let client: RawClient;
  const internal: string[] = [];

  beforeAll(async () => {
    db = await connectTestNeo4j();
    const app = createApp({ db, log: (line) => internal.push(line) });
    server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
      listening.on('clientError', answerClientError);
    });
    client = rawClient((server.address() as AddressInfo).port);
  });
  afterAll(async () => {
    client.close();
    await new Promise((resolve) => server.close(resolve));
    await db.close();
  });

  it('when a body says Content-Encoding: gzip but is not gzip, then 400 bad_request, not a logged 500', async () => {
    const response = await client.send({
      method: 'POST',
      path: '/api/cypher',
      headers: { ...JSON_TYPE, 'content-encoding': 'gzip' },
      body: '{"query":"x"}',
    });

    expect(errorOf(response, 400).code).toBe('bad_request');
    expect(internal).toEqual([]);
  });

  it('when a body is real gzip, then it is still read (its empty query named, without reaching Neo4j)', async () => {
    const body = gzipSync('{"query":" "}');
    const response = await client.send({
      method: 'POST',
      path: '/api/cypher',
      headers: { ...JSON_TYPE, 'content-encoding': 'gzip' },
      body,
    });

    expect(errorOf(response, 400).message).toMatch(/^body\.query: /);
  });

  it('when the URL holds a raw non-ASCII byte (Node refuses it before Express), then 400 in the one shape, not an empty body', async () => {
    const response = await client.send({ method: 'GET', path: '/api/analysis/alignment?x=é' });

    expect(errorOf(response, 400).code).toBe('bad_request');
  });

  it('when the headers pass 16 KB, then 431 in the one shape; to HEAD, the same status and no body', async () => {
    const headers = { 'x-fuzz': 'v'.repeat(17_000) };

    expect(errorOf(await client.send({ method: 'GET', path: '/api/health', headers }), 431).code).toBe('headers_too_large');
    const head = await client.send({ method: 'HEAD', path: '/api/x%', headers });
    expect([head.status, head.text]).toEqual([431, '']);
  });

  it('when a path segment is malformed percent-encoding, then 400 bad_request', async () => {
    expect(errorOf(await client.send({ method: 'GET', path: '/api/entities/%E0%A4%A' }), 400).code).toBe('bad_request');
  });

  // Parameters nested thousands deep overflowed the stack in server/console/driver-params.ts (a 500);
  // the console's nesting limit (server/console/nesting.ts) now refuses them before anything recurses.
  it('when console parameters are nested 5,000 deep, then 400 naming the limit', async () => {
    const body = `{"query":"RETURN $p","params":{"p":${'['.repeat(5000)}${']'.repeat(5000)}}}`;
    const response = await client.send({ method: 'POST', path: '/api/cypher', headers: JSON_TYPE, body });

    expect(errorOf(response, 400).code).toBe('too_deep');
  });
});
