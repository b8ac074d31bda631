// db.memory.transaction.max: a console query that would fill Neo4j's heap is stopped alone with
// 422 memory_limit, and the database keeps answering (issue 14: it used to die out of memory).
import request from 'supertest';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleResultSchema, ReadyResponseSchema } from '../../contract/index.ts';
import type { Neo4j } from '../../server/db/neo4j.ts';
import { errorOf, parsed } from '../support/api-body.ts';
import { connectTestNeo4j } from '../support/neo4j.ts';
import { consoleApp, loadFixtureGraph, postQuery } from './console-fixture.ts';

// Neo4j tracks the memory of what operators keep (collect, sort, distinct, ...). A list built
// inside one expression (`WITH [x IN range(1, 20000000) | toString(x)] AS s`) is not tracked by
// Neo4j 5.26 Community, so the cap does not stop that form: measured, it outlives the console's
// time limit; only the deadline work (issue 14, items 1 and 5) can bound it.
const TRACKED = 'UNWIND range(1, 20000000) AS x WITH collect(toString(x)) AS s RETURN size(s)';

describe('memory-hungry console queries', () => {
  let db: Neo4j;
  let app: Express;

  beforeAll(async () => {
    db = await connectTestNeo4j();
    // A time limit well past what the memory cap needs, so the answer is the cap's, not a timeout.
    app = consoleApp({ db, vocabulary: await loadFixtureGraph(db), limits: { CYPHER_TIMEOUT_MS: 15_000 } });
  });
  afterAll(async () => {
    await db.close();
  });

  const stillServing = async () => {
    const ready = await request(app).get('/api/ready');
    expect(parsed(ReadyResponseSchema, ready).status).toBe('ready');
    const next = await postQuery(app, 'MATCH (e:Entity) RETURN count(e) > 0 AS any');
    expect(parsed(ConsoleResultSchema, next).rows).toEqual([[true]]);
  };

  it('when a query collects more than the transaction memory cap, then 422 memory_limit and Neo4j still answers', async () => {
    const response = await postQuery(app, TRACKED);

    expect(errorOf(response, 422).code).toBe('memory_limit');
    await stillServing();
  }, 60_000);
});
