// Security headers on every answer (server/http/security-headers.ts) and per-client rate limits
// on the console and the write routes (server/http/rate-limits.ts): 429 rate_limited in the one
// error shape, with Retry-After.
import request from 'supertest';
import type express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { Neo4j } from '../../server/db/neo4j.ts';
import { errorOf } from '../support/api-body.ts';
import { connectTestNeo4j } from '../support/neo4j.ts';

let db: Neo4j;
beforeAll(async () => {
  db = await connectTestNeo4j();
});
afterAll(() => db.close());

describe('security headers', () => {
  it('when anything is asked, then the answer carries the CSP, no framing, nosniff and no Referer', async () => {
    const answer = await request(createApp({ db, log: () => {} })).get('/api/health');

    const csp = answer.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("style-src-attr 'unsafe-inline'");
    expect(csp).toContain("object-src 'none'");
    expect(answer.get('X-Content-Type-Options')).toBe('nosniff');
    expect(answer.get('Referrer-Policy')).toBe('same-origin');
    expect(answer.get('X-Frame-Options')).toBe('DENY');
  });
});

describe('rate limits', () => {
  const limited = (): express.Express =>
    createApp({
      db,
      rateLimits: { consolePerMinute: 2, writesPerMinute: 1 },
      ingest: { dataDir: 'data', access: { host: '127.0.0.1' } },
      log: () => {},
    });

  it('when a client sends more console queries than a minute allows, then 429 rate_limited with Retry-After, and reads still answer', async () => {
    const app = limited();
    const query = () => request(app).post('/api/cypher').send({ query: 'RETURN 1 AS one' });

    expect((await query()).status).toBe(200);
    expect((await request(app).post('/api/queries/no-such-query/run').send({})).status).toBe(404);
    const refused = await query();

    expect(errorOf(refused, 429).code).toBe('rate_limited');
    expect(Number(refused.get('Retry-After'))).toBeGreaterThan(0);
    expect(Number(refused.get('Retry-After'))).toBeLessThanOrEqual(60);
    expect((await request(app).get('/api/vocabulary')).status).toBe(200);
  });

  it('when a client sends more writes than a minute allows, then 429 rate_limited before anything is read', async () => {
    const app = limited();
    const write = () => request(app).post('/api/ingest/propose').send({});

    expect((await write()).status).toBe(400);
    const refused = await write();

    expect(errorOf(refused, 429).code).toBe('rate_limited');
    expect(refused.get('Retry-After')).toMatch(/^\d+$/);
    expect((await request(app).get('/api/ingest')).status).toBe(200);
  });
});
