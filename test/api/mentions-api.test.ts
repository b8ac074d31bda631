// Entities an article names without a claim (articles.yaml `mentions`) on the real seed corpus:
// found by search, their card lists the articles naming them, and having no claim breaks no view.
import request from 'supertest';
import type { Express } from 'express';
import { describe, expect, it } from 'vitest';
import {
  AlignmentResponseSchema,
  BalanceResponseSchema,
  BlocsResponseSchema,
  EntityDetailSchema,
  EntitySearchResponseSchema,
  GraphResponseSchema,
  PathsResponseSchema,
} from '../../contract/index.ts';
import type { ValidCorpus } from '../../server/corpus/valid-corpus.ts';
import { parsed } from '../support/api-body.ts';
import { useLoadedApp } from '../support/seed-app.ts';
import { articlesNaming, seedCorpus } from '../support/seed-corpus.ts';

describe('API on the seed corpus: entities named without a claim', () => {
  let app: Express;
  const corpus: ValidCorpus = seedCorpus();
  /** Entities that only articles' mentions name: no claim has them as subject, object or speaker. */
  const unclaimed = corpus.entities
    .map((entity) => entity.id)
    .filter((id) => !corpus.claims.some((claim) => [claim.subject, claim.object, claim.statedBy].includes(id)));

  useLoadedApp(corpus, (ready) => ({ app } = ready));

  it('when the seed corpus is read, then the SCO is an entity without claims, mentioned by the article that names it', () => {
    expect(unclaimed).toContain('sco');
    expect(articlesNaming(corpus, 'sco')).toEqual(['brn-lavrov-visit-pakistan-russia-relations']);
  });

  it.each([
    ['SCO', 'sco'],
    ['Shanghai Cooperation Organization', 'sco'],
    ['Shanghai Cooperation Organisation', 'sco'],
    ['Associated Press', 'associated-press'],
    ['Doha process', 'doha-process'],
  ])('when searching "%s", then %s ranks first', async (q, id) => {
    const { entities } = parsed(EntitySearchResponseSchema, await request(app).get(`/api/entities?q=${encodeURIComponent(q)}`));

    expect(entities[0]?.id).toBe(id);
  });

  it('when each entity is opened, then its articles are every article naming it, in a claim or as a mention', async () => {
    for (const { id } of corpus.entities) {
      const detail = parsed(EntityDetailSchema, await request(app).get(`/api/entities/${id}`));

      expect(detail.articles.map((a) => a.id).sort(), id).toEqual(articlesNaming(corpus, id));
      expect(detail.articles.length, id).toBeGreaterThan(0);
    }
  });

  it('when the SCO is opened, then its card has no counterparts and names the article', async () => {
    const detail = parsed(EntityDetailSchema, await request(app).get('/api/entities/sco'));

    expect(detail.entity).toMatchObject({ name: 'Shanghai Cooperation Organization', kind: 'Organization', aliases: ['SCO'] });
    expect(detail.counterparts).toEqual({ alliance: [], tension: [], neutral: [] });
    expect(detail.articles).toEqual([
      {
        id: 'brn-lavrov-visit-pakistan-russia-relations',
        title: 'Lavrov’s visit augurs well for Pakistan-Russia relations',
        outlet: 'Belt & Road News',
      },
    ]);
  });

  it('when the view focuses on an entity without claims, then it holds that entity alone', async () => {
    for (const depth of [1, 2]) {
      const graph = parsed(GraphResponseSchema, await request(app).get(`/api/graph?focus=sco&depth=${depth}`));

      expect(graph.nodes).toEqual([
        { id: 'sco', name: 'Shanghai Cooperation Organization', kind: 'Organization', aliases: ['SCO'], degree: 0 },
      ]);
      expect(graph.edges).toEqual([]);
    }
  });

  it('when the whole graph is viewed, then entities without claims are not drawn', async () => {
    const graph = parsed(GraphResponseSchema, await request(app).get('/api/graph'));

    expect(graph.nodes.length).toBeGreaterThan(0);
    expect(graph.nodes.filter((node) => unclaimed.includes(node.id))).toEqual([]);
  });

  it('when paths, a pair explanation, balance and blocs involve an entity without claims, then they answer, without it', async () => {
    const paths = parsed(PathsResponseSchema, await request(app).get('/api/paths?from=sco&to=pakistan&maxHops=4'));
    const pair = parsed(AlignmentResponseSchema, await request(app).get('/api/analysis/alignment?a=sco&b=pakistan'));
    const balance = parsed(BalanceResponseSchema, await request(app).get('/api/analysis/balance?kind=Country,Organization'));
    const blocs = parsed(BlocsResponseSchema, await request(app).get('/api/analysis/blocs?kind=Country,Organization'));

    expect(paths.paths).toEqual([]);
    expect(pair.claims).toEqual([]);
    expect(pair.net).toMatchObject({ alliance: 0, tension: 0, net: 0 });
    const triadMembers = balance.triads.flatMap((triad) => triad.members.map((member) => member.id));
    const blocMembers = blocs.blocs.flatMap((bloc) => bloc.members.map((member) => member.id));
    expect(triadMembers.length).toBeGreaterThan(0);
    expect(blocMembers.length).toBeGreaterThan(0);
    expect([...triadMembers, ...blocMembers].filter((id) => unclaimed.includes(id))).toEqual([]);
  });
});
