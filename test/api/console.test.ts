// POST /api/cypher on the fixture corpus: results with their graph, caps, parameters, and every
// kind of bad request answered with its code.
import { createServer } from 'node:net';
import neo4j from 'neo4j-driver';
import request from 'supertest';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleNodeSchema, ConsoleResultSchema, ResultGraphSchema } from '../../contract/index.ts';
import { createApp, DEFAULT_LIMITS } from '../../server/app.ts';
import type { Neo4j } from '../../server/db/neo4j.ts';
import type { Vocabulary } from '../../server/vocabulary.ts';
import { errorOf, matcher, parsed } from '../support/api-body.ts';
import { connectTestNeo4j } from '../support/neo4j.ts';
import { consoleApp, loadFixtureGraph, postQuery } from './console-fixture.ts';

describe('Cypher console', () => {
  let db: Neo4j;
  let vocabulary: Vocabulary;
  let app: Express;

  beforeAll(async () => {
    db = await connectTestNeo4j();
    vocabulary = await loadFixtureGraph(db);
    app = consoleApp({ db, vocabulary });
  });
  afterAll(() => db.close());

  describe('results', () => {
    it('when a read query runs, then columns, plain rows, its graph and a summary come back', async () => {
      const result = parsed(
        ConsoleResultSchema,
        await postQuery(app, `MATCH (s:Entity {id: 'india'})-[r:RIVAL_OF]->(o:Entity) RETURN s, r, o, r.quote AS quote`),
      );

      expect(result.columns).toEqual(['s', 'r', 'o', 'quote']);
      expect(result.rows).toHaveLength(1);
      const [s, r, o, quote] = result.rows[0]!;
      expect(s).toMatchObject({
        labels: matcher(expect.arrayContaining(['Entity', 'Country'])),
        properties: { id: 'india', name: 'India' },
      });
      const [start, end] = [ConsoleNodeSchema.parse(s), ConsoleNodeSchema.parse(o)];
      expect(r).toMatchObject({
        type: 'RIVAL_OF',
        startElementId: start.elementId,
        endElementId: end.elementId,
        properties: { claimId: 'b-india-rival-of-pakistan' },
      });
      expect(quote).toBe('India and Pakistan remain rivals');
      const { graph } = result;
      expect(graph.nodes.map((n) => n.properties.id).sort()).toEqual(['india', 'pakistan']);
      expect(graph.relationships.map((rel) => rel.type)).toEqual(['RIVAL_OF']);
      expect(result.truncated).toBe(false);
      expect(result.summary).toMatchObject({ queryType: 'r', rowCount: 1, truncatedBy: null });
      expect(typeof result.summary.resultAvailableAfterMs).toBe('number');
    });

    it('when nodes sit in paths, lists and maps, then the graph holds each once', async () => {
      const result = parsed(
        ConsoleResultSchema,
        await postQuery(
          app,
          `MATCH p = (:Entity {id: 'russia'})-[:COOPERATES_WITH]-(:Entity)-[:RIVAL_OF]-(:Entity)
           MATCH (c:Country)
           RETURN p, collect(c) AS countries, {first: head(collect(c))} AS m`,
        ),
      );

      const { graph } = result;
      expect(graph.nodes.map((n) => n.properties.id).sort()).toEqual(['india', 'pakistan', 'russia']);
      expect(graph.relationships.map((rel) => rel.type).sort()).toEqual(['COOPERATES_WITH', 'RIVAL_OF']);
      expect(new Set(graph.nodes.map((n) => n.elementId)).size).toBe(graph.nodes.length);
      expect(ResultGraphSchema.parse(result.rows[0]![0]).nodes).toHaveLength(3);
    });

    it('when a value is not a graph element, then it comes back as plain JSON', async () => {
      const result = parsed(
        ConsoleResultSchema,
        await postQuery(app, `RETURN 1 AS i, 1.5 AS f, date('2021-04-07') AS d, [1, 'a', null] AS l, {k: true} AS m`),
      );

      expect(result.rows).toEqual([[1, 1.5, '2021-04-07', [1, 'a', null], { k: true }]]);
      expect(result.graph).toEqual({ nodes: [], relationships: [] });
    });

    it('when an allowed procedure is called, then it answers', async () => {
      const result = parsed(ConsoleResultSchema, await postQuery(app, 'CALL db.labels() YIELD label RETURN label ORDER BY label'));

      expect(result.rows.flat()).toEqual(expect.arrayContaining(['Article', 'Country', 'Entity', 'Person']));
    });

    it.each([
      ['keywords in strings', `RETURN 'CREATE (n); DROP DATABASE neo4j' AS s, "LOAD CSV // SET" AS t`],
      ['keywords in comments', 'MATCH (n:Entity) /* DELETE n */ RETURN count(n) AS n // ; CREATE ()'],
      [
        'keywords as map keys, property keys and labels',
        'MATCH (n:Entity) RETURN {set: 1, create: n.id}.set AS x, n.delete AS y, n:Create AS z LIMIT 1',
      ],
      ['a trailing semicolon', 'RETURN 1 AS x;'],
      ['a CYPHER prelude', 'CYPHER runtime=slotted MATCH (n:Entity) RETURN count(n) AS n'],
      ['PROFILE', 'PROFILE MATCH (n:Entity) RETURN count(n) AS n'],
      ['EXPLAIN', 'EXPLAIN MATCH (n:Entity) RETURN n'],
      ['a subquery that reads', 'MATCH (e:Entity) CALL (e) { MATCH (e)-[r]-() RETURN count(r) AS degree } RETURN e.id, degree'],
    ])('when a read query holds %s, then it runs', async (_what, query) => {
      const result = parsed(ConsoleResultSchema, await postQuery(app, query));

      expect(result.summary.queryType).toBe('r');
    });
  });

  describe('caps', () => {
    it('when more rows come than the cap, then the first ones come back marked truncated', async () => {
      const capped = consoleApp({ db, vocabulary, limits: { CYPHER_MAX_ROWS: 10 } });

      const over = parsed(ConsoleResultSchema, await postQuery(capped, 'UNWIND range(1, 1000000000) AS x RETURN x'));
      const exact = parsed(ConsoleResultSchema, await postQuery(capped, 'UNWIND range(1, 10) AS x RETURN x'));

      expect(over.rows).toEqual(Array.from({ length: 10 }, (_, i) => [i + 1]));
      expect(over.truncated).toBe(true);
      expect(over.summary.truncatedBy).toBe('rows');
      expect(exact.rows).toHaveLength(10);
      expect(exact.truncated).toBe(false);
    });

    it('when the rows outgrow the byte cap, then the rows that fit come back marked truncated', async () => {
      const capped = consoleApp({ db, vocabulary, limits: { CYPHER_MAX_BYTES: 2000 } });

      const result = parsed(
        ConsoleResultSchema,
        await postQuery(capped, `UNWIND range(1, 1000) AS x RETURN x, '${'padding '.repeat(10)}' AS pad`),
      );

      expect(result.truncated).toBe(true);
      expect(result.summary.truncatedBy).toBe('bytes');
      expect(result.rows.length).toBeGreaterThan(0);
      expect(Buffer.byteLength(JSON.stringify(result.rows))).toBeLessThanOrEqual(2000);
    });
  });

  describe('parameters', () => {
    it('when parameters are given, then the query uses them, whole numbers as integers', async () => {
      const result = parsed(
        ConsoleResultSchema,
        await postQuery(app, 'MATCH (e:Entity) WHERE e.id IN $ids RETURN e.name AS name ORDER BY name LIMIT $n', {
          ids: ['russia', 'india', 'pakistan'],
          n: 2,
        }),
      );

      expect(result.rows).toEqual([['India'], ['Pakistan']]);
    });

    it('when a parameter is missing, then 400 missing_parameter', async () => {
      const error = errorOf(await postQuery(app, 'MATCH (e:Entity {id: $id}) RETURN e'), 400);

      expect(error.code).toBe('missing_parameter');
    });

    it('when a parameter value holds Cypher, then it stays a value', async () => {
      const result = parsed(
        ConsoleResultSchema,
        await postQuery(app, 'MATCH (e:Entity) WHERE e.id = $id RETURN e', { id: "x'}) CREATE (:Attack) //" }),
      );

      expect(result.rows).toEqual([]);
    });
  });

  describe('errors', () => {
    it('when the query has a syntax error, then 400 syntax_error says where, counted in the query as sent', async () => {
      const query = '\n  MATCH (n:Entity)\n  RETURN n ORDER BY';

      const error = errorOf(await postQuery(app, query), 400);

      expect(error.code).toBe('syntax_error');
      expect(error.position).toBeDefined();
      const { line, column, offset } = error.position!;
      expect(line).toBe(3);
      expect(offset).toBe(query.length);
      expect(column).toBe(offset - query.lastIndexOf('\n'));
    });

    it('when a clause is malformed mid-line, then the position points at the offending token', async () => {
      const query = 'MATCH (n RETURN n';

      const error = errorOf(await postQuery(app, query), 400);

      expect(error.position).toEqual({ line: 1, column: 10, offset: 9 });
      expect(query.slice(error.position!.offset)).toMatch(/^RETURN/);
    });

    it('when a string is not closed, then 400 syntax_error at its opening quote, before Neo4j is asked', async () => {
      const error = errorOf(await postQuery(app, `MATCH (n) WHERE n.id = 'russia RETURN n`), 400);

      expect(error).toMatchObject({ code: 'syntax_error', position: { line: 1, column: 24, offset: 23 } });
    });

    it('when the query fails at run time, then 400 cypher_error', async () => {
      const error = errorOf(await postQuery(app, 'RETURN 1 / 0 AS x'), 400);

      expect(error.code).toBe('cypher_error');
    });

    it.each([
      ['no body', undefined, 'body'],
      ['no query', {}, 'body.query'],
      ['an empty query', { query: '  ' }, 'body.query'],
      ['a query that is not a string', { query: 42 }, 'body.query'],
      ['a query over 20,000 characters', { query: `RETURN 1 AS x ${' '.repeat(20_000)}` }, 'body.query'],
      ['params that are not an object', { query: 'RETURN 1', params: [1] }, 'body.params'],
      ['an unknown field', { query: 'RETURN 1', database: 'system' }, 'body'],
    ])('when the body has %s, then 400 bad_request naming the field', async (_what, body, field) => {
      const error = errorOf(await request(app).post('/api/cypher').send(body), 400);

      expect(error.code).toBe('bad_request');
      expect(error.message.startsWith(`${field}:`) || error.message.startsWith(`${field}.`)).toBe(true);
    });

    it('when the query holds only a comment, then 400', async () => {
      const error = errorOf(await postQuery(app, '// nothing here'), 400);

      expect(error.code).toBe('bad_request');
    });

    it('when the body is not JSON, then 400 bad_json', async () => {
      const error = errorOf(await request(app).post('/api/cypher').set('Content-Type', 'application/json').send('{"query": '), 400);

      expect(error.code).toBe('bad_json');
    });

    it('when the body is larger than the server reads, then 413', async () => {
      const error = errorOf(
        await request(app)
          .post('/api/cypher')
          .send({ query: 'RETURN $x', params: { x: 'x'.repeat(200_000) } }),
        413,
      );

      expect(error.code).toBe('payload_too_large');
    });

    it('when Neo4j cannot be reached, then 503 neo4j_unavailable with Retry-After', async () => {
      const port = await closedPort();
      const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, undefined, { connectionTimeout: 2000, connectionAcquisitionTimeout: 2000 });
      const down: Neo4j = { driver, database: 'neo4j', uri: `bolt://127.0.0.1:${port}`, source: 'external', close: () => driver.close() };
      try {
        const response = await postQuery(createApp({ db: down, vocabulary, limits: DEFAULT_LIMITS, log: () => {} }), 'RETURN 1 AS x');

        expect(errorOf(response, 503).code).toBe('neo4j_unavailable');
        expect(response.headers['retry-after']).toMatch(/^\d+$/);
      } finally {
        await down.close();
      }
    });

    it('when an error answers, then no stack trace or file path is in it', async () => {
      // One at a time: a client may run only CYPHER_MAX_CONCURRENT_PER_CLIENT queries at once.
      const responses = [
        await postQuery(app, 'MATCH (n RETURN n'),
        await postQuery(app, 'RETURN 1 / 0 AS x'),
        await postQuery(app, 'CREATE (n)'),
      ];
      const statuses = [400, 400, 403];

      for (const [i, response] of responses.entries()) {
        expect(Object.keys(errorOf(response, statuses[i]!)).sort()).toEqual(expect.arrayContaining(['code', 'message']));
        expect(JSON.stringify(response.body)).not.toMatch(/\bat .+\.(ts|js|java):\d+|\/work\/|node_modules/);
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
