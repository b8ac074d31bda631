import { describe, expect, it } from 'vitest';
import { aggregateEdges, degrees, majorityPolarity, type ClaimRow } from '../../server/graph/graph-view.ts';
import { buildPaths, hopSign, pathSign, type PathClaim } from '../../server/graph/paths.ts';
import { luceneQuery, searchWords } from '../../server/graph/entity-search.ts';
import { vocabularyOf } from '../../server/vocabulary.ts';
import type { Polarity } from '../../server/corpus/schema.ts';

const vocabulary = vocabularyOf([
  { type: 'COOPERATES_WITH', meaning: 'm', polarity: 'alliance', symmetric: true },
  { type: 'ACCUSES', meaning: 'm', polarity: 'tension', symmetric: false },
]);

function row(source: string, type: string, target: string, polarity: Polarity, articleId = 'a1', claimId = `${source}-${type}-${target}-${articleId}-${polarity}`): ClaimRow {
  return { source, target, type, claim: { claimId, quote: 'q', articleId, statedBy: null, date: null, polarity } };
}

describe('aggregateEdges', () => {
  it('when a symmetric type is stated both ways, then it is one undirected edge with both claims', () => {
    const edges = aggregateEdges([row('russia', 'COOPERATES_WITH', 'pakistan', 'alliance', 'a1'), row('pakistan', 'COOPERATES_WITH', 'russia', 'alliance', 'a2')], vocabulary);

    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({ source: 'pakistan', target: 'russia', directed: false, claimCount: 2, articleCount: 2, polarity: 'alliance', contested: false });
  });

  it('when a directed type is stated both ways, then there are two directed edges', () => {
    const edges = aggregateEdges([row('us', 'ACCUSES', 'russia', 'tension'), row('russia', 'ACCUSES', 'us', 'tension')], vocabulary);

    expect(edges.map((e) => [e.source, e.target, e.directed])).toEqual([['russia', 'us', true], ['us', 'russia', true]]);
  });

  it('when a pair has alliance and tension claims of different types, then every edge of the pair is contested', () => {
    const edges = aggregateEdges([row('russia', 'COOPERATES_WITH', 'india', 'alliance'), row('india', 'ACCUSES', 'russia', 'tension'), row('russia', 'COOPERATES_WITH', 'china', 'alliance')], vocabulary);

    expect(Object.fromEntries(edges.map((e) => [e.id, e.contested]))).toEqual({
      'india|ACCUSES|russia': true,
      'india|COOPERATES_WITH|russia': true,
      'china|COOPERATES_WITH|russia': false,
    });
  });

  it('when a minimum of articles is set, then edges with less evidence are dropped', () => {
    const rows = [row('a', 'COOPERATES_WITH', 'b', 'alliance', 'x'), row('a', 'COOPERATES_WITH', 'b', 'alliance', 'y'), row('a', 'COOPERATES_WITH', 'c', 'alliance', 'x')];

    expect(aggregateEdges(rows, vocabulary, 2).map((e) => e.id)).toEqual(['a|COOPERATES_WITH|b']);
  });

  it('when degrees are counted, then they are distinct neighbours', () => {
    const edges = aggregateEdges([row('a', 'COOPERATES_WITH', 'b', 'alliance'), row('a', 'ACCUSES', 'b', 'tension'), row('a', 'ACCUSES', 'c', 'tension')], vocabulary);

    expect(Object.fromEntries(degrees(edges))).toEqual({ a: 2, b: 1, c: 1 });
  });

  it.each([
    [['alliance', 'alliance', 'tension'], 'alliance'],
    [['alliance', 'tension'], 'neutral'],
    [['tension', 'neutral', 'tension'], 'tension'],
    [['neutral'], 'neutral'],
  ] as [Polarity[], Polarity][])('when claims are %j, then the edge polarity is %s', (polarities, expected) => {
    expect(majorityPolarity(polarities.map((polarity) => ({ polarity })))).toBe(expected);
  });
});

describe('paths', () => {
  const claim = (source: string, target: string, polarity: Polarity): PathClaim => ({ claimId: `${source}-${target}-${polarity}`, quote: 'q', articleId: 'a', statedBy: null, date: null, polarity, type: 'T', source, target });

  it('when the friend of my enemy is traced, then the path sign is negative', () => {
    const claims = new Map([
      ['india|us', [claim('india', 'us', 'alliance')]],
      ['pakistan|us', [claim('us', 'pakistan', 'tension')]],
    ]);

    const [path] = buildPaths([['india', 'us', 'pakistan']], claims);

    expect(path).toMatchObject({ length: 2, sign: -1, hops: [{ sign: 1 }, { sign: -1 }] });
  });

  it('when hops are mixed or neutral, then their signs follow distinct articles of alliance minus tension', () => {
    const at = (polarity: Polarity, articleId: string, n: number): PathClaim => ({ ...claim('a', 'b', polarity), claimId: `${polarity}-${articleId}-${n}`, articleId });
    expect(hopSign('a', 'b', [at('alliance', 'x', 1), at('tension', 'y', 1)])).toBe(0);
    expect(hopSign('a', 'b', [at('alliance', 'x', 1), at('neutral', 'y', 1)])).toBe(1);
    // Three tension claims from one article weigh as one against alliance from two articles.
    expect(hopSign('a', 'b', [at('tension', 'x', 1), at('tension', 'x', 2), at('tension', 'x', 3), at('alliance', 'y', 1), at('alliance', 'z', 1)])).toBe(1);
    expect(pathSign([{ sign: -1 }, { sign: -1 }])).toBe(1);
    expect(pathSign([{ sign: 1 }, { sign: 0 }])).toBe(0);
  });

  it('when paths differ in length and evidence, then shorter come first, then better sourced', () => {
    const claims = new Map([
      ['a|b', [claim('a', 'b', 'alliance')]],
      ['a|c', [claim('a', 'c', 'alliance'), claim('c', 'a', 'alliance')]],
      ['b|d', [claim('b', 'd', 'alliance')]],
      ['c|d', [claim('c', 'd', 'alliance')]],
      ['a|d', [claim('a', 'd', 'tension')]],
    ]);

    const paths = buildPaths([['a', 'b', 'd'], ['a', 'd'], ['a', 'c', 'd']], claims);

    expect(paths.map((p) => p.ids.join(''))).toEqual(['ad', 'acd', 'abd']);
  });
});

describe('entity search words', () => {
  it('when the text has Lucene operators, then they are dropped', () => {
    expect(searchWords('Lavrov* OR name:"x" ~ (Moscow)')).toEqual(['lavrov', 'or', 'name', 'x', 'moscow']);
  });

  it('when words are long enough, then they are also matched fuzzily', () => {
    expect(luceneQuery(['lavarov'])).toBe('(lavarov^4 OR lavarov*^2 OR lavarov~2)');
    expect(luceneQuery(['us'])).toBe('(us^4 OR us*^2)');
  });
});
