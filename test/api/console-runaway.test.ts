// Runaway console queries are stopped at the time limit with 504 timeout, and leave nothing
// running behind them: the server still answers and the next query runs.
import request from 'supertest';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleResultSchema, HealthResponseSchema } from '../../contract/index.ts';
import type { Neo4j } from '../../server/db/neo4j.ts';
import { errorOf, parsed } from '../support/api-body.ts';
import { connectTestNeo4j } from '../support/neo4j.ts';
import { consoleApp, loadFixtureGraph, postQuery } from './console-fixture.ts';
import { validFixture } from '../corpus/fixture.ts';

const TIMEOUT_MS = 1500;

describe('runaway console queries', () => {
  let db: Neo4j;
  let app: Express;
  const runningQueries = async () =>
    (await db.driver.executeQuery('SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery', {}, { database: db.database })).records
      .map((record) => record.get('currentQuery') as string)
      .filter((query) => !query.startsWith('SHOW TRANSACTIONS'));

  beforeAll(async () => {
    db = await connectTestNeo4j();
    const vocabulary = await loadFixtureGraph(db);
    // A 10-node clique beside the corpus: it has more trails than any timeout allows to count.
    await db.driver.executeQuery(
      `UNWIND range(1, 10) AS i CREATE (:Runaway {i: i})
       WITH count(*) AS created
       MATCH (a:Runaway), (b:Runaway) WHERE a.i < b.i CREATE (a)-[:LINK]->(b)`,
      {},
      { database: db.database },
    );
    app = consoleApp({ db, vocabulary, limits: { CYPHER_TIMEOUT_MS: TIMEOUT_MS } });
  });
  afterAll(async () => {
    await db.driver.executeQuery('MATCH (n:Runaway) DETACH DELETE n', {}, { database: db.database });
    await db.close();
  });

  it.each([
    ['a cartesian product', 'UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*)'],
    [
      'a huge UNWIND over a collected list',
      'UNWIND range(1, 1000000) AS a WITH collect(a) AS xs UNWIND xs AS x UNWIND xs AS y RETURN count(*)',
    ],
    ['a deep variable-length match', 'MATCH p = (:Runaway)-[*]-(:Runaway) RETURN count(p)'],
  ])('when the query is %s, then 504 timeout within the limit plus a second, and nothing is left running', async (_what, query) => {
    const started = performance.now();

    const response = await postQuery(app, query);

    const elapsed = performance.now() - started;
    expect(errorOf(response, 504).code).toBe('timeout');
    expect(elapsed).toBeLessThan(TIMEOUT_MS + 1000);
    await expect.poll(runningQueries, { timeout: 1000 }).toEqual([]);
  });

  it('when runaways have been stopped, then health and a normal query still answer', async () => {
    const health = await request(app).get('/api/health');
    const normal = await postQuery(app, 'MATCH (e:Entity) RETURN count(e) AS entities');

    expect(parsed(HealthResponseSchema, health).status).toBe('ok');
    expect(parsed(ConsoleResultSchema, normal).rows).toEqual([[validFixture().entities.length]]);
  });
});
