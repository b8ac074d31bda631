// The console's remaining doors, against the real Neo4j: CYPHER options off the allow-list, nesting
// past the limits, Neo4j's user errors in their class, integers beyond 2^53, and the bound on
// console work at once (a stopped query keeps its slot until Neo4j has let go of it).
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleResultSchema, MAX_PARAM_NESTING, MAX_QUERY_NESTING } from '../../contract/index.ts';
import type { Neo4j } from '../../server/db/neo4j.ts';
import { toPlain } from '../../server/db/to-plain.ts';
import type { Vocabulary } from '../../server/vocabulary.ts';
import { errorOf, parsed } from '../support/api-body.ts';
import { connectTestNeo4j } from '../support/neo4j.ts';
import { eventually } from '../support/process.ts';
import { consoleApp, loadFixtureGraph, postQuery } from './console-fixture.ts';

const RUNAWAY = 'RETURN reduce(s = 0, x IN range(1, 300000000) | s + x) AS total';
/** The runaway under its own column name, so that one test can tell its query from those earlier tests left running. */
const LONE_RUNAWAY = RUNAWAY.replace(/AS total$/, 'AS lone');

describe('console doors', () => {
  let db: Neo4j;
  let vocabulary: Vocabulary;
  let app: Express;

  const consoleTransactions = async () =>
    (
      await db.driver.executeQuery(
        "SHOW TRANSACTIONS YIELD metaData, cpuTime WHERE metaData.area = 'console' RETURN metaData.run AS run, cpuTime",
        {},
        { database: db.database },
      )
    ).records.map((record) => toPlain(record.toObject()));
  const runawaysRunning = async () =>
    (
      await db.driver.executeQuery(
        "SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE metaData.area = 'console' AND currentQuery CONTAINS $runaway RETURN count(*) AS n",
        { runaway: LONE_RUNAWAY },
        { database: db.database },
      )
    ).records.map((record) => toPlain(record.get('n')))[0];

  beforeAll(async () => {
    db = await connectTestNeo4j();
    vocabulary = await loadFixtureGraph(db);
    app = consoleApp({ db, vocabulary });
  });
  afterAll(async () => {
    // The runaway below may still be running in Neo4j: the next test file must not meet it.
    await eventually(async () => (await consoleTransactions()).length === 0, 120_000);
    await db.close();
  });

  describe('CYPHER options', () => {
    it.each([
      'CYPHER runtime=slotted MATCH (e:Entity) RETURN count(e) AS n',
      'CYPHER 5 runtime=interpreted planner=cost MATCH (e:Entity) RETURN count(e) AS n',
      'cypher RUNTIME = Pipelined MATCH (e:Entity) RETURN count(e) AS n',
      'CYPHER runtime=slotted EXPLAIN MATCH (e:Entity) RETURN count(e) AS n',
      'CYPHER runtime=slotted PROFILE MATCH (e:Entity) RETURN count(e) AS n',
      'EXPLAIN MATCH (e:Entity) RETURN count(e) AS n',
      'PROFILE MATCH (e:Entity) RETURN count(e) AS n',
    ])('when the query is "%s", then it runs', async (query) => {
      const result = parsed(ConsoleResultSchema, await postQuery(app, query));

      expect(result.columns).toEqual(['n']);
    });

    it.each([
      ['CYPHER debug=printcostcomparisons replan=force EXPLAIN MATCH (e:Entity) RETURN e', 'debug'],
      ['CYPHER debug=tostring MATCH (e:Entity) RETURN e', 'debug'],
      ['CYPHER runtime=slotted replan=force MATCH (e:Entity) RETURN e', 'replan'],
      ['CYPHER expressionEngine=compiled RETURN 1', 'expressionEngine'],
      ['CYPHER runtime=parallel RETURN 1', 'runtime=parallel'],
      ['CYPHER planner=dp RETURN 1', 'planner=dp'],
      ['EXPLAIN CYPHER Debug=ast RETURN 1', 'Debug'],
      ['CYPHER 5 CYPHER operatorEngine=interpreted RETURN 1', 'operatorEngine'],
    ])('when the query is "%s", then 400 cypher_option naming %s', async (query, option) => {
      const error = errorOf(await postQuery(app, query), 400);

      expect(error.code).toBe('cypher_option');
      expect(error.message).toContain(`"${option}`);
    });
  });

  describe('nesting', () => {
    const parens = (depth: number) => `RETURN ${'('.repeat(depth)}1${')'.repeat(depth)} AS x`;
    const nested = (depth: number): unknown => Array.from({ length: depth }).reduce<unknown>((inner) => [inner], 1);

    it('when brackets nest to the limit, then the query runs', async () => {
      expect(parsed(ConsoleResultSchema, await postQuery(app, parens(MAX_QUERY_NESTING))).rows).toEqual([[1]]);
    });

    it.each([
      ['parentheses', parens(MAX_QUERY_NESTING + 1)],
      ['lists', `RETURN ${'['.repeat(3000)}1${']'.repeat(3000)} AS x`],
      ['maps and lists', `RETURN ${'{a: ['.repeat(2000)}1${']}'.repeat(2000)} AS x`],
    ])('when %s nest past the limit, then 400 too_deep naming it', async (_what, query) => {
      const error = errorOf(await postQuery(app, query), 400);

      expect(error).toMatchObject({ code: 'too_deep' });
      expect(error.message).toContain(String(MAX_QUERY_NESTING));
    });

    it('when parameters nest deeper than JSON.parse reads, then 400 bad_json, never a 500', async () => {
      // Sent as text: the test client's own JSON encoder recurses too.
      const body = `{"query": "RETURN $deep AS deep", "params": {"deep": ${'['.repeat(20_000)}1${']'.repeat(20_000)}}}`;
      const response = await request(app).post('/api/cypher').set('Content-Type', 'application/json').send(body);

      expect(errorOf(response, 400).code).toMatch(/^(bad_json|too_deep)$/);
    });

    it('when parameters nest to the limit, then they reach Neo4j whole', async () => {
      const result = parsed(ConsoleResultSchema, await postQuery(app, 'RETURN $deep AS deep', { deep: nested(MAX_PARAM_NESTING) }));

      expect(result.rows[0]![0]).toEqual(nested(MAX_PARAM_NESTING));
    });

    it.each([
      ['one level too deep', { deep: nested(MAX_PARAM_NESTING + 1) }],
      ['1,000 levels of lists', { deep: nested(1000) }],
      ['1,000 levels of maps', { deep: Array.from({ length: 1000 }).reduce<unknown>((inner) => ({ a: inner }), 1) }],
    ])('when parameters nest %s, then 400 too_deep naming the limit', async (_what, params) => {
      const error = errorOf(await postQuery(app, 'RETURN $deep AS deep', params), 400);

      expect(error).toMatchObject({ code: 'too_deep' });
      expect(error.message).toContain(String(MAX_PARAM_NESTING));
    });
  });

  describe("Neo4j's user errors", () => {
    it.each([
      ['a negative length (ExecutionFailed)', "RETURN left('abc', -1) AS x"],
      ['a negative start (ExecutionFailed)', "RETURN substring('abc', -1) AS x"],
      ['a zero step (ArgumentError)', 'RETURN range(1, 2, 0) AS x'],
      ['a division by zero (ArithmeticError)', 'RETURN 1 / 0 AS x'],
      ['an integer overflow (ArithmeticError)', 'RETURN 9223372036854775807 + 1 AS x'],
      ['a bad regular expression', "RETURN 'a' =~ '[' AS x"],
    ])('when the query has %s, then 400 cypher_error', async (_what, query) => {
      const error = errorOf(await postQuery(app, query), 400);

      expect(error.code).toBe('cypher_error');
    });
  });

  describe('integers', () => {
    it('when integers pass 2^53, then they come back exact as strings, smaller ones as numbers', async () => {
      const query = `RETURN 9007199254740991 AS safe, 9007199254740993 AS big, -9223372036854775808 AS min,
        [9223372036854775807] AS list, {n: 9007199254740992} AS map, toFloat(9007199254740993) AS float`;

      const result = parsed(ConsoleResultSchema, await postQuery(app, query));

      expect(result.rows).toEqual([
        [
          9007199254740991,
          '9007199254740993',
          '-9223372036854775808',
          ['9223372036854775807'],
          { n: '9007199254740992' },
          9007199254740992,
        ],
      ]);
    });

    it('when a map built from a node holds a large integer, then it comes back exact', async () => {
      const result = parsed(
        ConsoleResultSchema,
        await postQuery(app, 'MATCH (e:Entity) WITH e LIMIT 1 RETURN e {.id, exact: 4611686018427387905} AS e'),
      );

      expect(result.rows[0]![0]).toMatchObject({ exact: '4611686018427387905' });
    });
  });

  describe('console work at once', () => {
    it('when a client has its queries running, then the next one is 429 busy with Retry-After, and other routes still answer', async () => {
      const capped = consoleApp({ db, vocabulary, limits: { CYPHER_TIMEOUT_MS: 1500, CYPHER_MAX_CONCURRENT_PER_CLIENT: 1 } });
      const first = postQuery(capped, RUNAWAY).then((response) => response); // .then sends it now
      await expect.poll(consoleTransactions, { timeout: 5000 }).not.toEqual([]);

      const second = await postQuery(capped, 'RETURN 1 AS x');
      const health = await request(capped).get('/api/health');

      expect(errorOf(second, 429).code).toBe('busy');
      expect(second.headers['retry-after']).toBe('2');
      expect(health.status).toBe(200);
      expect(errorOf(await first, 504).code).toBe('timeout');
    });

    it('when the console is full, then a query the screen refuses still gets its own 400, not 429', async () => {
      const capped = consoleApp({ db, vocabulary, limits: { CYPHER_TIMEOUT_MS: 1500, CYPHER_MAX_CONCURRENT_PER_CLIENT: 1 } });
      const first = postQuery(capped, RUNAWAY).then((response) => response);
      await expect.poll(consoleTransactions, { timeout: 5000 }).not.toEqual([]);

      const refused = await postQuery(capped, 'CYPHER debug=tostring RETURN 1');

      expect(errorOf(refused, 400).code).toBe('cypher_option');
      expect(errorOf(await first, 504).code).toBe('timeout');
    });

    it('when a runaway query is stopped at its timeout, then its slot is free only once Neo4j has let go of it', async () => {
      const capped = consoleApp({ db, vocabulary, limits: { CYPHER_TIMEOUT_MS: 1500, CYPHER_MAX_CONCURRENT_PER_CLIENT: 1 } });
      expect(errorOf(await postQuery(capped, LONE_RUNAWAY), 504).code).toBe('timeout');

      // Until the slot is free every query is refused; once one is let in, Neo4j runs no console work.
      await expect.poll(async () => (await postQuery(capped, 'RETURN 1 AS x')).status, { timeout: 120_000, interval: 500 }).toBe(200);
      // Earlier tests' runaways may still be running on the same database: this test's is the one that must be gone.
      expect(await runawaysRunning()).toBe(0);
    }, 150_000);
  });
});
