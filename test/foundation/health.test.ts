import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { openNeo4j, type Neo4j } from '../../server/db/neo4j.ts';
import { applySchema } from '../../server/db/schema.ts';
import { loadConfig } from '../../server/config.ts';
import { connectTestNeo4j } from '../support/neo4j.ts';

describe('health and readiness', () => {
  let db: Neo4j;
  beforeAll(async () => {
    db = await connectTestNeo4j();
    await applySchema(db);
  });
  afterAll(() => db.close());

  it('when the process is up, then /api/health is 200', async () => {
    const response = await request(createApp({ db })).get('/api/health');

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('when Neo4j answers and the schema is applied, then /api/ready is 200', async () => {
    const response = await request(createApp({ db })).get('/api/ready');

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ready', neo4j: { version: expect.stringMatching(/^Neo4j\/5\.26/) } });
  });

  it('when Neo4j is gone, then /api/ready is 503 with Retry-After and the error shape', async () => {
    const gone = await connectTestNeo4j();
    await gone.driver.close();

    const response = await request(createApp({ db: gone, log: () => {} })).get('/api/ready');

    expect(response.status).toBe(503);
    expect(response.headers['retry-after']).toMatch(/^\d+$/);
    expect(response.body).toEqual({ error: { code: 'neo4j_unavailable', message: expect.any(String) } });
  });

  it('when an API route does not exist, then 404 in the one error shape', async () => {
    const response = await request(createApp({ db })).get('/api/nope');

    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });

  it('when a body is not JSON or too large, then 400 or 413 without a stack trace', async () => {
    const app = createApp({ db });

    const bad = await request(app).post('/api/health').set('content-type', 'application/json').send('{"a":');
    const huge = await request(app).post('/api/health').set('content-type', 'application/json').send(JSON.stringify({ a: 'x'.repeat(200_000) }));

    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('bad_json');
    expect(huge.status).toBe(413);
    expect(JSON.stringify([bad.body, huge.body])).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('when NEO4J_URI points nowhere, then opening fails naming the URI', async () => {
    const config = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:9', NEO4J_CONNECT_TIMEOUT_S: '3' });

    await expect(openNeo4j(config)).rejects.toThrow(/bolt:\/\/127\.0\.0\.1:9[\s\S]*NEO4J_URI/);
  });
});
