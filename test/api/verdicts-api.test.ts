// Issue #16 items 2-4 on the seed corpus (data/): verdicts no stronger than their evidence, lines
// that never contradict their claims, historical claims apart. Every expectation is counted plainly
// from data/ (test/support/seed-corpus.ts), never typed in.
import request from 'supertest';
import type { Express } from 'express';
import { describe, expect, it } from 'vitest';
import {
  AlignmentResponseSchema,
  BalanceResponseSchema,
  BlocsResponseSchema,
  EntityDetailSchema,
  GraphResponseSchema,
  pairKey,
  type GraphEdge,
  type Triad,
} from '../../contract/index.ts';
import { parsed } from '../support/api-body.ts';
import { useLoadedApp } from '../support/seed-app.ts';
import { claimsBetween, historicalIds, pairCount, seedCorpus } from '../support/seed-corpus.ts';
import { expectedNets, expectedTriads } from '../analysis/seed-expectations.ts';

const KINDS = ['Country', 'Organization'];
const triadKey = (triad: Triad) => triad.members.map((m) => m.id).join('|');

describe('verdicts on the seed corpus', () => {
  let app: Express;
  const corpus = seedCorpus();
  const get = (url: string) => request(app).get(url);

  useLoadedApp(corpus, (ready) => ({ app } = ready));

  describe('contested and divided', () => {
    it('when every pair of the whole graph is read, then it is contested exactly when the plain count of its articles says so', async () => {
      const graph = parsed(GraphResponseSchema, await get('/api/graph'));

      const pairs = [...new Set(graph.edges.map((edge) => pairKey(edge.source, edge.target)))];
      const flagged = (key: string) => graph.edges.filter((edge) => pairKey(edge.source, edge.target) === key).every((e) => e.contested);
      const expected = pairs.filter((key) => pairCount(corpus, ...(key.split('|') as [string, string])).contested);
      expect(pairs.filter(flagged).sort()).toEqual(expected.sort());
      // Far fewer than the pairs with both alliance and tension stated: one dissenting article is no contest.
      const both = pairs.filter((key) => {
        const count = pairCount(corpus, ...(key.split('|') as [string, string]));
        return count.alliance > 0 && count.tension > 0;
      });
      expect(expected.length).toBeLessThan(both.length);
    });

    it('when Russia–Pakistan is explained, then its many alliance claims against a few tension claims read aligned, not contested', async () => {
      const claims = claimsBetween(corpus, 'russia', 'pakistan');
      const count = pairCount(corpus, 'russia', 'pakistan');
      const byPolarity = (polarity: string) => claims.filter((claim) => claim.polarity === polarity).length;
      expect(byPolarity('alliance')).toBeGreaterThan(5 * byPolarity('tension'));
      expect(byPolarity('tension')).toBeGreaterThan(0);

      const body = parsed(AlignmentResponseSchema, await get('/api/analysis/alignment?a=russia&b=pakistan'));

      expect(body.net).toMatchObject({ alliance: count.alliance, tension: count.tension, verdict: 'aligned', sign: 1, contested: false });
    });

    it('when India–Russia is read in the card and in Explain a pair, then both say divided with the same counts, never opposed', async () => {
      const count = pairCount(corpus, 'india', 'russia');
      expect(count.alliance).toBeGreaterThan(0);
      expect(Math.abs(count.alliance - count.tension)).toBeLessThanOrEqual(1);

      const explained = parsed(AlignmentResponseSchema, await get('/api/analysis/alignment?a=india&b=russia'));
      const card = parsed(EntityDetailSchema, await get('/api/entities/india'));

      const expected = { alliance: count.alliance, tension: count.tension, verdict: 'divided', sign: 0, contested: count.contested };
      expect(explained.net).toMatchObject(expected);
      const russia = Object.values(card.counterparts)
        .flat()
        .find((c) => c.id === 'russia')!;
      expect(russia.net).toMatchObject(expected);
      expect(card.counterparts.tension.map((c) => c.id)).not.toContain('russia');
    });
  });

  describe('relationship lines', () => {
    it('when a relationship is drawn, then its polarity is that of its claims, and a relationship whose claims disagree is marked mixed', async () => {
      const graph = parsed(GraphResponseSchema, await get('/api/graph'));
      const old = historicalIds(corpus);

      const stated = (edge: GraphEdge) => new Set(edge.claims.filter((c) => !old.has(c.claimId)).map((c) => c.polarity));
      const contradicting = graph.edges.filter((edge) => {
        const polarities = stated(edge);
        const mixed = polarities.has('alliance') && polarities.has('tension');
        if (mixed !== edge.mixed) return true;
        return !mixed && !polarities.has(edge.polarity) && polarities.size > 0;
      });
      expect(contradicting.map((edge) => edge.id)).toEqual([]);
      expect(graph.edges.filter((edge) => edge.mixed).length).toBeGreaterThan(0);
    });

    it('when a claim states a polarity other than its type’s usual one, then its line follows the claim', async () => {
      const types = new Map<string, Set<string>>();
      for (const claim of corpus.claims) types.set(claim.type, (types.get(claim.type) ?? new Set()).add(claim.polarity));
      const graph = parsed(GraphResponseSchema, await get('/api/graph'));

      // Types used with more than one polarity: their lines must each follow their own claims.
      const varied = graph.edges.filter((edge) => (types.get(edge.type)?.size ?? 0) > 1 && !edge.mixed);
      expect(varied.length).toBeGreaterThan(0);
      for (const edge of varied) {
        const own = edge.claims.filter((claim) => !claim.historical && claim.polarity !== 'neutral').map((claim) => claim.polarity);
        if (own.length > 0)
          expect(
            own.every((polarity) => polarity === edge.polarity),
            edge.id,
          ).toBe(true);
      }
    });
  });

  describe('historical claims', () => {
    it('when the corpus is loaded, then exactly the claims dated well before their article are marked historical', async () => {
      const graph = parsed(GraphResponseSchema, await get('/api/graph'));

      const marked = graph.edges.flatMap((edge) => edge.claims.filter((claim) => claim.historical).map((claim) => claim.claimId));
      expect(marked.sort()).toEqual([...historicalIds(corpus)].sort());
      expect(marked.length).toBeGreaterThan(0);
    });

    it('when balance is asked, then historical claims stay out by default and come in with historical=true', async () => {
      const without = expectedTriads(expectedNets(corpus, KINDS));
      const withOld = expectedTriads(expectedNets(corpus, KINDS, { historical: true }));
      const onlyWithOld = [...withOld.keys()].filter((key) => !without.has(key));
      expect(onlyWithOld.length).toBeGreaterThan(0);

      const byDefault = parsed(BalanceResponseSchema, await get('/api/analysis/balance'));
      const included = parsed(BalanceResponseSchema, await get('/api/analysis/balance?historical=true'));

      expect(byDefault.historical).toBe(false);
      expect(new Map(byDefault.triads.map((t) => [triadKey(t), t.balanced]))).toEqual(without);
      expect(included.historical).toBe(true);
      expect(new Map(included.triads.map((t) => [triadKey(t), t.balanced]))).toEqual(withOld);
    });

    it('when blocs and the entity card are asked, then their nets follow the same toggle', async () => {
      const withOld = expectedNets(corpus, KINDS, { historical: true });
      const pairsOnlyOld = [...withOld.keys()].filter((key) => !expectedNets(corpus, KINDS).has(key));
      expect(pairsOnlyOld.length).toBeGreaterThan(0);
      const [a, b] = pairsOnlyOld[0]!.split('|') as [string, string];

      const blocs = parsed(BlocsResponseSchema, await get('/api/analysis/blocs'));
      const blocsOld = parsed(BlocsResponseSchema, await get('/api/analysis/blocs?historical=true'));
      const card = parsed(EntityDetailSchema, await get(`/api/entities/${a}`));
      const cardOld = parsed(EntityDetailSchema, await get(`/api/entities/${a}?historical=true`));

      expect(blocsOld.counts.pairs - blocs.counts.pairs).toBe(
        [...withOld.values()].filter((n) => n.sign !== 0).length -
          [...expectedNets(corpus, KINDS).values()].filter((n) => n.sign !== 0).length,
      );
      const find = (detail: typeof card) =>
        Object.values(detail.counterparts)
          .flat()
          .find((c) => c.id === b)!;
      expect(find(card).net.verdict).toBe('neutral');
      expect(find(cardOld).net).toMatchObject({
        alliance: withOld.get(pairsOnlyOld[0]!)!.alliance,
        verdict: withOld.get(pairsOnlyOld[0]!)!.verdict,
      });
    });
  });
});
