// GET /api/compare on a corpus of two periods and two outlet countries (test/corpus/periods-fixture.ts):
// each side is the view /api/graph answers for its query string; pairs are stated on one side,
// both, or with their sign turned; bad sides are 400s naming the parameter; repeats are cached.
import request from 'supertest';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompareResponseSchema, GraphResponseSchema, type CompareResponse } from '../../contract/index.ts';
import { createApp } from '../../server/app.ts';
import type { Neo4j } from '../../server/db/neo4j.ts';
import { applySchema } from '../../server/db/schema.ts';
import { loadCorpus } from '../../server/corpus/load.ts';
import { readValidCorpus } from '../../server/corpus/valid-corpus.ts';
import type { ValidCorpus } from '../../server/corpus/valid-corpus.ts';
import { vocabularyOf } from '../../server/vocabulary.ts';
import { errorOf, matcher, parsed } from '../support/api-body.ts';
import { connectTestNeo4j, resetGraph } from '../support/neo4j.ts';
import { removeDataDir, writeFixture } from '../corpus/fixture.ts';
import { APRIL, DECEMBER, periodsFixture } from '../corpus/periods-fixture.ts';

/** A side's query string, URL-encoded as the `a` or `b` parameter. */
const side = (params: Record<string, string>) => encodeURIComponent(new URLSearchParams(params).toString());

/** Each pair's status and each side's claim ids (sorted), by pair id. */
const statuses = (result: CompareResponse) =>
  Object.fromEntries(
    result.edges.map((edge) => [edge.id, { status: edge.status, a: edge.a?.claimIds.sort() ?? null, b: edge.b?.claimIds.sort() ?? null }]),
  );

