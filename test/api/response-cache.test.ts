// The read API's answer cache: unit behaviour on a tiny app, then the real app on a real Neo4j,
// where an answer must stay until a load records a new dataset version, and not a moment longer.
import express from 'express';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EntityDetailSchema, ErrorBodySchema } from '../../contract/index.ts';
import { createApp } from '../../server/app.ts';
import type { Neo4j } from '../../server/db/neo4j.ts';
import { applySchema } from '../../server/db/schema.ts';
import { loadCorpus } from '../../server/corpus/load.ts';
import { readValidCorpus } from '../../server/corpus/valid-corpus.ts';
import { deadline } from '../../server/http/deadline.ts';
import { errorHandler } from '../../server/http/errors.ts';
import { createResponseCache } from '../../server/http/response-cache.ts';
import { vocabularyOf } from '../../server/vocabulary.ts';
import { parsed } from '../support/api-body.ts';
import { connectTestNeo4j, resetGraph } from '../support/neo4j.ts';
import { removeDataDir, validFixture, writeFixture, type FixtureFiles } from '../corpus/fixture.ts';

/** An app whose one route counts how often it really runs; with `gate`, the route waits for it. */
function countingApp({
  maxBytes = 1024 ** 2,
  version = (): Promise<string | null> => Promise.resolve('v1'),
  gate = Promise.resolve(),
} = {}) {
  const cache = createResponseCache({ maxBytes, currentVersion: () => version(), versionTtlMs: 0 });
  const runs = new Map<string, number>();
  let arrived = 0;
  const app = express();
  app.use((_req, _res, next) => {
    arrived += 1;
    next();
  });
  app.use(cache.middleware);
  app.get('/item/:id', async (req, res) => {
    runs.set(req.params.id, (runs.get(req.params.id) ?? 0) + 1);
    await gate;
    if (req.params.id === 'missing') return res.status(404).json({ error: { code: 'not_found', message: 'missing' } });
    res.json({ id: req.params.id, padding: 'x'.repeat(100) });
  });
  app.post('/item/:id', (req, res) => {
    runs.set(`post ${req.params.id}`, (runs.get(`post ${req.params.id}`) ?? 0) + 1);
    res.json({ posted: true });
  });
  return { app, cache, runs, arrived: () => arrived };
}

describe('response cache', () => {
  it('when the same GET comes twice, then the second is answered from the cache with the same body and ETag', async () => {
    const { app, runs, cache } = countingApp();

    const first = await request(app).get('/item/a');
    const second = await request(app).get('/item/a');

    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['content-type']).toMatch(/^application\/json/);
    expect(runs.get('a')).toBe(1);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1, entries: 1 });
  });

  it('when the client already holds the answer, then it gets a 304 without a body', async () => {
    const { app } = countingApp();
    const first = await request(app).get('/item/a');

    const again = await request(app).get('/item/a').set('If-None-Match', first.headers.etag!);

    expect(again.status).toBe(304);
    expect(again.text ?? '').toBe('');
  });

  it('when many identical requests arrive together, then the route runs once and all get its answer', async () => {
    let open: () => void = () => {};
    const { app, runs, arrived } = countingApp({ gate: new Promise<void>((resolve) => (open = resolve)) });

    // The first request holds the route until all ten have reached the server.
    const pending = Promise.all(Array.from({ length: 10 }, () => request(app).get('/item/b')));
    await expect.poll(arrived).toBe(10);
    open();
    const answers = await pending;

    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(runs.get('b')).toBe(1);
  });

  it('when Neo4j answers the version only after the deadline and the route then fails, then the next identical request is still answered', async () => {
    // A frozen database: the version lookup hangs past the deadline, then the route fails once it thaws.
    let thaw: () => void = () => {};
    const frozen = new Promise<void>((resolve) => (thaw = resolve));
    let version = frozen.then(() => 'v1');
    const cache = createResponseCache({ maxBytes: 1024 ** 2, currentVersion: () => version, versionTtlMs: 0 });
    let down = true;
    const app = express();
    app.use(deadline({ REQUEST_TIMEOUT_MS: 200, INGEST_TIMEOUT_MS: 200, CYPHER_TIMEOUT_MS: 200 }));
    app.use(cache.middleware);
    app.get('/api/view', (_req, res) => {
      if (down) throw new Error('Neo4j went away');
      res.json({ ok: true });
    });
    app.use(errorHandler(() => {}));

    const first = await request(app).get('/api/view');
    thaw();
    await new Promise((resolve) => setTimeout(resolve, 50));
    down = false;
    version = Promise.resolve('v1');
    const second = await request(app).get('/api/view');

    expect(first.status).toBe(504);
    expect(second.status).toBe(200);
  });

  it('when the dataset version changes, then the answer is computed again', async () => {
    let version = 'v1';
    const { app, runs } = countingApp({ version: () => Promise.resolve(version) });
    await request(app).get('/item/c');

    version = 'v2';
    await request(app).get('/item/c');

    expect(runs.get('c')).toBe(2);
  });

  it('when a route answers with an error, or the request is not a GET, then nothing is stored', async () => {
    const { app, runs, cache } = countingApp();

    const errors = [await request(app).get('/item/missing'), await request(app).get('/item/missing')];
    await request(app).post('/item/d');
    await request(app).post('/item/d');

    expect(errors.map((e) => e.status)).toEqual([404, 404]);
    expect(parsed(ErrorBodySchema, errors[1]!, 404)).toEqual({ error: { code: 'not_found', message: 'missing' } });
    expect(runs.get('missing')).toBe(2);
    expect(runs.get('post d')).toBe(2);
    expect(cache.stats().entries).toBe(0);
  });

  it('when the memory is full, then the least recently used answers go first', async () => {
    // Each answer is about 130 bytes: room for two.
    const { app, runs, cache } = countingApp({ maxBytes: 300 });
    await request(app).get('/item/1');
    await request(app).get('/item/2');
    await request(app).get('/item/1'); // 1 is now the most recently used
    await request(app).get('/item/3'); // evicts 2

    await request(app).get('/item/1');
    await request(app).get('/item/2');

    expect(runs.get('1')).toBe(1);
    expect(runs.get('2')).toBe(2);
    expect(cache.stats().bytes).toBeLessThanOrEqual(300);
  });

  it('when the version cannot be read, then requests are answered without the cache', async () => {
    const { app, runs } = countingApp({ version: () => Promise.reject(new Error('Neo4j is down')) });

    const answers = [await request(app).get('/item/e'), await request(app).get('/item/e')];

    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(runs.get('e')).toBe(2);
  });
});

