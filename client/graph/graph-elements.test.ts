import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../contract/index.ts';
import {
  edgeClasses,
  edgeWidth,
  humanType,
  nodeSize,
  pairSummary,
  placeElements,
  siblingEdges,
  speakersInView,
  toElements,
} from './graph-elements.ts';
import { pairEdges } from './pair-edges.ts';

const node = (id: string, kind = 'Country', degree = 1): GraphNode => ({ id, name: id.toUpperCase(), kind, aliases: [], degree });
const edge = (source: string, type: string, target: string, patch: Partial<GraphEdge> = {}): GraphEdge => ({
  id: `${source}|${type}|${target}`,
  source,
  target,
  type,
  directed: false,
  polarity: 'alliance',
  claimCount: 1,
  articleCount: 1,
  contested: false,
  mixed: false,
  claims: [
    {
      claimId: `${source}-${target}`,
      quote: 'q',
      articleId: 'a',
      statedBy: null,
      date: null,
      effectiveDate: null,
      polarity: 'alliance',
      historical: false,
    },
  ],
  ...patch,
});

describe('elements from API data', () => {
  it('when given the API graph, then there is one node per entity and one edge per relationship', () => {
    const elements = toElements(
      {
        nodes: [node('russia', 'Country', 2), node('sergey-lavrov', 'Person')],
        edges: [
          edge('russia', 'COOPERATES_WITH', 'sergey-lavrov'),
          edge('sergey-lavrov', 'ACCUSES', 'russia', { directed: true, polarity: 'tension', contested: true, articleCount: 3 }),
        ],
      },
      { lines: 'types' },
    );

    expect(elements.filter((e) => e.group === 'nodes')).toHaveLength(2);
    expect(elements.filter((e) => e.group === 'edges')).toHaveLength(2);
    expect(elements[1]).toMatchObject({ data: { id: 'sergey-lavrov', label: 'SERGEY-LAVROV', kind: 'Person' }, classes: ['kind-Person'] });
    expect(elements[3]).toMatchObject({
      data: {
        id: 'sergey-lavrov|ACCUSES|russia',
        source: 'sergey-lavrov',
        target: 'russia',
        label: 'accuses',
        articleCount: 3,
        width: edgeWidth(3),
      },
      classes: ['polarity-tension', 'directed', 'contested'],
    });
  });

  it('when lines are by pair (the default), then a pair is one line with its net look, summary, width and the focus marked', () => {
    const claim = (articleId: string, polarity: 'alliance' | 'tension') => ({
      claimId: articleId + polarity,
      quote: 'q',
      articleId,
      statedBy: null,
      date: null,
      effectiveDate: null,
      polarity,
      historical: false,
    });
    const elements = toElements(
      {
        nodes: [node('pakistan', 'Country', 6), node('russia')],
        edges: [
          edge('pakistan', 'COOPERATES_WITH', 'russia', { claims: [claim('a1', 'alliance'), claim('a2', 'alliance')], claimCount: 2 }),
          edge('russia', 'SUPPLIES_ARMS_TO', 'pakistan', { directed: true, claims: [claim('a3', 'alliance')] }),
          edge('russia', 'DISTRUSTS', 'pakistan', { directed: true, polarity: 'tension', claims: [claim('a1', 'tension')] }),
        ],
      },
      { focus: 'russia' },
    );

    const lines = elements.filter((e) => e.group === 'edges');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      data: {
        id: 'pakistan|russia',
        source: 'pakistan',
        target: 'russia',
        polarity: 'alliance',
        sign: 1,
        articleCount: 3,
        width: edgeWidth(3),
      },
      // 3 articles against 1: one dissenting article is not a contest; the distrust sits on its own relationship.
      classes: ['pair', 'polarity-alliance'],
    });
    expect(lines[0]!.data.label).toBe('aligned · 3 vs 1 articles · cooperates with, distrusts, supplies arms to');
    expect(elements.find((e) => e.data.id === 'pakistan')!.classes).toEqual(['kind-Country', 'hub']);
    expect(elements.find((e) => e.data.id === 'russia')!.classes).toEqual(['kind-Country', 'focus']);
  });

  it('when a pair has more than three types, then the summary names three and trails off', () => {
    const [pair] = pairEdges(['A', 'B', 'C', 'D'].map((type) => edge('x', type, 'y')));

    expect(pairSummary(pair!)).toBe('aligned · 1 vs 0 articles · a, b, c …');
  });

  it('when an edge names an entity missing from the nodes, then it is left out rather than breaking the renderer', () => {
    const elements = toElements({ nodes: [node('russia')], edges: [edge('russia', 'RIVAL_OF', 'india')] });

    expect(elements.map((e) => e.data.id)).toEqual(['russia']);
  });

  it('when more articles back an edge, then it is wider, up to the cap', () => {
    expect(edgeWidth(1)).toBeLessThan(edgeWidth(2));
    expect(edgeWidth(2)).toBeLessThan(edgeWidth(5));
    expect(edgeWidth(50)).toBe(edgeWidth(5));
    expect(edgeWidth(0)).toBe(edgeWidth(1));
  });

  it('when a node has more neighbours, then it is larger', () => {
    expect(nodeSize(0)).toBeLessThan(nodeSize(4));
    expect(nodeSize(4)).toBeLessThan(nodeSize(16));
  });

  it('when classes are built, then only directed edges get arrows, contested pairs a halo and mixed relationships their mark', () => {
    expect(edgeClasses({ polarity: 'neutral', directed: false, contested: false, mixed: false })).toEqual(['polarity-neutral']);
    expect(edgeClasses({ polarity: 'alliance', directed: true, contested: true, mixed: false })).toEqual([
      'polarity-alliance',
      'directed',
      'contested',
    ]);
    // A relationship whose own claims disagree says so on its line.
    expect(edgeClasses({ polarity: 'neutral', directed: false, contested: false, mixed: true })).toEqual(['polarity-neutral', 'mixed']);
  });

  it('when a type is shown, then it reads as words', () => {
    expect(humanType('SUPPLIES_ARMS_TO')).toBe('supplies arms to');
  });

  it('when an edge has siblings between the same pair, then both directions are found', () => {
    const a = edge('pakistan', 'COOPERATES_WITH', 'russia');
    const b = edge('russia', 'SUPPLIES_ARMS_TO', 'pakistan', { directed: true });
    const c = edge('india', 'RIVAL_OF', 'pakistan');

    expect(siblingEdges([a, b, c], a)).toEqual([b]);
  });

  it('when speakers are counted, then narration is skipped and the most frequent come first', () => {
    const claim = (statedBy: string | null) => ({
      claimId: Math.random().toString(),
      quote: 'q',
      articleId: 'a',
      statedBy,
      date: null,
      effectiveDate: null,
      polarity: 'alliance' as const,
      historical: false,
    });
    const edges = [
      edge('a', 'T', 'b', { claims: [claim('lavrov'), claim(null), claim('qureshi')] }),
      edge('b', 'T', 'c', { claims: [claim('qureshi')] }),
    ];

    expect(speakersInView(edges)).toEqual([
      { id: 'qureshi', claims: 2 },
      { id: 'lavrov', claims: 1 },
    ]);
  });
});

