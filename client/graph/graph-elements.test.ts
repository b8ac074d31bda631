import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../contract/index.ts';
import { edgeClasses, edgeWidth, humanType, nodeSize, siblingEdges, speakersInView, toElements } from './graph-elements.ts';

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
  claims: [{ claimId: `${source}-${target}`, quote: 'q', articleId: 'a', statedBy: null, date: null, polarity: 'alliance' }],
  ...patch,
});

describe('elements from API data', () => {
  it('when given the API graph, then there is one node per entity and one edge per relationship', () => {
    const elements = toElements({
      nodes: [node('russia', 'Country', 2), node('sergey-lavrov', 'Person')],
      edges: [edge('russia', 'COOPERATES_WITH', 'sergey-lavrov'), edge('sergey-lavrov', 'ACCUSES', 'russia', { directed: true, polarity: 'tension', contested: true, articleCount: 3 })],
    });

    expect(elements.filter((e) => e.group === 'nodes')).toHaveLength(2);
    expect(elements.filter((e) => e.group === 'edges')).toHaveLength(2);
    expect(elements[1]).toMatchObject({ data: { id: 'sergey-lavrov', label: 'SERGEY-LAVROV', kind: 'Person' }, classes: ['kind-Person'] });
    expect(elements[3]).toMatchObject({
      data: { id: 'sergey-lavrov|ACCUSES|russia', source: 'sergey-lavrov', target: 'russia', label: 'accuses', articleCount: 3, width: edgeWidth(3) },
      classes: ['polarity-tension', 'directed', 'contested'],
    });
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

  it('when classes are built, then only directed edges get arrows and only contested pairs a halo', () => {
    expect(edgeClasses({ polarity: 'neutral', directed: false, contested: false })).toEqual(['polarity-neutral']);
    expect(edgeClasses({ polarity: 'alliance', directed: true, contested: true })).toEqual(['polarity-alliance', 'directed', 'contested']);
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
    const claim = (statedBy: string | null) => ({ claimId: Math.random().toString(), quote: 'q', articleId: 'a', statedBy, date: null, polarity: 'alliance' as const });
    const edges = [edge('a', 'T', 'b', { claims: [claim('lavrov'), claim(null), claim('qureshi')] }), edge('b', 'T', 'c', { claims: [claim('qureshi')] })];

    expect(speakersInView(edges)).toEqual([
      { id: 'qureshi', claims: 2 },
      { id: 'lavrov', claims: 1 },
    ]);
  });
});