describe('response cache in the app, on a real Neo4j', () => {
  let db: Neo4j;
  /** How long the app trusts a looked-up dataset version (createResponseCache's default). */
  const VERSION_TTL_MS = 1000;

  const load = async (files: FixtureFiles) => {
    const dataDir = writeFixture(files);
    try {
      const corpus = readValidCorpus(dataDir);
      await loadCorpus(db, corpus);
      return corpus;
    } finally {
      removeDataDir(dataDir);
    }
  };

  beforeAll(async () => {
    db = await connectTestNeo4j();
    await applySchema(db);
    await resetGraph(db);
  });
  afterAll(() => db.close());
  afterEach(() => {
    vi.useRealTimers();
  });

  it('when the graph is reloaded with other data, then the next view shows it; until then the stored answer stands', async () => {
    // Only Date is faked: the cache's clock moves when the test says, the driver's timers run as usual.
    vi.useFakeTimers({ toFake: ['Date'] });
    const corpus = await load(validFixture());
    const app = createApp({ db, vocabulary: vocabularyOf(corpus.vocabulary), responseCacheMb: 1, log: () => {} });
    const before = await request(app).get('/api/entities/india');
    expect(parsed(EntityDetailSchema, before).entity.name).toBe('India');

    // A write that bypasses the loader records no new version: the stored answer stands.
    await db.driver.executeQuery(`MATCH (e:Entity {id: 'india'}) SET e.name = 'Bharat'`, {}, { database: db.database });
    vi.advanceTimersByTime(VERSION_TTL_MS);
    expect(parsed(EntityDetailSchema, await request(app).get('/api/entities/india')).entity.name).toBe('India');

    const renamed = validFixture();
    renamed.entities = renamed.entities.map((entity) => (entity.id === 'india' ? { ...entity, name: 'Republic of India' } : entity));
    await load(renamed);
    vi.advanceTimersByTime(VERSION_TTL_MS);
    const after = await request(app).get('/api/entities/india');

    expect(parsed(EntityDetailSchema, after).entity.name).toBe('Republic of India');
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it('when the app runs with the cache, then health and readiness are still asked of Neo4j each time', async () => {
    const app = createApp({ db, responseCacheMb: 1, log: () => {} });

    const ready = await request(app).get('/api/ready');

    expect(ready.status).toBe(200);
    expect(ready.headers['cache-control']).toBeUndefined();
  });
});
