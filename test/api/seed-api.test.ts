// The read API on the real seed corpus (data/): what an analyst of the visit would ask first.
import request from 'supertest';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import neo4j from 'neo4j-driver';
import { HOP_CLAIMS } from '../../server/graph/paths.ts';
import { readQuery } from '../../server/db/read-query.ts';
import type { Neo4j } from '../../server/db/neo4j.ts';
import { applySchema } from '../../server/db/schema.ts';
import { loadCorpus, readValidCorpus } from '../../server/corpus/load.ts';
import { connectTestNeo4j, resetGraph } from '../support/neo4j.ts';

describe('API on the seed corpus', () => {
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

  it('when the Russia–Pakistan pair is viewed, then its claims come from at least three articles', async () => {
    const response = await request(app).get('/api/graph?focus=russia&depth=1');

    const pair = response.body.edges.filter(
      (e: { source: string; target: string }) => [e.source, e.target].sort().join() === 'pakistan,russia',
    );
    const articles = new Set(pair.flatMap((e: { claims: { articleId: string }[] }) => e.claims.map((c) => c.articleId)));
    expect(articles.size).toBeGreaterThanOrEqual(3);
  });

  it.each([200, 40])('when a view is read pairwise (small views) or by expanding each entity (large), then both give the same claims, budget %i', async (budget) => {
    const ranked = await readQuery<{ id: string }>(db, 'api/graph-top-entities', { polarities: null, types: null, kinds: null, articles: null, statedBy: null, limit: neo4j.int(100) });
    const ids = ranked.map((row) => row.id);
    const params = { polarities: null, types: null, articles: null, statedBy: null, ids, place: Object.fromEntries(ids.map((id, i) => [id, i])), maxClaims: neo4j.int(budget) };
    type View = { entities: { id: string }[]; claims: { rank: number; claim: { claimId: string } }[] };
    const read = async (name: string) => {
      const [view] = await readQuery<View>(db, name, params);
      return { entities: view!.entities.map((e) => e.id).sort(), claims: view!.claims.map((c) => `${c.rank} ${c.claim.claimId}`).sort() };
    };

    const pairwise = await read('api/graph-view-pairs');
    const expanded = await read('api/graph-view-expand');

    expect(ids.length).toBeGreaterThan(40);
    expect(pairwise.claims.length).toBe(Math.min(budget + 1, 205));
    // Past the budget, which claims of the last rank come back may differ; every earlier rank is whole in both.
    const lastRank = (claims: string[]) => Math.max(...claims.map((c) => Number(c.split(' ')[0])));
    const whole = (claims: string[]) => claims.filter((c) => Number(c.split(' ')[0]) < lastRank(pairwise.claims));
    expect(whole(expanded.claims)).toEqual(whole(pairwise.claims));
    expect(lastRank(expanded.claims)).toBe(lastRank(pairwise.claims));
    expect(expanded.entities).toEqual(pairwise.entities);
  });

  it.each([
    ['Lavarov', 'sergey-lavrov'],
    ['Sargi Lavarov', 'sergey-lavrov'],
    ['lavrov', 'sergey-lavrov'],
    ['Islamabad', 'pakistan'],
    ['Moscow', 'russia'],
    ['Kremlin', 'russia'],
    ['New Delhi', 'india'],
    ['Washington', 'united-states'],
    ['Quad', 'quad'],
    ['Troika Plus', 'troika-plus'],
    ['Taliban', 'taliban'],
  ])('when searching "%s", then %s ranks first', async (q, id) => {
    const response = await request(app).get(`/api/entities?q=${encodeURIComponent(q)}`);

    expect(response.status).toBe(200);
    expect(response.body.entities[0]?.id).toBe(id);
  });

  it('when Russia is opened, then Pakistan and India are among its partners and its articles are all five', async () => {
    const response = await request(app).get('/api/entities/russia');

    const partners = response.body.counterparts.alliance.map((c: { id: string }) => c.id);
    expect(partners).toEqual(expect.arrayContaining(['pakistan', 'india']));
    expect(response.body.articles).toHaveLength(5);
  });

  it('when every article is opened, then each has claims whose quotes carry offsets', async () => {
    const { body } = await request(app).get('/api/articles');

    expect(body.articles).toHaveLength(5);
    for (const article of body.articles) {
      const detail = await request(app).get(`/api/articles/${article.id}`);
      expect(detail.body.claims.length, article.id).toBeGreaterThan(0);
      for (const claim of detail.body.claims) expect(claim.offsets[1] - claim.offsets[0]).toBe(claim.quote.length);
    }
  });

  it('when paths from India to Pakistan are asked for, then some run through Russia with a sign', async () => {
    const response = await request(app).get('/api/paths?from=india&to=pakistan&maxHops=2');

    expect(response.status).toBe(200);
    const viaRussia = response.body.paths.find((p: { ids: string[] }) => p.ids.join() === 'india,russia,pakistan');
    expect(viaRussia).toBeDefined();
    expect([1, -1, 0]).toContain(viaRussia.sign);
    expect(viaRussia.hops.every((h: { claims: unknown[] }) => h.claims.length > 0)).toBe(true);
  });

  it('when a hop holds more claims than a path shows, then it counts them all and quotes the first, as the pair explanation does', async () => {
    const paths = await request(app).get('/api/paths?from=india&to=pakistan&maxHops=2');
    const pair = await request(app).get('/api/analysis/alignment?a=russia&b=pakistan');

    const hop = paths.body.paths.find((p: { ids: string[] }) => p.ids.join() === 'india,russia,pakistan').hops[1];
    expect(pair.body.claims.length).toBeGreaterThan(HOP_CLAIMS);
    expect(hop.claimCount).toBe(pair.body.claims.length);
    expect(hop.claims.map((c: { claimId: string }) => c.claimId)).toHaveLength(HOP_CLAIMS);
    expect({ net: hop.net, alliance: hop.alliance, tension: hop.tension, contested: hop.contested }).toEqual({
      net: pair.body.net.net, alliance: pair.body.net.alliance, tension: pair.body.net.tension, contested: pair.body.net.contested,
    });
  });
});
