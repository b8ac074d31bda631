import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema, HealthResponseSchema, ReadyResponseSchema } from '../../contract/index.ts';
import { createApp } from '../../server/app.ts';
import { openNeo4j, type Neo4j } from '../../server/db/neo4j.ts';
import { applySchema } from '../../server/db/schema.ts';
import { loadConfig } from '../../server/config.ts';
import { errorOf, matcher, parsed } from '../support/api-body.ts';
import { connectTestNeo4j } from '../support/neo4j.ts';

describe('health and readiness', () => {
  let db: Neo4j;
  beforeAll(async () => {
    db = await connectTestNeo4j();
    await applySchema(db);
  });
  afterAll(() => db.close());

  it('when the process is up, then /api/health is 200', async () => {
    const health = parsed(HealthResponseSchema, await request(createApp({ db })).get('/api/health'));

    expect(health).toEqual({ status: 'ok' });
  });

  it('when Neo4j answers and the schema is applied, then /api/ready is 200', async () => {
    const ready = parsed(ReadyResponseSchema, await request(createApp({ db })).get('/api/ready'));

    expect(ready).toMatchObject({ status: 'ready', neo4j: { version: matcher(expect.stringMatching(/^Neo4j\/5\.26/)) } });
  });

  it('when Neo4j is gone, then /api/ready is 503 with Retry-After and the error shape', async () => {
    const gone = await connectTestNeo4j();
    await gone.driver.close();

    const response = await request(createApp({ db: gone, log: () => {} })).get('/api/ready');

    expect(parsed(ErrorBodySchema, response, 503)).toEqual({ error: { code: 'neo4j_unavailable', message: matcher(expect.any(String)) } });
    expect(response.headers['retry-after']).toMatch(/^\d+$/);
  });

  it('when an API route does not exist, then 404 in the one error shape', async () => {
    const body = parsed(ErrorBodySchema, await request(createApp({ db })).get('/api/nope'), 404);

    expect(body).toEqual({ error: { code: 'not_found', message: matcher(expect.any(String)) } });
  });

  it('when a body is not JSON or too large, then 400 or 413 without a stack trace', async () => {
    const app = createApp({ db });

    const bad = await request(app).post('/api/health').set('content-type', 'application/json').send('{"a":');
    const huge = await request(app)
      .post('/api/health')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ a: 'x'.repeat(200_000) }));

    expect(errorOf(bad, 400).code).toBe('bad_json');
    expect(errorOf(huge, 413).code).toBe('payload_too_large');
    expect(JSON.stringify([bad.body, huge.body])).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('when NEO4J_URI points nowhere, then opening fails naming the URI', async () => {
    const config = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:9', NEO4J_CONNECT_TIMEOUT_S: '3' });

    await expect(openNeo4j(config)).rejects.toThrow(/bolt:\/\/127\.0\.0\.1:9[\s\S]*NEO4J_URI/);
  });
});
