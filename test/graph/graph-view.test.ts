import { describe, expect, it } from 'vitest';
import { aggregateEdges, degrees, pathSign, type ClaimRow, type Polarity } from '../../contract/index.ts';
import { buildPaths, hopOf, type PairSummary } from '../../server/graph/paths.ts';
import { luceneQuery, searchWords } from '../../server/graph/entity-search.ts';
import { vocabularyOf } from '../../server/vocabulary.ts';

const vocabulary = vocabularyOf([
  { type: 'COOPERATES_WITH', meaning: 'm', polarity: 'alliance', symmetric: true },
  { type: 'ACCUSES', meaning: 'm', polarity: 'tension', symmetric: false },
]);

/** One claim between two entities: stated by article `articleId` (a1 when not given) with its polarity. */
function row(
  source: string,
  type: string,
  target: string,
  { polarity, articleId = 'a1' }: { polarity: Polarity; articleId?: string },
): ClaimRow {
  const claimId = `${source}-${type}-${target}-${articleId}-${polarity}`;
  return {
    source,
    target,
    type,
    claim: { claimId, quote: 'q', articleId, statedBy: null, date: null, effectiveDate: null, polarity, historical: false },
  };
}

describe('aggregateEdges', () => {
  it('when a symmetric type is stated both ways, then it is one undirected edge with both claims', () => {
    const edges = aggregateEdges(
      [
        row('russia', 'COOPERATES_WITH', 'pakistan', { polarity: 'alliance', articleId: 'a1' }),
        row('pakistan', 'COOPERATES_WITH', 'russia', { polarity: 'alliance', articleId: 'a2' }),
      ],
      vocabulary,
    );

    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({
      source: 'pakistan',
      target: 'russia',
      directed: false,
      claimCount: 2,
      articleCount: 2,
      polarity: 'alliance',
      contested: false,
    });
  });

  it('when a directed type is stated both ways, then there are two directed edges', () => {
    const edges = aggregateEdges(
      [row('us', 'ACCUSES', 'russia', { polarity: 'tension' }), row('russia', 'ACCUSES', 'us', { polarity: 'tension' })],
      vocabulary,
    );

    expect(edges.map((e) => [e.source, e.target, e.directed])).toEqual([
      ['russia', 'us', true],
      ['us', 'russia', true],
    ]);
  });

  it('when a pair has a substantial minority side (2 of 4 articles), then every edge of the pair is contested; one dissent is not', () => {
    const rows = [
      row('russia', 'COOPERATES_WITH', 'india', { polarity: 'alliance', articleId: 'a1' }),
      row('russia', 'COOPERATES_WITH', 'india', { polarity: 'alliance', articleId: 'a2' }),
      row('india', 'ACCUSES', 'russia', { polarity: 'tension', articleId: 'a3' }),
      row('russia', 'COOPERATES_WITH', 'china', { polarity: 'alliance', articleId: 'a1' }),
      row('russia', 'COOPERATES_WITH', 'china', { polarity: 'tension', articleId: 'a2' }),
    ];

    expect(Object.fromEntries(aggregateEdges(rows, vocabulary).map((e) => [e.id, e.contested]))).toEqual({
      'india|ACCUSES|russia': false,
      'india|COOPERATES_WITH|russia': false,
      'china|COOPERATES_WITH|russia': false,
    });
    const more = [...rows, row('india', 'ACCUSES', 'russia', { polarity: 'tension', articleId: 'a4' })];
    expect(aggregateEdges(more, vocabulary).find((e) => e.id === 'india|ACCUSES|russia')!.contested).toBe(true);
  });

  it('when the claims of one relationship disagree, then its line is mixed and reads by the claims, not the type', () => {
    const edges = aggregateEdges(
      [
        row('russia', 'SUPPORTS', 'india', { polarity: 'tension', articleId: 'a1' }),
        row('russia', 'COOPERATES_WITH', 'india', { polarity: 'alliance', articleId: 'a1' }),
        row('russia', 'COOPERATES_WITH', 'india', { polarity: 'tension', articleId: 'a2' }),
      ],
      vocabulary,
    );

    expect(edges.find((e) => e.type === 'SUPPORTS')).toMatchObject({ polarity: 'tension', mixed: false });
    expect(edges.find((e) => e.type === 'COOPERATES_WITH')).toMatchObject({ polarity: 'neutral', mixed: true });
  });

  it('when a minimum of articles is set, then edges with less evidence are dropped', () => {
    const rows = [
      row('a', 'COOPERATES_WITH', 'b', { polarity: 'alliance', articleId: 'x' }),
      row('a', 'COOPERATES_WITH', 'b', { polarity: 'alliance', articleId: 'y' }),
      row('a', 'COOPERATES_WITH', 'c', { polarity: 'alliance', articleId: 'x' }),
    ];

    expect(aggregateEdges(rows, vocabulary, { minArticles: 2 }).map((e) => e.id)).toEqual(['a|COOPERATES_WITH|b']);
  });

  it('when degrees are counted, then they are distinct neighbours', () => {
    const edges = aggregateEdges(
      [
        row('a', 'COOPERATES_WITH', 'b', { polarity: 'alliance' }),
        row('a', 'ACCUSES', 'b', { polarity: 'tension' }),
        row('a', 'ACCUSES', 'c', { polarity: 'tension' }),
      ],
      vocabulary,
    );

    expect(Object.fromEntries(degrees(edges))).toEqual({ a: 2, b: 1, c: 1 });
  });

  it('when a claim is historical, then it is drawn but left out of the line polarity unless asked', () => {
    const old = row('india', 'SUPPORTS', 'soviet-union', { polarity: 'alliance' });
    const rows = [{ ...old, claim: { ...old.claim, historical: true } }];

    expect(aggregateEdges(rows, vocabulary)[0]).toMatchObject({ polarity: 'neutral', claimCount: 1 });
    expect(aggregateEdges(rows, vocabulary, { historical: true })[0]).toMatchObject({ polarity: 'alliance' });
  });
});

