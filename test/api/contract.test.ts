// Every route of the API against its contract (contract/): each answer, success or error, parses
// with the route's zod schema, strict objects included, so a field added, dropped or retyped on one
// side fails here. Runs on the seed corpus (data/), where every kind of value occurs.
import { createServer } from 'node:net';
import neo4j from 'neo4j-driver';
import request from 'supertest';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AlignmentResponseSchema,
  ArticleDetailResponseSchema,
  ArticlesResponseSchema,
  BalanceResponseSchema,
  BlocsResponseSchema,
  CompareResponseSchema,
  ConsoleResultSchema,
  EntityDetailSchema,
  EntitySearchResponseSchema,
  ErrorBodySchema,
  GraphResponseSchema,
  HealthResponseSchema,
  PathsResponseSchema,
  ReadyResponseSchema,
  SavedQueriesResponseSchema,
  VocabularyResponseSchema,
} from '../../contract/index.ts';
import { createApp } from '../../server/app.ts';
import type { Neo4j } from '../../server/db/neo4j.ts';
import { applySchema } from '../../server/db/schema.ts';
import { loadCorpus } from '../../server/corpus/load.ts';
import { readValidCorpus } from '../../server/corpus/valid-corpus.ts';
import { parsed } from '../support/api-body.ts';
import { connectTestNeo4j, resetGraph } from '../support/neo4j.ts';

