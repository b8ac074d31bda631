import { describe, expect, it } from 'vitest';
import { drawGraph, fitGraph } from './sheet-graph.ts';
import { edgePathData, pointAlong } from './sheet-shapes.ts';
import type { SheetEdge, SheetNode } from './sheet-types.ts';

const node = (id: string, x: number, y: number, kind = 'Country'): SheetNode => ({
  id,
  label: id,
  kind,
  x,
  y,
  width: 30,
  height: 30,
  fill: 'rgb(153,221,255)',
  border: '#2b6f8f',
  fontSize: 12,
});

describe('sheet graph', () => {
  it('when a graph is fitted, then every node lands inside the box, centred', () => {
    const nodes = [node('a', -500, 0), node('b', 500, 0), node('c', 0, 800)];
    const box = { x: 36, y: 100, width: 500, height: 300 };

    const fit = fitGraph(nodes, [], box);

    for (const n of nodes) {
      const p = fit.map(n);
      expect(p.x).toBeGreaterThanOrEqual(box.x);
      expect(p.x).toBeLessThanOrEqual(box.x + box.width);
      expect(p.y).toBeGreaterThanOrEqual(box.y);
      expect(p.y).toBeLessThanOrEqual(box.y + box.height);
    }
    expect(fit.labelSize(nodes[0]!)).toBeGreaterThanOrEqual(5.5);
  });

  it('when a graph is small, then it is not blown up past 1 pt per px', () => {
    expect(fitGraph([node('a', 0, 0), node('b', 40, 0)], [], { x: 0, y: 0, width: 500, height: 300 }).scale).toBe(1);
  });

  it('when an edge has control points, then it is drawn as quadratic curves through them', () => {
    expect(
      edgePathData([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
      ]),
    ).toBe('M 0 0 L 10 0');
    expect(
      edgePathData([
        { x: 0, y: 0 },
        { x: 5, y: 10 },
        { x: 10, y: 0 },
      ]),
    ).toBe('M 0 0 Q 5 10 10 0');
    expect(
      edgePathData([
        { x: 0, y: 0 },
        { x: 0, y: 10 },
        { x: 10, y: 10 },
        { x: 10, y: 0 },
      ]),
    ).toBe('M 0 0 Q 0 10 5 10 Q 10 10 10 0');
    const top = pointAlong(
      [
        { x: 0, y: 0 },
        { x: 5, y: 10 },
        { x: 10, y: 0 },
      ],
      0.5,
    );
    expect(top.x).toBeCloseTo(5, 1);
    expect(top.y).toBeCloseTo(5, 1);
  });

  it('when drawn, then lines carry their polarity style, directed edges an arrow, and numbers only the numbered edges', () => {
    const nodes = [node('a', 0, 0), node('b', 200, 0), node('c', 100, 150, 'Initiative')];
    const edge = (id: string, source: string, target: string, patch: Partial<SheetEdge>): SheetEdge => ({
      id,
      source,
      target,
      types: ['X'],
      polarity: 'alliance',
      directed: false,
      contested: false,
      width: 2,
      articleCount: 1,
      claimCount: 1,
      claims: [],
      path: [nodes.find((n) => n.id === source)!, nodes.find((n) => n.id === target)!].map(({ x, y }) => ({ x, y })),
      ...patch,
    });
    const svg = drawGraph({
      nodes,
      edges: [edge('ab', 'a', 'b', { polarity: 'tension', directed: true }), edge('bc', 'b', 'c', { contested: true })],
      numbers: new Map([['ab', 1]]),
      box: { x: 0, y: 0, width: 400, height: 300 },
    });

    expect(svg).toMatch(/<path d="[^"]+" fill="none" stroke="#D55E00"[^>]*stroke-dasharray="[\d. ]+" data-edge="ab"/);
    expect(svg).toMatch(/stroke="#CC79A7" stroke-opacity="0.4"/);
    expect(svg.match(/<polygon points="[^"]+" fill="#D55E00"/g)).toHaveLength(1);
    expect(svg.match(/class="edge-number"/g)).toHaveLength(1);
    expect(svg).toContain('stroke-linejoin="round"');
  });
});