describe('paths', () => {
  /** A pair's summary: per polarity, the articles that state it, one claim each. */
  const pair = (articles: Partial<Record<Polarity, string[]>>): PairSummary => {
    const alliance = articles.alliance ?? [];
    const tension = articles.tension ?? [];
    const neutral = articles.neutral ?? [];
    return { claimCount: alliance.length + tension.length + neutral.length, alliance, tension, neutral, claims: [] };
  };

  it('when the friend of my enemy is traced, then the path sign is negative', () => {
    const summaries = new Map([
      ['india|us', pair({ alliance: ['x'] })],
      ['pakistan|us', pair({ tension: ['x'] })],
    ]);

    const [path] = buildPaths([['india', 'us', 'pakistan']], summaries);

    expect(path).toMatchObject({
      length: 2,
      sign: -1,
      hops: [
        { sign: 1, net: 1, claimCount: 1 },
        { sign: -1, net: -1 },
      ],
    });
  });

  it('when hops are divided or neutral, then their signs follow distinct articles of alliance minus tension, beyond the noise', () => {
    expect(hopOf('a', 'b', pair({ alliance: ['x'], tension: ['y'] }))).toMatchObject({ sign: 0, verdict: 'divided', contested: false });
    expect(hopOf('a', 'b', pair({ alliance: ['x'], neutral: ['y'] })).sign).toBe(1);
    // Two articles against one is within the noise: divided, no sign; three against one is aligned.
    expect(hopOf('a', 'b', pair({ tension: ['x'], alliance: ['y', 'z'] }))).toMatchObject({ sign: 0, net: 1, alliance: 2, tension: 1 });
    expect(hopOf('a', 'b', pair({ tension: ['x'], alliance: ['y', 'z', 'w'] }))).toMatchObject({ sign: 1, verdict: 'aligned', net: 2 });
    expect(hopOf('a', 'b')).toMatchObject({ sign: 0, claimCount: 0, claims: [] });
    expect(pathSign([{ sign: -1 }, { sign: -1 }])).toBe(1);
    expect(pathSign([{ sign: 1 }, { sign: 0 }])).toBe(0);
  });

  it('when paths differ in length and evidence, then shorter come first, then better sourced', () => {
    const summaries = new Map([
      ['a|b', pair({ alliance: ['x'] })],
      ['a|c', pair({ alliance: ['x', 'y'] })],
      ['b|d', pair({ alliance: ['x'] })],
      ['c|d', pair({ alliance: ['x'] })],
      ['a|d', pair({ tension: ['x'] })],
    ]);

    const paths = buildPaths(
      [
        ['a', 'b', 'd'],
        ['a', 'd'],
        ['a', 'c', 'd'],
      ],
      summaries,
    );

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
