// Saved queries: listed with what they answer, run by name through the console's read-only
// runner with their declared defaults, and refused for unknown names and undeclared parameters.
import express, { type Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../server/app.ts';
import type { Neo4j } from '../../server/db/neo4j.ts';
import { errorHandler } from '../../server/http/errors.ts';
import { queriesRoutes } from '../../server/api/queries-routes.ts';
import { readSavedQueries } from '../../server/queries/saved-queries.ts';
import { loadCorpus } from '../../server/corpus/load.ts';
import { vocabularyOf } from '../../server/vocabulary.ts';
import { connectTestNeo4j, graphFingerprint, resetGraph } from '../support/neo4j.ts';
import { seedCorpus } from '../support/seed-corpus.ts';
import { consoleApp, loadFixtureGraph } from './console-fixture.ts';

const SAVED = readSavedQueries();

describe('saved queries', () => {
  let db: Neo4j;
  let app: Express;

  beforeAll(async () => {
    db = await connectTestNeo4j();
    const vocabulary = await loadFixtureGraph(db);
    app = consoleApp({ db, vocabulary });
  });
  afterAll(() => db.close());

  it('when the queries are listed, then each has a name, title, question and documented parameters', async () => {
    const response = await request(app).get('/api/queries');

    expect(response.status).toBe(200);
    expect(response.body.queries.length).toBeGreaterThanOrEqual(6);
    expect(response.body.queries.map((q: { name: string }) => q.name)).toEqual(SAVED.map((q) => q.name));
    for (const query of response.body.queries) {
      expect(query).toMatchObject({ name: expect.any(String), title: expect.any(String), answers: expect.any(String), cypher: expect.any(String), params: expect.any(Array) });
      expect(query.title).not.toBe('');
      expect(query.answers).not.toBe('');
      for (const param of query.params) expect(param).toEqual({ name: expect.any(String), default: expect.any(String), description: expect.any(String) });
    }
  });

  it.each(SAVED.map((query) => [query.name]))('when %s runs with its defaults, then 200 with its columns', async (name) => {
    const response = await request(app).post(`/api/queries/${name}/run`).send({});

    expect(response.status).toBe(200);
    expect(response.body.columns.length).toBeGreaterThan(0);
    expect(Array.isArray(response.body.rows)).toBe(true);
    expect(response.body.summary.queryType).toBe('r');
  });

  it('when a query runs with no body at all, then its defaults apply', async () => {
    const response = await request(app).post('/api/queries/partners-by-evidence/run');

    expect(response.status).toBe(200);
    expect(response.body.rows.map((row: unknown[]) => row[0])).toEqual(['pakistan']);
  });

  it('when a parameter is given, then it replaces the default', async () => {
    const response = await request(app).post('/api/queries/tensions-by-evidence/run').send({ params: { entity: 'india' } });

    expect(response.status).toBe(200);
    expect(response.body.columns[0]).toBe('id');
    expect(response.body.rows.map((row: unknown[]) => row[0])).toEqual(['pakistan']);
  });

  it('when the name is unknown, then 404 not_found', async () => {
    const response = await request(app).post('/api/queries/no-such-query/run').send({});

    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });

  it.each([
    ['an undeclared parameter', { params: { entity: 'russia', database: 'system' } }],
    ['parameters that are not an object', { params: 'russia' }],
    ['an unknown field', { query: 'CREATE (:Attack)' }],
  ])('when the body has %s, then 400 bad_request', async (_what, body) => {
    const response = await request(app).post('/api/queries/partners-by-evidence/run').send(body);

    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('bad_request');
  });

  it('when a saved query would write, then the same read-only runner refuses it', async () => {
    const before = await graphFingerprint(db);
    const evil = { name: 'evil', title: 'Evil', answers: 'Nothing', params: [], cypher: "MATCH (e:Entity) SET e.name = 'owned'" };
    const rogue = express().use(express.json()).use('/api', queriesRoutes({ db, limits: DEFAULT_LIMITS, queries: [evil] })).use(errorHandler(() => {}));

    const response = await request(rogue).post('/api/queries/evil/run').send({});

    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('read_only');
    expect(await graphFingerprint(db)).toEqual(before);
  });
});

describe('saved queries and the console on the real corpus', () => {
  let db: Neo4j;
  let app: Express;
  const corpus = seedCorpus();

  beforeAll(async () => {
    db = await connectTestNeo4j();
    await resetGraph(db);
    await loadCorpus(db, corpus);
    app = consoleApp({ db, vocabulary: vocabularyOf(corpus.vocabulary) });
  });
  afterAll(async () => {
    await resetGraph(db);
    await db.close();
  });

  it.each(SAVED.map((query) => [query.name]))('when %s runs with its defaults, then 200', async (name) => {
    const response = await request(app).post(`/api/queries/${name}/run`).send({});

    expect(response.status).toBe(200);
    expect(response.body.columns.length).toBeGreaterThan(0);
  });

  it('when the console counts entities and draws one neighbourhood, then it matches the corpus', async () => {
    const count = await request(app).post('/api/cypher').send({ query: 'MATCH (e:Entity) RETURN count(e) AS n' });
    const view = await request(app).post('/api/cypher').send({ query: "MATCH p = (:Entity {id: 'russia'})-[r]-(:Entity) RETURN p LIMIT 50" });

    expect(count.body.rows).toEqual([[corpus.entities.length]]);
    expect(view.status).toBe(200);
    const russiaPartners = new Set(corpus.claims.flatMap((c) => (c.subject === 'russia' ? [c.object] : c.object === 'russia' ? [c.subject] : [])));
    expect(view.body.rows).toHaveLength(Math.min(50, corpus.claims.filter((c) => c.subject === 'russia' || c.object === 'russia').length));
    expect(view.body.graph.nodes.length).toBeGreaterThan(1);
    expect(view.body.graph.nodes.length).toBeLessThanOrEqual(russiaPartners.size + 1);
    expect(view.body.graph.relationships.length).toBe(view.body.rows.length);
  });
});
