// Alignment analytics on the seed corpus (data/): the results must follow from what the articles
// state. Expected signs are worked out here from data/claims/*.yaml by a plain count (distinct
// articles per polarity), independently of server/analysis/, and the API must agree with them.
import request from 'supertest';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AlignmentResponseSchema,
  BalanceResponseSchema,
  BlocsResponseSchema,
  ConsoleResultSchema,
  ENTITY_KINDS,
  type BlocsResponse,
  type Triad,
} from '../../contract/index.ts';
import { createApp } from '../../server/app.ts';
import type { Neo4j } from '../../server/db/neo4j.ts';
import { applySchema } from '../../server/db/schema.ts';
import { loadCorpus } from '../../server/corpus/load.ts';
import { errorOf, matcher, parsed, rowObjects } from '../support/api-body.ts';
import { connectTestNeo4j, resetGraph } from '../support/neo4j.ts';
import type { ValidCorpus } from '../../server/corpus/valid-corpus.ts';
import { seedCorpus } from '../support/seed-corpus.ts';
import { expectedNets, expectedTriads } from './seed-expectations.ts';

const triadKey = (triad: Triad) => triad.members.map((m) => m.id).join('|');

describe('alignment analytics on the seed corpus', () => {
  let db: Neo4j;
  let app: Express;
  let corpus: ValidCorpus;

  const balance = async (query = '') => parsed(BalanceResponseSchema, await request(app).get(`/api/analysis/balance${query}`));
  const blocs = async (query = '') => parsed(BlocsResponseSchema, await request(app).get(`/api/analysis/blocs${query}`));
  const alignment = async (query: string) => parsed(AlignmentResponseSchema, await request(app).get(`/api/analysis/alignment${query}`));
  const blocOf = (body: BlocsResponse, id: string) => body.blocs.find((b) => b.members.some((m) => m.id === id))?.id;

  beforeAll(async () => {
    db = await connectTestNeo4j();
    await applySchema(db);
    await resetGraph(db);
    corpus = seedCorpus();
    await loadCorpus(db, corpus);
    app = createApp({ db, log: () => {} });
  });
  afterAll(() => db.close());

  describe('structural balance', () => {
    it('when balance is asked for countries and organizations, then every triad and its sign follow from the articles', async () => {
      const expected = expectedTriads(expectedNets(corpus, ['Country', 'Organization']));

      const body = await balance();

      expect(new Map(body.triads.map((t) => [triadKey(t), t.balanced]))).toEqual(expected);
      const unbalanced = [...expected.values()].filter((balanced) => !balanced).length;
      expect(body.counts).toMatchObject({ triads: expected.size, unbalanced });
      expect(body.frustration).toBeCloseTo(unbalanced / expected.size, 12);
      expect(body.kinds).toEqual(['Country', 'Organization']);
      expect(body.truncated).toBe(false);
    });

    it('when triads are listed, then unbalanced come first', async () => {
      const body = await balance();

      const balanced = body.triads.map((t) => t.balanced);
      expect(balanced).toEqual([...balanced].sort((x, y) => Number(x) - Number(y)));
      expect(body.triads[0]!.balanced).toBe(false);
    });

    it('when Russia is allied with Pakistan and Iran but Iran and Pakistan are in tension, then that triad is unbalanced, with the claims behind it', async () => {
      // data: gvs-032 Iran ALLIED_WITH Russia; gvs-034 Iran UNDERMINES Pakistan; Russia–Pakistan stated both ways.
      const nets = expectedNets(corpus, ['Country', 'Organization']);
      const pairs = ['iran|pakistan', 'iran|russia', 'pakistan|russia'];
      expect(pairs.map((pair) => nets.get(pair)!.sign)).toEqual([-1, 1, 1]);

      const body = await balance();

      const triad = body.triads.find((t) => triadKey(t) === 'iran|pakistan|russia')!;
      expect(triad.balanced).toBe(false);
      expect(triad.members.map((m) => m.name)).toEqual(['Iran', 'Pakistan', 'Russia']);
      expect(triad.edges.map((e) => [e.pair.join('|'), e.sign])).toEqual([
        ['iran|pakistan', -1],
        ['iran|russia', 1],
        ['pakistan|russia', 1],
      ]);
      expect(triad.edges.map((e) => [...e.claimIds].sort())).toEqual(pairs.map((pair) => nets.get(pair)!.claimIds));
      expect(triad.edges[0].claimIds).toContain('gvs-034');
      expect(triad.edges[1].claimIds).toContain('gvs-032');
      expect(triad.edges.map((e) => e.contested)).toEqual(pairs.map((pair) => nets.get(pair)!.contested));
    });

    it('when Russia–India is stated both ways within one article of each other, then it reads divided and joins no triad', async () => {
      const nets = expectedNets(corpus, ['Country']);
      const india = nets.get('india|russia')!;
      expect(india.alliance).toBeGreaterThan(0);
      expect(india.tension).toBeGreaterThan(0);
      expect(india.verdict).toBe('divided');

      const body = await balance('?kind=Country');

      expect(body.triads.filter((t) => t.members.some((m) => m.id === 'india') && t.members.some((m) => m.id === 'russia'))).toEqual([]);
      const explained = await alignment('?a=india&b=russia');
      expect(explained.net).toMatchObject({ alliance: india.alliance, tension: india.tension, sign: 0, verdict: 'divided' });
    });

    it('when minArticles is raised, then only pairs stated by that many articles remain', async () => {
      const nets = expectedNets(corpus, ['Country', 'Organization']);
      const strong = [...nets.values()].filter((n) => n.sign !== 0 && n.articles >= 2);

      const body = await balance('?minArticles=2');

      expect(body.minArticles).toBe(2);
      expect(body.counts.pairs).toBe(strong.length);
      expect(body.counts.pairs).toBeGreaterThan(0);
      const expected = expectedTriads(new Map([...nets].filter(([, n]) => n.articles >= 2)));
      expect(new Map(body.triads.map((t) => [triadKey(t), t.balanced]))).toEqual(expected);
      for (const triad of body.triads) for (const edge of triad.edges) expect(edge.claimIds.length).toBeGreaterThanOrEqual(2);
    });

    it('when limit is smaller than the triads, then the list is cut and marked truncated, counts unchanged', async () => {
      const full = await balance();
      const cut = await balance('?limit=2');

      expect(cut.triads).toEqual(full.triads.slice(0, 2));
      expect(cut.truncated).toBe(true);
      expect(cut.counts).toEqual(full.counts);
    });
  });

  describe('blocs', () => {
    it('when blocs are asked for twice, then the answers are identical', async () => {
      const first = await blocs();
      const second = await blocs();

      expect(second).toEqual(first);
    });

    it('when blocs are formed, then Russia sits with Pakistan and China, apart from India and the United States', async () => {
      const body = await blocs('?kind=Country');

      expect(blocOf(body, 'russia')).toBe(blocOf(body, 'pakistan'));
      expect(blocOf(body, 'russia')).toBe(blocOf(body, 'china'));
      expect(blocOf(body, 'india')).toBe(blocOf(body, 'united-states'));
      expect(blocOf(body, 'india')).not.toBe(blocOf(body, 'russia'));
      expect(body.score).toBe(body.satisfied - body.violated);
    });

    it('when a member is explained, then its pairs name the claims that drive the assignment', async () => {
      const nets = expectedNets(corpus, ['Country']);

      const body = await blocs('?kind=Country');

      // Russia's allies by the articles: its signed pairs inside its bloc, strongest first, then by id.
      const allies = [...nets]
        .filter(([key, n]) => key.split('|').includes('russia') && n.sign > 0)
        .map(([key, n]) => ({ id: key.split('|').find((id) => id !== 'russia')!, ...n }))
        .filter((ally) => blocOf(body, ally.id) === blocOf(body, 'russia'))
        .sort((x, y) => y.net - x.net || (x.id < y.id ? -1 : 1))
        .slice(0, 3);
      const explanations = body.explanations!;
      const russia = explanations.find((e) => e.id === 'russia')!;
      const reasons = russia.allies;
      expect(reasons.map((r) => [r.with.id, r.net, r.alliance, r.tension, r.contested, r.claimCount])).toEqual(
        allies.map((a) => [a.id, a.net, a.alliance, a.tension, a.contested, a.claimIds.length]),
      );
      expect(reasons.find((r) => r.with.id === 'pakistan')?.with.name).toBe('Pakistan');
      reasons.forEach((reason, i) => {
        expect(reason.claimIds).toHaveLength(Math.min(5, allies[i]!.claimIds.length));
        expect(allies[i]!.claimIds).toEqual(expect.arrayContaining(reason.claimIds));
      });
      expect(russia.opponents.map((r) => r.with.id)).toContain('united-states');
      expect(explanations.length).toBeGreaterThan(0);
      for (const explanation of explanations) {
        for (const list of [explanation.allies, explanation.opponents, explanation.strains]) expect(list.length).toBeLessThanOrEqual(3);
      }
    });

    it('when explain=false, then no explanations are sent', async () => {
      const body = await blocs('?explain=false');

      expect(body.explanations).toBeUndefined();
      expect(body.blocs.length).toBeGreaterThan(0);
    });
  });

  describe('pair explanation', () => {
    it('when Russia–Pakistan is explained, then its direct claims come from at least three articles, with quotes', async () => {
      const body = await alignment('?a=russia&b=pakistan');

      expect(body.a).toEqual({ id: 'russia', name: 'Russia', kind: 'Country' });
      expect(body.b).toMatchObject({ id: 'pakistan', name: 'Pakistan' });
      const expected = corpus.claims.filter((c) => [c.subject, c.object].sort().join() === 'pakistan,russia');
      expect(body.claims.map((c) => c.claimId).sort()).toEqual(expected.map((c) => c.id).sort());
      expect(new Set(body.claims.map((c) => c.articleId)).size).toBeGreaterThanOrEqual(3);
      for (const claim of body.claims) {
        expect(claim).toMatchObject({
          quote: matcher(expect.any(String)),
          articleId: matcher(expect.any(String)),
          polarity: matcher(expect.any(String)),
          type: matcher(expect.any(String)),
        });
        expect(claim).toHaveProperty('statedBy');
        expect([claim.source, claim.target].sort()).toEqual(['pakistan', 'russia']);
      }
      const net = expectedNets(corpus, ['Country']).get('pakistan|russia')!;
      expect(body.net).toMatchObject({
        alliance: net.alliance,
        tension: net.tension,
        net: net.net,
        sign: net.sign,
        verdict: net.verdict,
        contested: net.contested,
      });
    });

    it('when India–Pakistan is explained, then the signed paths run through third parties with their quotes, strongest first', async () => {
      const nets = expectedNets(corpus, ['Country']);
      const hopSigns = ['china|india', 'china|pakistan'].map((pair) => nets.get(pair)!.sign);

      const body = await alignment('?a=india&b=pakistan');

      expect(body.net.sign).toBe(nets.get('india|pakistan')!.sign);
      expect(body.net.sign).toBe(-1);
      expect(body.paths.length).toBeGreaterThan(0);
      expect(body.paths.length).toBeLessThanOrEqual(10);
      const strengths = body.paths.map((p) => p.strength);
      expect(strengths).toEqual([...strengths].sort((x, y) => y - x));
      const viaChina = body.paths.find((p) => p.ids.join() === 'india,china,pakistan')!;
      // India–China tension (hb-056) and China–Pakistan alliance (anon-023): the path reads as opposed.
      expect(hopSigns).toEqual([-1, 1]);
      expect(viaChina).toMatchObject({
        length: 2,
        sign: hopSigns[0]! * hopSigns[1]!,
        entities: [{ id: 'india' }, { id: 'china', name: 'China' }, { id: 'pakistan' }],
      });
      expect(viaChina.hops.map((h) => h.sign)).toEqual(hopSigns);
      for (const path of body.paths) {
        expect(path.sign).not.toBe(0);
        expect(path.length).toBeGreaterThan(1);
        for (const hop of path.hops) {
          expect(hop.claims.length).toBeGreaterThan(0);
          for (const claim of hop.claims) expect(claim.quote.length).toBeGreaterThan(0);
        }
      }
    });

    it.each([
      ['/api/analysis/alignment?a=russia', 'query.b'],
      ['/api/analysis/alignment?a=russia&b=Not%20A%20Slug', 'query.b'],
      ['/api/analysis/alignment?a=russia&b=russia', 'query.b'],
      ['/api/analysis/balance?kind=Planet', 'query.kind'],
      ['/api/analysis/balance?minArticles=0', 'query.minArticles'],
      ['/api/analysis/balance?limit=nope', 'query.limit'],
      ['/api/analysis/blocs?explain=maybe', 'query.explain'],
    ])('when %s, then 400 bad_request naming %s', async (url, field) => {
      const error = errorOf(await request(app).get(url), 400);

      expect(error.code).toBe('bad_request');
      expect(error.message).toContain(field);
    });

    it.each([['/api/analysis/alignment?a=atlantis&b=russia'], ['/api/analysis/alignment?a=russia&b=atlantis']])(
      'when %s names an unknown entity, then 404 not_found',
      async (url) => {
        const error = errorOf(await request(app).get(url), 404);

        expect(error.code).toBe('not_found');
      },
    );
  });

  describe('saved queries', () => {
    const run = async (name: string, params: Record<string, string> = {}) =>
      rowObjects(parsed(ConsoleResultSchema, await request(app).post(`/api/queries/${name}/run`).send({ params })));
    const tripleOf = (row: Record<string, unknown>) => [row.first, row.second, row.third].map(String).join('|');

    it('when unbalanced-triads runs with its defaults, then it lists the same unbalanced triads as the API', async () => {
      const api = await balance();
      const rows = await run('unbalanced-triads');

      const fromApi = api.triads
        .filter((t) => !t.balanced)
        .map(triadKey)
        .sort();
      expect(rows.map(tripleOf).sort()).toEqual(fromApi);
      expect(rows.find((r) => r.first === 'iran' && r.second === 'pakistan' && r.third === 'russia')).toMatchObject({
        signs: '++−',
        balanced: false,
      });
    });

    it('when unbalanced-triads runs with all=true, then it lists every triad the API finds', async () => {
      const api = await balance();
      const rows = await run('unbalanced-triads', { all: 'true' });

      expect(rows.map(tripleOf).sort()).toEqual(api.triads.map(triadKey).sort());
    });

    it('when net-alignment runs, then each pair nets as the articles say', async () => {
      const nets = expectedNets(corpus, ['Country', 'Organization']);
      const rows = await run('net-alignment');

      expect(rows).toHaveLength(nets.size);
      for (const row of rows) {
        const expected = nets.get(`${String(row.first)}|${String(row.second)}`)!;
        expect([row.allianceArticles, row.tensionArticles, row.net]).toEqual([expected.alliance, expected.tension, expected.net]);
      }
      const pair = nets.get('pakistan|russia')!;
      expect(rows.find((r) => r.first === 'pakistan' && r.second === 'russia')).toMatchObject({
        net: pair.net,
        verdict: pair.verdict,
        contested: pair.contested,
      });
    });

    it('when pair-explanation runs for Russia and Pakistan, then every claim between them is a row with its quote', async () => {
      const rows = await run('pair-explanation');

      const expected = corpus.claims.filter((c) => [c.subject, c.object].sort().join() === 'pakistan,russia');
      expect(rows.map((r) => r.claimId).sort()).toEqual(expected.map((c) => c.id).sort());
      const net = expectedNets(corpus, ['Country']).get('pakistan|russia')!;
      expect(rows[0]).toMatchObject({
        net: net.net,
        allianceArticles: net.alliance,
        tensionArticles: net.tension,
        verdict: net.verdict,
        contested: net.contested,
        quote: matcher(expect.any(String)),
      });
    });

    it('when contested-pairs runs, then it lists exactly the pairs the rule finds contested, among entities of every kind', async () => {
      const nets = expectedNets(corpus, [...ENTITY_KINDS]);
      const ids = new Map(corpus.entities.map((entity) => [entity.name, entity.id]));
      const rows = await run('contested-pairs');

      const contested = [...nets].filter(([, net]) => net.contested).map(([pair]) => pair);
      expect(contested.length).toBeGreaterThan(0);
      expect(rows.map((r) => [ids.get(String(r.first)), ids.get(String(r.second))].sort().join('|')).sort()).toEqual(contested.sort());
      for (const row of rows) {
        const net = nets.get([ids.get(String(row.first)), ids.get(String(row.second))].sort().join('|'))!;
        expect([row.allianceArticles, row.tensionArticles]).toEqual([net.alliance, net.tension]);
      }
    });
  });
});
