// The read API on the real seed corpus (data/): what an analyst of the visit would ask first.
import request from 'supertest';
import type { Express } from 'express';
import { describe, expect, it } from 'vitest';
import {
  AlignmentResponseSchema,
  ArticleDetailResponseSchema,
  ArticlesResponseSchema,
  EntityDetailSchema,
  EntitySearchResponseSchema,
  GraphResponseSchema,
  PathsResponseSchema,
  POLARITIES,
  netPolarity,
} from '../../contract/index.ts';
import neo4j from 'neo4j-driver';
import { HOP_CLAIMS } from '../../server/graph/paths.ts';
import { searchKey } from '../../server/graph/entity-search.ts';
import { readQuery } from '../../server/db/read-query.ts';
import type { Neo4j } from '../../server/db/neo4j.ts';
import { type ValidCorpus } from '../../server/corpus/valid-corpus.ts';
import { parsed } from '../support/api-body.ts';
import { useLoadedApp } from '../support/seed-app.ts';
import { articlesNaming, claimsBetween, pairCount, seedCorpus } from '../support/seed-corpus.ts';

describe('API on the seed corpus', () => {
  let db: Neo4j;
  let app: Express;
  const corpus: ValidCorpus = seedCorpus();

  useLoadedApp(corpus, (ready) => ({ db, app } = ready));

  it('when the Russia–Pakistan pair is viewed, then its edges hold every claim between them, from every article that states one', async () => {
    const expected = claimsBetween(corpus, 'russia', 'pakistan');

    const graph = parsed(GraphResponseSchema, await request(app).get('/api/graph?focus=russia&depth=1'));

    expect(graph.truncated).toBe(false);
    const pair = graph.edges.filter((e) => [e.source, e.target].sort().join() === 'pakistan,russia');
    const claims = pair.flatMap((e) => e.claims);
    expect(claims.map((c) => c.claimId).sort()).toEqual(expected.map((c) => c.id).sort());
    expect([...new Set(claims.map((c) => c.articleId))].sort()).toEqual([...new Set(expected.map((c) => c.article))].sort());
    // The pair is stated by several articles: what makes this view worth a test.
    expect(new Set(expected.map((c) => c.article)).size).toBeGreaterThanOrEqual(3);
  });

  it.each([200, 40])(
    'when a view is read pairwise (small views) or by expanding each entity (large), then both give the same claims, budget %i',
    async (budget) => {
      const ranked = await readQuery<{ id: string }>(db, 'api/graph-top-entities', {
        polarities: null,
        types: null,
        kinds: null,
        articles: null,
        statedBy: null,
        from: null,
        to: null,
        undated: true,
        limit: neo4j.int(100),
      });
      const ids = ranked.map((row) => row.id);
      const params = {
        polarities: null,
        types: null,
        articles: null,
        statedBy: null,
        from: null,
        to: null,
        undated: true,
        ids,
        place: Object.fromEntries(ids.map((id, i) => [id, i])),
        maxClaims: neo4j.int(budget),
      };
      type View = { entities: { id: string }[]; claims: { rank: number; claim: { claimId: string } }[] };
      const read = async (name: string) => {
        const [view] = await readQuery<View>(db, name, params);
        return { entities: view!.entities.map((e) => e.id).sort(), claims: view!.claims.map((c) => `${c.rank} ${c.claim.claimId}`).sort() };
      };

      const pairwise = await read('api/graph-view-pairs');
      const expanded = await read('api/graph-view-expand');

      // The ranked view: every entity with a claim, up to the limit; its claims are those between two of them.
      const inClaims = new Set(corpus.claims.flatMap((c) => [c.subject, c.object]));
      const inView = new Set(ids);
      expect(ids.length).toBe(Math.min(100, inClaims.size));
      expect(ids.length).toBeGreaterThan(40); // more entities than the smaller budget: the expansion must cut
      const claimsInView = corpus.claims.filter((c) => inView.has(c.subject) && inView.has(c.object)).length;
      expect(pairwise.claims.length).toBe(Math.min(budget + 1, claimsInView));
      // Past the budget, which claims of the last rank come back may differ; every earlier rank is whole in both.
      const lastRank = (claims: string[]) => Math.max(...claims.map((c) => Number(c.split(' ')[0])));
      const whole = (claims: string[]) => claims.filter((c) => Number(c.split(' ')[0]) < lastRank(pairwise.claims));
      expect(whole(expanded.claims)).toEqual(whole(pairwise.claims));
      expect(lastRank(expanded.claims)).toBe(lastRank(pairwise.claims));
      expect(expanded.entities).toEqual(pairwise.entities);
    },
  );

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
    const { entities } = parsed(EntitySearchResponseSchema, await request(app).get(`/api/entities?q=${encodeURIComponent(q)}`));

    expect(entities[0]?.id).toBe(id);
  });

  /** Every name and alias of the corpus with the entities that carry it (folded as the search folds them). */
  const namesOf = () => {
    const owners = new Map<string, Set<string>>();
    for (const entity of corpus.entities)
      for (const name of [entity.name, ...entity.aliases])
        owners.set(searchKey(name), (owners.get(searchKey(name)) ?? new Set()).add(entity.id));
    return owners;
  };
  const search = async (q: string) =>
    parsed(EntitySearchResponseSchema, await request(app).get(`/api/entities?q=${encodeURIComponent(q)}`));

  it('when a name or alias that a longer name contains is searched, then an entity carrying it exactly ranks first', async () => {
    const owners = namesOf();
    const contained = [...owners.keys()].filter((key) =>
      [...owners.keys()].some((other) => other !== key && ` ${other} `.includes(` ${key} `)),
    );
    expect(contained).toContain(searchKey('India'));

    for (const key of contained) {
      const { entities } = await search(key);
      expect(owners.get(key), `"${key}" → ${entities[0]?.id}`).toContain(entities[0]?.id);
    }
  });

  it('when a name or alias with a stop word is searched, whole or without its last word, then its entity is found first', async () => {
    const owners = namesOf();
    const withStopWords = [...owners.keys()].filter((key) => /\b(and|of|the|in|for|to)\b/.test(key));
    expect(withStopWords.length).toBeGreaterThan(0);

    for (const key of withStopWords) {
      const { entities } = await search(key);
      expect(owners.get(key), `"${key}" → ${entities[0]?.id}`).toContain(entities[0]?.id);
      const words = key.split(' ');
      if (words.length < 3 || !/\b(and|of|in|for|to)\b/.test(words.slice(0, -1).join(' '))) continue;
      const prefix = words.slice(0, -1).join(' ');
      const first = (await search(prefix)).entities[0];
      expect(
        [first?.name ?? '', ...(first?.aliases ?? [])].map(searchKey).some((name) => name.startsWith(prefix)),
        `"${prefix}"`,
      ).toBe(true);
    }
    for (const q of ['the US', 'Belt and Road', 'Islamic Emirate of Afghanistan'])
      expect((await search(q)).entities.length, q).toBeGreaterThan(0);
  });

  it('when a query matches nothing, then it says so with no match and offers the nearest names', async () => {
    const target = corpus.entities.find((entity) => /^\p{L}{9,}$/u.test(entity.name))!;
    const garbled = `qzx${target.name.slice(3)}`;

    const { entities, nearest } = await search(garbled);

    expect(entities).toEqual([]);
    expect(nearest.map((hit) => hit.id)).toContain(target.id);
    expect(await search('zzzzzzzzzzzz')).toEqual({ entities: [], nearest: [] });
  });

  it('when a pair is read from the graph, the entity card, Paths and Explain a pair, then its claim and article counts agree', async () => {
    // The pair with the most claims that include a neutral one (the claims a polarity-filtered route leaves out).
    const pairs = new Map<string, { ids: [string, string]; claims: number; articles: Set<string>; neutral: number }>();
    for (const claim of corpus.claims) {
      const ids = [claim.subject, claim.object].sort() as [string, string];
      const entry = pairs.get(ids.join()) ?? { ids, claims: 0, articles: new Set<string>(), neutral: 0 };
      entry.claims += 1;
      entry.articles.add(claim.article);
      if (claim.polarity === 'neutral') entry.neutral += 1;
      pairs.set(ids.join(), entry);
    }
    const pair = [...pairs.values()].filter((p) => p.neutral > 0).sort((x, y) => y.claims - x.claims)[0]!;
    const [a, b] = pair.ids;

    const graph = parsed(GraphResponseSchema, await request(app).get(`/api/graph?focus=${a}&depth=1`));
    const edges = graph.edges.filter((e) => [e.source, e.target].sort().join() === pair.ids.join());
    const card = parsed(EntityDetailSchema, await request(app).get(`/api/entities/${a}`));
    const counterpart = [...card.counterparts.alliance, ...card.counterparts.tension, ...card.counterparts.neutral].filter(
      (c) => c.id === b,
    );
    const paths = parsed(PathsResponseSchema, await request(app).get(`/api/paths?from=${a}&to=${b}&maxHops=1`));
    const explain = parsed(AlignmentResponseSchema, await request(app).get(`/api/analysis/alignment?a=${a}&b=${b}`));
    // A third entity linked to both: its explanation passes through the pair as one hop.
    const third = corpus.entities.find(
      (e) => e.id !== a && e.id !== b && pairs.get([a, e.id].sort().join()) && pairs.get([b, e.id].sort().join()),
    )!;
    const viaPair = parsed(AlignmentResponseSchema, await request(app).get(`/api/analysis/alignment?a=${third.id}&b=${b}`));
    const hop = viaPair.paths.flatMap((p) => p.hops).find((h) => [h.from, h.to].sort().join() === pair.ids.join());

    expect(edges.reduce((sum, e) => sum + e.claimCount, 0)).toBe(pair.claims);
    expect(counterpart).toHaveLength(1);
    expect(counterpart[0]).toMatchObject({ claims: pair.claims, articles: pair.articles.size });
    expect(paths.paths[0]!.hops[0]!.claimCount).toBe(pair.claims);
    expect(explain.counts).toMatchObject({ claims: pair.claims, articles: pair.articles.size });
    expect(hop?.claimCount).toBe(pair.claims);
  });

  it('when Russia is opened, then Pakistan is a partner, each counterpart is listed once under its net, and its articles are every article naming it', async () => {
    const russia = parsed(EntityDetailSchema, await request(app).get('/api/entities/russia'));

    expect(russia.counterparts.alliance.map((c) => c.id)).toContain('pakistan');
    const listed = POLARITIES.flatMap((polarity) => russia.counterparts[polarity].map((c) => ({ polarity, c })));
    expect(new Set(listed.map(({ c }) => c.id)).size).toBe(listed.length);
    for (const { polarity, c } of listed) expect(netPolarity(c.net), c.id).toBe(polarity);
    expect(russia.articles.map((a) => a.id).sort()).toEqual(articlesNaming(corpus, 'russia'));
  });

  it('when every article is opened, then each has its claims from data/, whose quotes carry offsets', async () => {
    const { articles } = parsed(ArticlesResponseSchema, await request(app).get('/api/articles'));

    expect(articles.map((a) => a.id).sort()).toEqual(corpus.articles.map((a) => a.id).sort());
    for (const article of articles) {
      const detail = parsed(ArticleDetailResponseSchema, await request(app).get(`/api/articles/${article.id}`));
      const expected = corpus.claims.filter((c) => c.article === article.id);
      expect(expected.length, article.id).toBeGreaterThan(0);
      expect(detail.claims.map((c) => c.claimId).sort(), article.id).toEqual(expected.map((c) => c.id).sort());
      for (const claim of detail.claims) expect(claim.offsets[1] - claim.offsets[0]).toBe(claim.quote.length);
    }
  });

  it('when paths from India to Pakistan are asked for, then one runs through Russia, signed by the articles on each hop', async () => {
    const hops = [pairCount(corpus, 'india', 'russia'), pairCount(corpus, 'russia', 'pakistan')];

    const { paths } = parsed(PathsResponseSchema, await request(app).get('/api/paths?from=india&to=pakistan&maxHops=2'));

    const viaRussia = paths.find((p) => p.ids.join() === 'india,russia,pakistan')!;
    expect(viaRussia).toMatchObject({ length: 2, sign: hops[0]!.sign * hops[1]!.sign });
    expect(viaRussia.hops.map((h) => [h.sign, h.claimCount])).toEqual(hops.map((h) => [h.sign, h.claims]));
    expect(viaRussia.hops.every((h) => h.claims.length > 0)).toBe(true);
  });

  it('when a hop holds more claims than a path shows, then it counts them all and quotes the first, as the pair explanation does', async () => {
    const { paths } = parsed(PathsResponseSchema, await request(app).get('/api/paths?from=india&to=pakistan&maxHops=2'));
    const pair = parsed(AlignmentResponseSchema, await request(app).get('/api/analysis/alignment?a=russia&b=pakistan'));

    const hop = paths.find((p) => p.ids.join() === 'india,russia,pakistan')!.hops[1]!;
    expect(pair.claims.length).toBeGreaterThan(HOP_CLAIMS);
    expect(hop.claimCount).toBe(pair.claims.length);
    expect(hop.claims.map((c) => c.claimId)).toHaveLength(HOP_CLAIMS);
    expect({ net: hop.net, alliance: hop.alliance, tension: hop.tension, contested: hop.contested }).toEqual({
      net: pair.net.net,
      alliance: pair.net.alliance,
      tension: pair.net.tension,
      contested: pair.net.contested,
    });
  });
});
