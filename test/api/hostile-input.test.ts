// Hostile input, generated (issue 14, item 4): fast-check sends every route and method of the API
// malformed paths and query strings, bodies of the wrong type, deeply nested, prototype-keyed or
// huge, and odd headers, over a real listening app and the real test Neo4j (the seed corpus; the
// ingest routes write to a throw-away fixture folder). Every answer must be below 500, leak no
// stack trace or path, and parse with the contract: the error shape, or the route's own schema.
// FUZZ_RUNS overrides the cases per route; FUZZ_SEED replays a run.
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProposeResponseSchema, type ProposeRequest, type Review } from '../../contract/index.ts';
import { createApp } from '../../server/app.ts';
import { loadCorpus } from '../../server/corpus/load.ts';
import type { Neo4j } from '../../server/db/neo4j.ts';
import { applySchema } from '../../server/db/schema.ts';
import { answerClientError } from '../../server/http/errors.ts';
import { readSavedQueries } from '../../server/queries/saved-queries.ts';
import { readVocabulary } from '../../server/vocabulary.ts';
import { removeDataDir } from '../corpus/fixture.ts';
import { NEW_TEXT, writeFixtureWithTexts } from '../ingest/ingest-fixture.ts';
import { connectTestNeo4j, resetGraph } from '../support/neo4j.ts';
import { rawClient, type RawClient } from '../support/raw-http.ts';
import { seedCorpus } from '../support/seed-corpus.ts';
import { verdict } from './fuzz/oracle.ts';
import { fuzzRoutes, type FuzzRoute, type FuzzWorld } from './fuzz/routes.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

const accepted = (review: Review): Review => ({
  ...review,
  entities: review.entities.map((entity) => ({ ...entity, decision: 'accept', description: entity.new ? 'Named in the article' : null })),
  claims: review.claims.map((claim) => ({ ...claim, decision: 'accept' })),
});

const PROPOSE: ProposeRequest = { input: 'pasted text', format: 'text', content: NEW_TEXT, metadata: { title: 'Talks on trade' } };

/** Valid values to mix into the hostile ones; the commit body is a real review, made in beforeAll. */
function worldOf(commit: unknown): FuzzWorld {
  const corpus = seedCorpus();
  return {
    entityIds: corpus.entities.map((entity) => entity.id),
    articleIds: corpus.articles.map((article) => article.id),
    types: readVocabulary().entries.map((entry) => entry.type),
    queries: readSavedQueries().map(({ name, params }) => ({ name, params: params.map((param) => param.name) })),
    propose: PROPOSE,
    commit,
  };
}

/** The review of PROPOSE, every proposal accepted: a body the commit route takes as it is. */
async function acceptedReview(client: RawClient): Promise<unknown> {
  const answer = await client.send({
    method: 'POST',
    path: '/api/ingest/propose',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(PROPOSE),
  });
  const { text, review } = ProposeResponseSchema.parse(JSON.parse(answer.text));
  return { text, review: accepted(review) };
}

/** A request as a line of a report: long strings cut, so a 6 MB body does not flood the log. */
function shortly(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'string' && v.length > 160 ? `${v.slice(0, 160)}…(${v.length} chars)` : v,
  );
}

/** One route's line of the table: cases, time, and how many answers had each status. */
function line({
  route,
  cases,
  seconds,
  statuses,
}: {
  route: string;
  cases: number;
  seconds: number;
  statuses: Map<string, number>;
}): string {
  const byStatus = [...statuses].sort(([a], [b]) => a.localeCompare(b)).map(([status, n]) => `${status}×${n}`);
  return `  ${route.padEnd(30)} ${String(cases).padStart(5)} in ${seconds.toFixed(1).padStart(5)} s  ${byStatus.join(' ')}`;
}

const ROUTE_NAMES = fuzzRoutes(worldOf({})).map((route) => route.name);

describe('hostile input, generated', () => {
  let db: Neo4j;
  let server: Server;
  let port: number;
  let routes: Map<string, FuzzRoute>;
  let fixture: { dataDir: string; textsDir: string };
  const internal: string[] = [];
  const counts: { route: string; cases: number; seconds: number; statuses: Map<string, number> }[] = [];

  beforeAll(async () => {
    db = await connectTestNeo4j();
    await applySchema(db);
    await resetGraph(db);
    await loadCorpus(db, seedCorpus());
    fixture = writeFixtureWithTexts();
    const app = createApp({ db, ingest: { dataDir: fixture.dataDir, access: { host: '127.0.0.1' } }, log: (line) => internal.push(line) });
    server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
      listening.on('clientError', answerClientError);
    });
    port = (server.address() as AddressInfo).port;
    const client = rawClient(port);
    routes = new Map(fuzzRoutes(worldOf(await acceptedReview(client))).map((route) => [route.name, route]));
    client.close();
  });
  afterAll(async () => {
    console.log(`[fuzz] cases per route (${RUNS} runs each; shrinking adds cases), answers by status:\n${counts.map(line).join('\n')}`);
    await new Promise((resolve) => server?.close(resolve));
    removeDataDir(fixture.dataDir);
    rmSync(fixture.textsDir, { recursive: true, force: true });
    await db?.close();
  });

  /** Runs one route's property; fast-check shrinks a failure to its smallest request. */
  async function fuzz(route: FuzzRoute): Promise<void> {
    let cases = 0;
    const statuses = new Map<string, number>();
    const started = performance.now();
    // Its own connection: routes are fuzzed side by side, so Node and Neo4j work at once.
    const client = rawClient(port);
    try {
      const property = fc.asyncProperty(route.requests, async (request) => {
        cases += 1;
        const response = await client.send(request);
        statuses.set(String(response.status), (statuses.get(String(response.status)) ?? 0) + 1);
        const failure = verdict(request, response, route);
        if (failure !== null) throw new Error(failure);
      });
      const run = await fc.check(property, { numRuns: RUNS, seed: SEED });
      if (run.failed) expect.fail(`${String(run.errorInstance)}\nshrunk to ${shortly(run.counterexample)} (seed ${run.seed})`);
    } finally {
      client.close();
      counts.push({ route: route.name, cases, seconds: (performance.now() - started) / 1000, statuses });
    }
    expect(internal.splice(0), 'errors the handler logged as internal').toEqual([]);
  }

  // A commit that goes through reloads the graph from the fixture folder: the writes come last.
  const writes = ROUTE_NAMES.filter((name) => name.startsWith('POST /api/ingest/'));
  const reads = ROUTE_NAMES.filter((name) => !writes.includes(name));
  const rule = 'then none answers 500 or more, leaks, or breaks the contract';
  it.concurrent.each(reads)(`when %s gets hostile requests, ${rule}`, (name) => fuzz(routes.get(name)!), 300_000);
  it.each(writes)(`when %s gets hostile requests, ${rule}`, (name) => fuzz(routes.get(name)!), 300_000);
});