describe('GET /api/compare', () => {
  let db: Neo4j;
  let corpus: ValidCorpus;
  let app: Express;

  const compare = async (a: string, b: string) => parsed(CompareResponseSchema, await request(app).get(`/api/compare?a=${a}&b=${b}`));

  beforeAll(async () => {
    db = await connectTestNeo4j();
    await applySchema(db);
    await resetGraph(db);
    const dataDir = writeFixture(periodsFixture());
    corpus = readValidCorpus(dataDir);
    removeDataDir(dataDir);
    await loadCorpus(db, corpus);
    app = createApp({ db, vocabulary: vocabularyOf(corpus.vocabulary), log: () => {} });
  });
  afterAll(async () => {
    await resetGraph(db);
    await db.close();
  });

  it('when December is compared with April, then each pair has its status, each side its claims, and the summary counts them', async () => {
    const result = await compare(side({ ...DECEMBER, undated: 'false' }), side({ ...APRIL, undated: 'false' }));

    expect(result.edges.map((edge) => edge.status)).toEqual(['changed', 'a', 'b', 'both']);
    expect(statuses(result)).toEqual({
      'india|russia': {
        status: 'changed',
        a: ['dec-in-russia-cooperates-with-india', 'dec-pk-russia-cooperates-with-india'],
        b: ['apr-in-russia-rival-of-india', 'apr-pk-russia-accuses-india'],
      },
      'china|quad': { status: 'a', a: ['dec-in-china-rival-of-quad'], b: null },
      'pakistan|united-states': { status: 'b', a: null, b: ['apr-pk-united-states-met-with-pakistan'] },
      'pakistan|russia': {
        status: 'both',
        a: ['dec-pk-russia-cooperates-with-pakistan'],
        b: ['apr-in-russia-cooperates-with-pakistan', 'apr-pk-russia-cooperates-with-pakistan'],
      },
    });
    const reversal = result.edges[0]!;
    expect(reversal.a!.net).toMatchObject({ alliance: 2, tension: 0, sign: 1, verdict: 'aligned' });
    expect(reversal.b!.net).toMatchObject({ alliance: 0, tension: 2, sign: -1, verdict: 'opposed' });
    expect(result.summary).toEqual({ a: 1, b: 1, both: 1, changed: 1, newlyContested: 0 });
    expect(result.sides).toEqual({ a: { claims: 4 }, b: { claims: 5 } });
    expect(result.claims.map((claim) => claim.claimId).sort()).toEqual(
      [...new Set(result.edges.flatMap((edge) => [...(edge.a?.claimIds ?? []), ...(edge.b?.claimIds ?? [])]))].sort(),
    );
    expect(Object.fromEntries(result.nodes.map((node) => [node.id, node.degree]))).toEqual({
      russia: 2,
      india: 1,
      pakistan: 2,
      china: 1,
      quad: 1,
      'united-states': 1,
    });
    expect(result.truncated).toBe(false);
  });

  it('when undated claims are kept, then the undated wire story is on both sides', async () => {
    const result = await compare(side(DECEMBER), side(APRIL));

    expect(statuses(result)['india|pakistan']).toEqual({
      status: 'both',
      a: ['wire-india-rival-of-pakistan'],
      b: ['wire-india-rival-of-pakistan'],
    });
    expect(result.summary).toEqual({ a: 1, b: 1, both: 2, changed: 1, newlyContested: 0 });
  });

  it("when Pakistan's outlets are compared with India's, then the pairs each country's press states are told apart", async () => {
    const result = await compare(side({ outletCountry: 'PK' }), side({ outletCountry: 'IN' }));

    expect(Object.fromEntries(result.edges.map((edge) => [edge.id, edge.status]))).toEqual({
      'pakistan|united-states': 'a',
      'china|quad': 'b',
      'india|united-states': 'b',
      'india|russia': 'both',
      'pakistan|russia': 'both',
    });
    // One alliance and one tension article on each side: divided both times, no reversal.
    const russiaIndia = result.edges.find((edge) => edge.id === 'india|russia')!;
    expect([russiaIndia.a!.net.verdict, russiaIndia.b!.net.verdict]).toEqual(['divided', 'divided']);
    expect(result.summary).toEqual({ a: 1, b: 2, both: 2, changed: 0, newlyContested: 0 });
  });

  it('when a side is compared with itself, then every pair is in both and nothing is only on one side or changed', async () => {
    const whole = parsed(GraphResponseSchema, await request(app).get('/api/graph'));

    const result = await compare('', '');

    expect(result.edges.length).toBeGreaterThan(0);
    expect(result.edges.every((edge) => edge.status === 'both' && edge.a!.net.sign === edge.b!.net.sign)).toBe(true);
    expect(result.summary).toMatchObject({ a: 0, b: 0, changed: 0, both: result.edges.length });
    expect(result.sides.a.claims).toBe(whole.counts.claims);
    expect(result.claims).toHaveLength(whole.counts.claims);
  });

  it('when a side matches nothing, then the answer is a 200 with that side empty and every pair on the other side', async () => {
    const empty = await compare(side({ outletCountry: 'US' }), side({ outletCountry: 'PK' }));
    const reversed = await compare(side({ outletCountry: 'PK' }), side({ outletCountry: 'US' }));

    expect(empty.sides).toEqual({ a: { claims: 0 }, b: { claims: 5 } });
    expect(empty.edges.length).toBeGreaterThan(0);
    expect(empty.edges.every((edge) => edge.status === 'b' && edge.a === null)).toBe(true);
    expect(reversed.edges.every((edge) => edge.status === 'a' && edge.b === null)).toBe(true);
    expect(reversed.summary).toMatchObject({ a: empty.summary.b, b: 0, both: 0, changed: 0 });
  });

  it('when a side repeats a parameter or lists it with commas, then it is read as /api/graph reads it', async () => {
    const repeated = await compare(encodeURIComponent('outletCountry=PK&outletCountry=IN'), side({ outletCountry: 'PK,IN' }));

    expect(repeated.summary).toMatchObject({ a: 0, b: 0, changed: 0 });
    expect(repeated.sides.a.claims).toBe(repeated.sides.b.claims);
  });

  it.each([
    ['a=from%3D2021-13&b=', 'query.a.from'],
    ['a=&b=from%3D2021-04%26to%3D2021-03', 'query.b.to'],
    ['a=from%3D2021-04%26to%3D2021-03&b=', 'query.a.to'],
    ['a=outletCountry%3Dpk&b=', 'query.a.outletCountry'],
    ['a=depth%3D9&b=', 'query.a.depth'],
    ['a=&b=type%3DNOT_A_TYPE', 'query.b.type'],
    ['a=', 'query.b'],
    ['b=', 'query.a'],
    ['a=x&a=y&b=', 'query.a'],
    ['a=<4001 characters>&b=', 'query.a'],
  ])('when the query is %s, then it is a 400 naming %s', async (query, field) => {
    const response = await request(app).get(`/api/compare?${query.replace('<4001 characters>', 'x'.repeat(4001))}`);

    expect(errorOf(response, 400)).toMatchObject({
      code: 'bad_request',
      message: matcher(expect.stringMatching(new RegExp(`^${field.replaceAll('.', '\\.')}[.:]`))),
    });
  });

  it('when a side focuses on an entity that does not exist, then it is a 404', async () => {
    const response = await request(app).get(`/api/compare?a=${side({ focus: 'atlantis' })}&b=`);

    expect(errorOf(response, 404).code).toBe('not_found');
  });

  it('when the app caches answers, then a repeated compare is answered from the cache', async () => {
    const cached = createApp({ db, vocabulary: vocabularyOf(corpus.vocabulary), responseCacheMb: 1, log: () => {} });
    const url = `/api/compare?a=${side(DECEMBER)}&b=${side(APRIL)}`;
    const nameOf = (result: CompareResponse) => result.nodes.find((node) => node.id === 'china')?.name;
    const rename = (name: string) =>
      db.driver.executeQuery(`MATCH (e:Entity {id: 'china'}) SET e.name = $name`, { name }, { database: db.database });

    const first = await request(cached).get(url);
    // A write that bypasses the loader records no new version: only a stored answer still says "China".
    await rename('Cathay');
    try {
      const second = await request(cached).get(url);
      const uncached = await request(app).get(url);

      expect(nameOf(parsed(CompareResponseSchema, first))).toBe('China');
      expect(nameOf(parsed(CompareResponseSchema, second))).toBe('China');
      expect(second.headers.etag).toBe(first.headers.etag);
      expect(nameOf(parsed(CompareResponseSchema, uncached))).toBe('Cathay');
    } finally {
      await rename('China');
    }
  });
});