describe('placed elements', () => {
  const elements = toElements({ nodes: [node('a'), node('b', 'Person')], edges: [edge('a', 'ALLY_OF', 'b')] });
  const edgeId = 'a|b';

  it('when nodes are placed, then a pinned node stays where it was dropped and is marked pinned, the others start where asked', () => {
    const start = new Map([
      ['a', { x: 1, y: 2 }],
      ['b', { x: 3, y: 4 }],
    ]);

    const placed = placeElements(elements, start, new Map([['b', { x: 50, y: 60 }]]));

    expect(placed.find((e) => e.data.id === 'a')).toMatchObject({ position: { x: 1, y: 2 }, classes: ['kind-Country'] });
    expect(placed.find((e) => e.data.id === 'b')).toMatchObject({ position: { x: 50, y: 60 }, classes: ['kind-Person', 'pinned'] });
    expect(placed.find((e) => e.data.id === edgeId)).toBe(elements.find((e) => e.data.id === edgeId));
  });

  it('when nodes are placed, then the definitions given are left as they were', () => {
    placeElements(
      elements,
      new Map([
        ['a', { x: 0, y: 0 }],
        ['b', { x: 0, y: 0 }],
      ]),
      new Map([['a', { x: 9, y: 9 }]]),
    );

    expect(elements.find((e) => e.data.id === 'a')).not.toHaveProperty('position');
    expect(elements.find((e) => e.data.id === 'a')!.classes).toEqual(['kind-Country']);
  });
});