describe('API contract', () => {
  let db: Neo4j;
  let app: Express;

  beforeAll(async () => {
    db = await connectTestNeo4j();
    await applySchema(db);
    await resetGraph(db);
    await loadCorpus(db, readValidCorpus('data'));
    app = createApp({ db, log: () => {} });
  });
  afterAll(() => db.close());

  describe('answers', () => {
    it('when health and readiness are asked, then both answers match the contract', async () => {
      parsed(HealthResponseSchema, await request(app).get('/api/health'));
      const ready = parsed(ReadyResponseSchema, await request(app).get('/api/ready'));

      expect(ready.neo4j.protocol).toMatch(/^5\.\d+$/);
    });

    it('when the vocabulary is asked, then its answer matches the contract', async () => {
      const { types } = parsed(VocabularyResponseSchema, await request(app).get('/api/vocabulary'));

      expect(types.length).toBeGreaterThan(0);
    });

    it.each(['/api/graph', '/api/graph?focus=russia&depth=2', '/api/graph?polarity=tension&kind=Country,Person&minArticles=2'])(
      'when the view %s is asked, then its answer matches the contract',
      async (path) => {
        const graph = parsed(GraphResponseSchema, await request(app).get(path));

        expect(graph.edges.length).toBeGreaterThan(0);
      },
    );

    it('when two views are compared, then the answer matches the contract', async () => {
      const compared = parsed(
        CompareResponseSchema,
        await request(app).get('/api/compare?a=polarity%3Dalliance&b=focus%3Drussia%26depth%3D2'),
      );

      expect(compared.edges.length).toBeGreaterThan(0);
    });

    it('when entities are searched and one is opened, then both answers match the contract', async () => {
      const { entities } = parsed(EntitySearchResponseSchema, await request(app).get('/api/entities?q=Lavarov'));
      const detail = parsed(EntityDetailSchema, await request(app).get(`/api/entities/${entities[0]!.id}`));

      expect(detail.entity.id).toBe('sergey-lavrov');
    });

    it('when the articles are listed and each is opened, then every answer matches the contract', async () => {
      const { articles } = parsed(ArticlesResponseSchema, await request(app).get('/api/articles'));

      expect(articles.length).toBeGreaterThan(0);
      for (const article of articles) {
        const detail = parsed(ArticleDetailResponseSchema, await request(app).get(`/api/articles/${article.id}`));
        expect(detail.claims.length).toBe(article.claims);
      }
    });

    it('when paths are asked, then their answer matches the contract', async () => {
      const { paths } = parsed(PathsResponseSchema, await request(app).get('/api/paths?from=india&to=pakistan&maxHops=2'));

      expect(paths.length).toBeGreaterThan(0);
    });

    it.each(['/api/analysis/balance', '/api/analysis/balance?kind=Country&limit=1'])(
      'when %s is asked, then its answer matches the contract',
      async (path) => {
        parsed(BalanceResponseSchema, await request(app).get(path));
      },
    );

    it.each(['/api/analysis/blocs', '/api/analysis/blocs?explain=false'])(
      'when %s is asked, then its answer matches the contract',
      async (path) => {
        parsed(BlocsResponseSchema, await request(app).get(path));
      },
    );

    it('when a pair is explained, then its answer matches the contract', async () => {
      const explanation = parsed(AlignmentResponseSchema, await request(app).get('/api/analysis/alignment?a=russia&b=pakistan'));

      expect(explanation.claims.length).toBeGreaterThan(0);
    });

    it('when the saved queries are listed and each is run, then every answer matches the contract', async () => {
      const { queries } = parsed(SavedQueriesResponseSchema, await request(app).get('/api/queries'));

      expect(queries.length).toBeGreaterThan(0);
      for (const query of queries) parsed(ConsoleResultSchema, await request(app).post(`/api/queries/${query.name}/run`).send({}));
    });

    it('when the console returns nodes, relationships, paths, maps and scalars, then its answer matches the contract', async () => {
      const result = parsed(
        ConsoleResultSchema,
        await request(app)
          .post('/api/cypher')
          .send({
            query: "MATCH p = (s:Entity {id: 'russia'})-[r]->(o:Entity) RETURN s, r, o, p, {id: o.id} AS m, $n AS n LIMIT 3",
            params: { n: 2 },
          }),
      );

      expect(result.graph.relationships.length).toBeGreaterThan(0);
    });
  });

  describe('errors', () => {
    it.each([
      ['an unknown route', '/api/nope', 404, 'not_found'],
      ['an unknown entity', '/api/entities/no-such-entity', 404, 'not_found'],
      ['an unknown article', '/api/articles/no-such-article', 404, 'not_found'],
      ['a bad query parameter', '/api/graph?depth=9', 400, 'bad_request'],
      ['an id that is not a slug', '/api/entities/Not%20A%20Slug', 400, 'bad_request'],
      ['a path that is not valid percent-encoding', '/api/entities/%E0%A4%A', 400, 'bad_request'],
      ['an article path that is not valid percent-encoding', '/api/articles/%E0%A4%A', 400, 'bad_request'],
    ])('when %s is asked, then the error matches the contract', async (_what, path, status, code) => {
      const { error } = parsed(ErrorBodySchema, await request(app).get(path), status);

      expect(error.code).toBe(code);
      expect(error.position).toBeUndefined();
    });

    it('when a saved query name is not valid percent-encoding, then 400 bad_request', async () => {
      const { error } = parsed(ErrorBodySchema, await request(app).post('/api/queries/%E0%A4%A/run').send({}), 400);

      expect(error.code).toBe('bad_request');
    });

    it('when a query field is malformed, then the 400 names the field', async () => {
      const { error } = parsed(ErrorBodySchema, await request(app).get('/api/paths?from=india&to=pakistan&maxHops=x'), 400);

      expect(error.code).toBe('bad_request');
      expect(error.message).toMatch(/^query\.maxHops:/);
    });

    it('when the console is sent bad JSON, an empty query or a write, then each error matches the contract', async () => {
      const badJson = parsed(
        ErrorBodySchema,
        await request(app).post('/api/cypher').set('content-type', 'application/json').send('{"query":'),
        400,
      );
      const empty = parsed(ErrorBodySchema, await request(app).post('/api/cypher').send({ query: ' ' }), 400);
      const write = parsed(ErrorBodySchema, await request(app).post('/api/cypher').send({ query: 'CREATE (n)' }), 403);

      expect([badJson.error.code, empty.error.code, write.error.code]).toEqual(['bad_json', 'bad_request', 'read_only']);
    });

    it('when the console is sent a syntax error, then the error matches the contract and carries its position', async () => {
      const { error } = parsed(ErrorBodySchema, await request(app).post('/api/cypher').send({ query: 'MATCH (n)\nRETURN n ORDER' }), 400);

      expect(error.code).toBe('syntax_error');
      expect(error.position).toMatchObject({ line: 2 });
    });

    it('when Neo4j cannot be reached on an ordinary route, then 503 neo4j_unavailable with Retry-After', async () => {
      const port = await closedPort();
      const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, undefined, {
        connectionTimeout: 2000,
        connectionAcquisitionTimeout: 2000,
        maxTransactionRetryTime: 200,
      });
      const down: Neo4j = { driver, database: 'neo4j', uri: `bolt://127.0.0.1:${port}`, source: 'external', close: () => driver.close() };
      try {
        const logged: string[] = [];
        const response = await request(createApp({ db: down, log: (line) => logged.push(line) })).get('/api/articles');

        const { error } = parsed(ErrorBodySchema, response, 503);
        expect(error.code).toBe('neo4j_unavailable');
        expect(response.headers['retry-after']).toBeDefined();
        expect(logged).toEqual([]);
      } finally {
        await down.close();
      }
    });
  });
});

/** A local port nothing listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
