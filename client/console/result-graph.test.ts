import { describe, expect, it } from 'vitest';
import type { ConsoleNode, ConsoleRelationship } from '../../contract/index.ts';
import { toElements } from '../graph/graph-elements.ts';
import { overlayInfo, toResultGraph } from './result-graph.ts';

const entity = (n: number, id: string, kind: string, name: string): ConsoleNode => ({
  elementId: `4:db:${n}`,
  labels: ['Entity', kind],
  properties: { id, name, kind, aliases: ['alias'], description: 'd' },
});
const russia = entity(1, 'russia', 'Country', 'Russia');
const pakistan = entity(2, 'pakistan', 'Country', 'Pakistan');
const india = entity(3, 'india', 'Country', 'India');
const article: ConsoleNode = {
  elementId: '4:db:9',
  labels: ['Article'],
  properties: { id: 'a-1', title: 'Russia and Pakistan sign a long, long, long agreement' },
};

let next = 0;
const claim = (
  from: ConsoleNode,
  type: string,
  to: ConsoleNode,
  { polarity, articleId = 'a-1' }: { polarity: string; articleId?: string },
): ConsoleRelationship => ({
  elementId: `5:db:${++next}`,
  type,
  startElementId: from.elementId,
  endElementId: to.elementId,
  properties: { claimId: `c${next}`, polarity, quote: `quote ${next}`, articleId, statedBy: null, date: null },
});

describe('console result → graph', () => {
  it('when a result holds entities and claims, then entities are keyed by id and claims merge per (source, type, target)', () => {
    const result = toResultGraph({
      nodes: [russia, pakistan],
      relationships: [
        claim(russia, 'COOPERATES_WITH', pakistan, { polarity: 'alliance', articleId: 'a-1' }),
        claim(russia, 'COOPERATES_WITH', pakistan, { polarity: 'alliance', articleId: 'a-2' }),
      ],
    });

    expect(result.graph.nodes).toEqual([
      { id: 'pakistan', name: 'Pakistan', kind: 'Country', aliases: ['alias'], degree: 1 },
      { id: 'russia', name: 'Russia', kind: 'Country', aliases: ['alias'], degree: 1 },
    ]);
    expect(result.graph.edges).toHaveLength(1);
    expect(result.graph.edges[0]).toMatchObject({
      id: 'russia|COOPERATES_WITH|pakistan',
      source: 'russia',
      target: 'pakistan',
      directed: true,
      polarity: 'alliance',
      claimCount: 2,
      articleCount: 2,
      contested: false,
    });
    expect(result.graph.counts).toEqual({ nodes: 2, edges: 1, claims: 2, articles: 2 });
    expect(result.otherNodes.size + result.otherEdges.size + result.dangling).toBe(0);
  });

  it('when a type is symmetric, then both directions merge into one edge without an arrow', () => {
    const result = toResultGraph(
      {
        nodes: [russia, india],
        relationships: [
          claim(russia, 'MET_WITH', india, { polarity: 'neutral' }),
          claim(india, 'MET_WITH', russia, { polarity: 'neutral' }),
        ],
      },
      { isSymmetric: (type) => type === 'MET_WITH' },
    );

    expect(result.graph.edges.map((e) => [e.id, e.directed, e.claimCount])).toEqual([['india|MET_WITH|russia', false, 2]]);
  });

  it('when a pair has one alliance and one tension article, then it is not contested (minority below the threshold)', () => {
    const result = toResultGraph({
      nodes: [russia, india],
      relationships: [claim(russia, 'SUPPORTS', india, { polarity: 'alliance' }), claim(russia, 'OPPOSES', india, { polarity: 'tension' })],
    });

    // One article on each side: the minority is below the contested threshold (contract/net-alignment.ts).
    expect(result.graph.edges.some((edge) => edge.contested)).toBe(false);
    expect(result.graph.edges.map((edge) => edge.polarity).sort()).toEqual(['alliance', 'tension']);
  });

  it('when a result holds an Article and its MENTIONS, then they are kept apart for the neutral style', () => {
    const mentions: ConsoleRelationship = {
      elementId: '5:db:77',
      type: 'MENTIONS',
      startElementId: article.elementId,
      endElementId: russia.elementId,
      properties: {},
    };

    const result = toResultGraph({ nodes: [russia, article], relationships: [mentions] }, { maxLabelChars: 20 });

    expect(result.graph.nodes.find((n) => n.id === article.elementId)).toMatchObject({ kind: 'Article', name: 'Russia and Pakistan…' });
    expect([...result.otherNodes]).toEqual([article.elementId]);
    expect([...result.otherEdges]).toEqual(['5:db:77']);
    expect(result.graph.edges[0]).toMatchObject({ source: article.elementId, target: 'russia', type: 'MENTIONS', claims: [] });
    expect(result.sources.get(article.elementId)).toBe(article);
  });

  it('when a relationship’s end is not in the result, then it is left out and counted', () => {
    const result = toResultGraph({ nodes: [russia], relationships: [claim(russia, 'SUPPORTS', pakistan, { polarity: 'alliance' })] });

    expect(result.graph.edges).toEqual([]);
    expect(result.dangling).toBe(1);
  });

  it('when the same entity node arrives twice, then it is drawn once', () => {
    const result = toResultGraph({ nodes: [russia, { ...russia }], relationships: [] });

    expect(result.graph.nodes.map((n) => n.id)).toEqual(['russia']);
  });

  it('when the adapted graph goes through the explorer’s toElements, then kinds and polarities get the explorer’s classes', () => {
    const result = toResultGraph({
      nodes: [russia, india, article],
      relationships: [claim(russia, 'OPPOSES', india, { polarity: 'tension' })],
    });

    const elements = toElements(result.graph, { lines: 'types' });

    expect(elements.find((el) => el.data.id === 'russia')?.classes).toEqual(['kind-Country']);
    expect(elements.find((el) => el.data.id === 'russia|OPPOSES|india')?.classes).toEqual(['polarity-tension', 'directed']);
    expect(elements.find((el) => el.data.id === article.elementId)?.classes).toEqual(['kind-Article']);
  });
});

describe('result bar', () => {
  it('when a result with claims, an article and a dangling relationship is drawn, then the bar counts what is drawn and what was left out', () => {
    const mentions: ConsoleRelationship = {
      elementId: '5:db:900',
      type: 'MENTIONS',
      startElementId: article.elementId,
      endElementId: russia.elementId,
      properties: {},
    };
    const dangling = claim(russia, 'RIVAL_OF', india, { polarity: 'tension' });
    const relationships = [
      claim(russia, 'COOPERATES_WITH', pakistan, { polarity: 'alliance' }),
      claim(russia, 'COOPERATES_WITH', pakistan, { polarity: 'alliance' }),
      mentions,
      dangling,
    ];

    const info = overlayInfo(relationships.length, toResultGraph({ nodes: [russia, pakistan, article], relationships }));

    expect(info).toEqual({ nodes: 3, edges: 2, relationships: 3, dangling: 1, others: true });
  });
});
