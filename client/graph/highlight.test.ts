import { describe, expect, it } from 'vitest';
import type { EntityPath, GraphEdge } from '../../contract/index.ts';
import { pathElements, signName } from './highlight.ts';

const edge = (source: string, type: string, target: string) => ({ id: `${source}|${type}|${target}`, source, target }) as GraphEdge;
const path = (ids: string[], sign: 1 | -1 | 0 = 1): EntityPath => ({
  ids,
  length: ids.length - 1,
  sign,
  hops: ids.slice(1).map((to, i) => ({
    from: ids[i]!,
    to,
    sign,
    net: sign,
    alliance: 1,
    tension: 0,
    verdict: 'aligned' as const,
    contested: false,
    claimCount: 0,
    claims: [],
  })),
});

describe('path highlight', () => {
  const edges = [
    edge('india', 'RIVAL_OF', 'pakistan'),
    edge('russia', 'SUPPLIES_ARMS_TO', 'india'),
    edge('pakistan', 'COOPERATES_WITH', 'russia'),
    edge('china', 'TRADES_WITH', 'pakistan'),
  ];
  const nodes = new Set(['india', 'pakistan', 'russia', 'china']);

  it('when a path passes a pair, then its pair line and every edge between the pair light up, whatever its direction', () => {
    const result = pathElements([path(['india', 'russia', 'pakistan'])], edges, nodes);

    expect([...result.nodes].sort()).toEqual(['india', 'pakistan', 'russia']);
    expect([...result.edges].sort()).toEqual([
      'india|russia',
      'pakistan|COOPERATES_WITH|russia',
      'pakistan|russia',
      'russia|SUPPLIES_ARMS_TO|india',
    ]);
    expect(result.missing.size).toBe(0);
  });

  it('when a path passes an entity outside the view, then it is reported as missing', () => {
    const result = pathElements([path(['india', 'iran', 'pakistan'])], edges, nodes);

    expect([...result.missing]).toEqual(['iran']);
    expect(result.edges.size).toBe(0);
  });

  it('when signs are named, then +1 is aligned, −1 opposed and 0 mixed', () => {
    expect([signName(1), signName(-1), signName(0)]).toEqual(['aligned', 'opposed', 'mixed']);
  });
});
