import { describe, expect, it } from 'vitest';
import type { GraphEdge, PathClaim, Triad, TriadEdge } from '../../contract/index.ts';
import {
  claimsInView,
  findTriad,
  netText,
  patternMeaning,
  signPattern,
  triadClaims,
  triadEdgesInView,
  triadIds,
  triadKey,
} from './triads.ts';

const tedge = (pair: [string, string], sign: 1 | -1, claimIds: string[]): TriadEdge => ({
  pair,
  sign,
  net: sign,
  alliance: sign > 0 ? 1 : 0,
  tension: sign < 0 ? 1 : 0,
  contested: false,
  claimIds,
});
const triad = (ids: [string, string, string], signs: [1 | -1, 1 | -1, 1 | -1], claimIds: string[][] = [[], [], []]): Triad => ({
  members: ids.map((id) => ({ id, name: id })) as Triad['members'],
  edges: [
    tedge([ids[0], ids[1]], signs[0], claimIds[0]!),
    tedge([ids[0], ids[2]], signs[1], claimIds[1]!),
    tedge([ids[1], ids[2]], signs[2], claimIds[2]!),
  ],
  balanced: signs[0] * signs[1] * signs[2] > 0,
  evidence: 3,
});
const gedge = (source: string, target: string, claims: string[]): GraphEdge => ({
  id: `${source}|ALLIES_WITH|${target}`,
  source,
  target,
  type: 'ALLIES_WITH',
  directed: false,
  polarity: 'alliance',
  claimCount: claims.length,
  articleCount: 1,
  contested: false,
  mixed: false,
  claims: claims.map((claimId) => ({
    claimId,
    quote: `q ${claimId}`,
    articleId: 'a1',
    statedBy: null,
    date: null,
    effectiveDate: null,
    polarity: 'alliance',
    historical: false,
  })),
});

describe('triads', () => {
  it('when a triad is keyed, then member order does not matter', () => {
    const t = triad(['india', 'soviet-union', 'united-states'], [1, 1, -1]);

    expect(triadIds(t)).toEqual(['india', 'soviet-union', 'united-states']);
    expect(triadKey(['united-states', 'india', 'soviet-union'])).toBe('india,soviet-union,united-states');
    expect(findTriad([t], ['soviet-union', 'united-states', 'india'])).toBe(t);
    expect(findTriad([t], ['india', 'russia', 'united-states'])).toBeUndefined();
    expect(findTriad([t], null)).toBeUndefined();
  });

  it('when a pattern is named, then alliances come first and the meaning follows the number of tensions', () => {
    expect(signPattern(triad(['a', 'b', 'c'], [-1, 1, 1]))).toBe('+ + −');
    expect(patternMeaning(triad(['a', 'b', 'c'], [-1, 1, 1]))).toBe('two allies at odds with each other');
    expect(patternMeaning(triad(['a', 'b', 'c'], [-1, -1, -1]))).toBe('three mutual adversaries');
    expect(patternMeaning(triad(['a', 'b', 'c'], [1, 1, 1]))).toBe('friends of friends');
    expect(netText(2)).toBe('+2');
    expect(netText(-1)).toBe('−1');
  });

  it('when the view is searched, then only edges with both ends in the triad count', () => {
    const edges = [gedge('a', 'b', []), gedge('b', 'c', []), gedge('c', 'd', []), gedge('a', 'a', [])];

    expect(triadEdgesInView(edges, ['a', 'b', 'c'])).toEqual(['a|ALLIES_WITH|b', 'b|ALLIES_WITH|c']);
  });

  it('when claims are gathered, then those in the view are found and the rest are listed as missing', () => {
    const known = claimsInView([gedge('a', 'b', ['c1', 'c2']), gedge('a', 'c', ['c3'])]);
    const t = triad(['a', 'b', 'c'], [1, 1, -1], [['c1', 'c2'], ['c3'], ['c9']]);

    const pairs = triadClaims(t, known);

    expect(pairs.map((p) => p.claims.map((c: PathClaim) => c.claimId))).toEqual([['c1', 'c2'], ['c3'], []]);
    expect(pairs.map((p) => p.missing)).toEqual([[], [], ['c9']]);
    expect(pairs[0]!.claims[0]).toMatchObject({ type: 'ALLIES_WITH', source: 'a', target: 'b', quote: 'q c1' });
  });
});
