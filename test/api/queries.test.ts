// Saved queries: listed with what they answer, run by name through the console's read-only
// runner with their declared defaults, and refused for unknown names and undeclared parameters.
import express, { type Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleResultSchema, SavedQueriesResponseSchema } from '../../contract/index.ts';
import { DEFAULT_LIMITS } from '../../server/app.ts';
import type { Neo4j } from '../../server/db/neo4j.ts';
import { errorHandler } from '../../server/http/errors.ts';
import { queriesRoutes } from '../../server/api/queries-routes.ts';
import { ConsoleSlots } from '../../server/console/console-slots.ts';
import { readSavedQueries } from '../../server/queries/saved-queries.ts';
import { loadCorpus } from '../../server/corpus/load.ts';
import { vocabularyOf } from '../../server/vocabulary.ts';
import { errorOf, matcher, parsed } from '../support/api-body.ts';
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
    const { queries } = parsed(SavedQueriesResponseSchema, await request(app).get('/api/queries'));

    expect(queries.length).toBeGreaterThanOrEqual(6);
    expect(queries.map((q) => q.name)).toEqual(SAVED.map((q) => q.name));
    for (const query of queries) {
      const string = matcher(expect.any(String));
      expect(query).toMatchObject({ name: string, title: string, answers: string, cypher: string, params: matcher(expect.any(Array)) });
      expect(query.title).not.toBe('');
      expect(query.answers).not.toBe('');
      for (const param of query.params) expect(param).toEqual({ name: string, default: string, description: string });
    }
  });

  it.each(SAVED.map((query) => [query.name]))('when %s runs with its defaults, then 200 with its columns', async (name) => {
    const result = parsed(ConsoleResultSchema, await request(app).post(`/api/queries/${name}/run`).send({}));

    expect(result.columns.length).toBeGreaterThan(0);
    expect(Array.isArray(result.rows)).toBe(true);
    expect(result.summary.queryType).toBe('r');
  });

  it('when a query runs with no body at all, then its defaults apply', async () => {
    const result = parsed(ConsoleResultSchema, await request(app).post('/api/queries/partners-by-evidence/run'));

    expect(result.rows.map((row) => row[0])).toEqual(['pakistan']);
  });

  it('when a parameter is given, then it replaces the default', async () => {
    const result = parsed(
      ConsoleResultSchema,
      await request(app)
        .post('/api/queries/tensions-by-evidence/run')
        .send({ params: { entity: 'india' } }),
    );

    expect(result.columns[0]).toBe('id');
    expect(result.rows.map((row) => row[0])).toEqual(['pakistan']);
  });

  it('when the name is unknown, then 404 not_found', async () => {
    const error = errorOf(await request(app).post('/api/queries/no-such-query/run').send({}), 404);

    expect(error.code).toBe('not_found');
  });

  it.each([
    ['an undeclared parameter', { params: { entity: 'russia', database: 'system' } }],
    ['parameters that are not an object', { params: 'russia' }],
    ['an unknown field', { query: 'CREATE (:Attack)' }],
  ])('when the body has %s, then 400 bad_request', async (_what, body) => {
    const error = errorOf(await request(app).post('/api/queries/partners-by-evidence/run').send(body), 400);

    expect(error.code).toBe('bad_request');
  });

  it('when a saved query would write, then the same read-only runner refuses it', async () => {
    const before = await graphFingerprint(db);
    const evil = { name: 'evil', title: 'Evil', answers: 'Nothing', params: [], cypher: "MATCH (e:Entity) SET e.name = 'owned'" };
    const rogue = express()
      .use(express.json())
      .use(
        '/api',
        queriesRoutes({
          db,
          limits: DEFAULT_LIMITS,
          slots: new ConsoleSlots({ overall: 1, perClient: 1, retryAfterS: 1 }),
          queries: [evil],
        }),
      )
      .use(errorHandler(() => {}));

    const error = errorOf(await request(rogue).post('/api/queries/evil/run').send({}), 403);

    expect(error.code).toBe('read_only');
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
    const result = parsed(ConsoleResultSchema, await request(app).post(`/api/queries/${name}/run`).send({}));

    expect(result.columns.length).toBeGreaterThan(0);
  });

  it('when the console counts entities and draws one neighbourhood, then it matches the corpus', async () => {
    const count = parsed(
      ConsoleResultSchema,
      await request(app).post('/api/cypher').send({ query: 'MATCH (e:Entity) RETURN count(e) AS n' }),
    );
    const view = parsed(
      ConsoleResultSchema,
      await request(app).post('/api/cypher').send({ query: "MATCH p = (:Entity {id: 'russia'})-[r]-(:Entity) RETURN p LIMIT 50" }),
    );

    expect(count.rows).toEqual([[corpus.entities.length]]);
    const russiaPartners = new Set(
      corpus.claims.flatMap((c) => (c.subject === 'russia' ? [c.object] : c.object === 'russia' ? [c.subject] : [])),
    );
    expect(view.rows).toHaveLength(Math.min(50, corpus.claims.filter((c) => c.subject === 'russia' || c.object === 'russia').length));
    expect(view.graph.nodes.length).toBeGreaterThan(1);
    expect(view.graph.nodes.length).toBeLessThanOrEqual(russiaPartners.size + 1);
    expect(view.graph.relationships.length).toBe(view.rows.length);
  });
});
