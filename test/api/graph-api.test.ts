// The read API on a small known corpus: content, filters, not-found and bad parameters.
import request from 'supertest';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ArticleDetailResponseSchema,
  ArticlesResponseSchema,
  EntityDetailSchema,
  EntitySearchResponseSchema,
  GraphResponseSchema,
  PathsResponseSchema,
  type GraphResponse,
} from '../../contract/index.ts';
import { createApp, DEFAULT_LIMITS } from '../../server/app.ts';
import type { Neo4j } from '../../server/db/neo4j.ts';
import { applySchema } from '../../server/db/schema.ts';
import { loadCorpus } from '../../server/corpus/load.ts';
import { readValidCorpus } from '../../server/corpus/valid-corpus.ts';
import { vocabularyOf } from '../../server/vocabulary.ts';
import { errorOf, parsed } from '../support/api-body.ts';
import { connectTestNeo4j, resetGraph } from '../support/neo4j.ts';
import { removeDataDir, validFixture, writeFixture } from '../corpus/fixture.ts';

describe('graph API on the fixture corpus', () => {
  let db: Neo4j;
  let app: Express;

  const graphOf = async (on: Express, path: string) => parsed(GraphResponseSchema, await request(on).get(path));

  beforeAll(async () => {
    db = await connectTestNeo4j();
    await applySchema(db);
    await resetGraph(db);
    const dataDir = writeFixture(validFixture());
    const corpus = readValidCorpus(dataDir);
    removeDataDir(dataDir);
    await loadCorpus(db, corpus);
    app = createApp({ db, vocabulary: vocabularyOf(corpus.vocabulary), log: () => {} });
  });
  afterAll(() => db.close());

  it('when the whole graph is asked for, then every claim is on an edge and nodes carry degree', async () => {
    const graph = await graphOf(app, '/api/graph');

    expect(graph.counts).toEqual({ nodes: 5, edges: 3, claims: 3, articles: 2 });
    expect(graph.truncated).toBe(false);
    expect(graph.nodes.find((n) => n.id === 'pakistan')).toMatchObject({
      name: 'Pakistan',
      kind: 'Country',
      aliases: ['Islamabad'],
      degree: 2,
    });
    expect(graph.edges.find((e) => e.type === 'RIVAL_OF')).toMatchObject({
      source: 'india',
      target: 'pakistan',
      directed: false,
      polarity: 'tension',
      claimCount: 1,
      articleCount: 1,
      contested: false,
      claims: [
        {
          claimId: 'b-india-rival-of-pakistan',
          quote: 'India and Pakistan remain rivals',
          articleId: 'article-b',
          statedBy: null,
          polarity: 'tension',
        },
      ],
    });
  });

  it('when filtered by polarity, then only those edges remain', async () => {
    const graph = await graphOf(app, '/api/graph?polarity=tension');

    expect(graph.edges.map((e) => e.polarity)).toEqual(['tension']);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['india', 'pakistan']);
  });

  it('when filtered by kind, speaker and article, then each narrows the view', async () => {
    const people = await graphOf(app, '/api/graph?kind=Person');
    const bySpeaker = await graphOf(app, '/api/graph?statedBy=sergey-lavrov');
    const byArticle = await graphOf(app, '/api/graph?article=article-b,article-a&type=COOPERATES_WITH');

    expect(people.edges.map((e) => e.type)).toEqual(['MET_WITH']);
    expect(bySpeaker.counts.claims).toBe(1);
    expect(byArticle.edges.map((e) => e.id)).toEqual(['pakistan|COOPERATES_WITH|russia']);
  });

  it('when focused with depth 1 and 2, then the neighbourhood grows', async () => {
    const one = await graphOf(app, '/api/graph?focus=russia&depth=1');
    const two = await graphOf(app, '/api/graph?focus=russia&depth=2');

    expect(one.nodes.map((n) => n.id).sort()).toEqual(['pakistan', 'russia']);
    expect(two.nodes.map((n) => n.id).sort()).toEqual(['india', 'pakistan', 'russia']);
  });

  it('when the cap is smaller than the view, then the view is truncated to the best connected', async () => {
    const capped = createApp({
      db,
      vocabulary: vocabularyOf(validFixture().vocabulary as never),
      limits: { ...DEFAULT_LIMITS, GRAPH_MAX_NODES: 2 },
    });

    const graph = await graphOf(capped, '/api/graph');

    expect(graph.truncated).toBe(true);
    expect(graph.nodes.length).toBeLessThanOrEqual(2);
  });

  it('when a view holds more claims than its budget, then it keeps the best connected entities with every claim among them', async () => {
    const withBudget = (claims: number) =>
      createApp({
        db,
        vocabulary: vocabularyOf(validFixture().vocabulary as never),
        limits: { ...DEFAULT_LIMITS, GRAPH_MAX_CLAIMS: claims },
      });
    const ids = (graph: GraphResponse) => graph.nodes.map((n) => n.id).sort();

    const one = await graphOf(withBudget(1), '/api/graph');
    const two = await graphOf(withBudget(2), '/api/graph');
    const focused = await graphOf(withBudget(1), '/api/graph?focus=pakistan');
    const enough = await graphOf(withBudget(3), '/api/graph');

    // Pakistan has the most claims; India, then Russia, come next (ties by id).
    expect(one).toMatchObject({ truncated: true, counts: { nodes: 2, edges: 1, claims: 1 } });
    expect(ids(one)).toEqual(['india', 'pakistan']);
    expect(two).toMatchObject({ truncated: true, counts: { claims: 2 } });
    expect(ids(two)).toEqual(['india', 'pakistan', 'russia']);
    expect(focused.edges.map((e) => e.id)).toEqual(['india|RIVAL_OF|pakistan']);
    expect(enough).toMatchObject({ truncated: false, counts: { nodes: 5, claims: 3 } });
  });

  it.each([
    ['/api/graph?depth=4', 'query.depth'],
    ['/api/graph?polarity=friendly', 'query.polarity'],
    ['/api/graph?type=LIKES', 'query.type'],
    ['/api/graph?kind=Planet', 'query.kind'],
    ['/api/graph?focus=Not%20A%20Slug', 'query.focus'],
    ['/api/entities', 'query.q'],
    ['/api/entities?q=x&limit=500', 'query.limit'],
    ['/api/paths?from=russia', 'query.to'],
    ['/api/paths?from=russia&to=india&maxHops=5', 'query.maxHops'],
    ['/api/paths?from=russia&to=russia', 'query.to'],
    ['/api/entities/BAD%20ID', 'path.id'],
  ])('when %s, then 400 naming %s', async (url, field) => {
    const error = errorOf(await request(app).get(url), 400);

    expect(error.code).toBe('bad_request');
    expect(error.message).toContain(field);
  });

  it.each(['/api/entities/atlantis', '/api/articles/nowhere', '/api/graph?focus=atlantis', '/api/paths?from=russia&to=atlantis'])(
    'when %s names nothing, then 404',
    async (url) => {
      const error = errorOf(await request(app).get(url), 404);

      expect(error.code).toBe('not_found');
    },
  );

  it('when an entity is asked for, then its counterparts are grouped by polarity with the articles mentioning it', async () => {
    const pakistan = parsed(EntityDetailSchema, await request(app).get('/api/entities/pakistan'));

    expect(pakistan.entity).toMatchObject({ id: 'pakistan', name: 'Pakistan', aliases: ['Islamabad'] });
    const brief = (list: typeof pakistan.counterparts.alliance) =>
      list.map(({ net, ...rest }) => ({ ...rest, verdict: net.verdict, alliance: net.alliance, tension: net.tension }));
    expect(brief(pakistan.counterparts.alliance)).toEqual([
      { id: 'russia', name: 'Russia', kind: 'Country', claims: 1, articles: 1, verdict: 'aligned', alliance: 1, tension: 0 },
    ]);
    expect(brief(pakistan.counterparts.tension)).toEqual([
      { id: 'india', name: 'India', kind: 'Country', claims: 1, articles: 1, verdict: 'opposed', alliance: 0, tension: 1 },
    ]);
    expect(pakistan.articles.map((a) => a.id)).toEqual(['article-b', 'article-a']);
  });

  it('when articles are listed and one is opened, then metadata and its claims in reading order come back', async () => {
    const list = parsed(ArticlesResponseSchema, await request(app).get('/api/articles'));
    const one = parsed(ArticleDetailResponseSchema, await request(app).get('/api/articles/article-a'));

    expect(list.articles.map((a) => [a.id, a.claims])).toEqual([
      ['article-b', 1],
      ['article-a', 2],
    ]);
    expect(one.article).toMatchObject({
      id: 'article-a',
      outlet: 'Example News',
      outletId: 'example-news',
      outletCountry: 'PK',
      published: 'April 7, 2021',
      publishedDate: '2021-04-07',
      sha256: 'a'.repeat(64),
    });
    expect(list.articles.find((a) => a.id === 'article-b')).toMatchObject({
      outlet: null,
      outletId: null,
      outletCountry: null,
      publishedDate: null,
    });
    expect(one.claims.map((c) => c.claimId)).toEqual(['a-russia-cooperates-with-pakistan', 'a-lavrov-met-qureshi']);
  });

  it('when searching by alias, misspelling or prefix, then the entity ranks first', async () => {
    for (const [q, id] of [
      ['Islamabad', 'pakistan'],
      ['Lavarov', 'sergey-lavrov'],
      ['lavr', 'sergey-lavrov'],
      ['MOSCOW', 'russia'],
      ['Qureshi', 'shah-mahmood-qureshi'],
    ]) {
      const { entities } = parsed(EntitySearchResponseSchema, await request(app).get(`/api/entities?q=${encodeURIComponent(q!)}`));
      expect(entities[0]?.id, q).toBe(id);
    }
  });

  it('when a path runs through a rival, then it is found with a negative sign and its quotes', async () => {
    const { paths } = parsed(PathsResponseSchema, await request(app).get('/api/paths?from=russia&to=india&maxHops=3'));

    expect(paths[0]).toMatchObject({ ids: ['russia', 'pakistan', 'india'], length: 2, sign: -1 });
    expect(paths[0]!.hops[1]!.claims[0]!.quote).toBe('India and Pakistan remain rivals');
  });

  it('when no path is within maxHops, then the list is empty', async () => {
    const { paths } = parsed(PathsResponseSchema, await request(app).get('/api/paths?from=russia&to=india&maxHops=1'));

    expect(paths).toEqual([]);
  });
});
