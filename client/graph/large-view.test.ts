import { describe, expect, it } from 'vitest';
import { POLARITY_STYLE } from './graph-style.ts';
import { fitViewport, isLargeView, LARGE_VIEW_DASH_SCALE, LARGE_VIEW_NODES, largeViewStylesheet, spiralPositions } from './large-view.ts';

type Block = { selector: string; style: Record<string, unknown> };
const styleOf = (selector: string) =>
  Object.assign({}, ...(largeViewStylesheet() as Block[]).filter((b) => b.selector === selector).map((b) => b.style)) as Record<
    string,
    unknown
  >;

/** Typed unknown rather than any, so the object literals it sits in stay type-checked. */
const ANY_NUMBER: unknown = expect.any(Number);

describe('large views', () => {
  it('when a view has more nodes than the threshold, then it takes the fast path', () => {
    expect(isLargeView(LARGE_VIEW_NODES)).toBe(false);
    expect(isLargeView(LARGE_VIEW_NODES + 1)).toBe(true);
    expect(isLargeView(10, 5)).toBe(true);
  });

  it('when positions are computed, then the best-connected node is at the centre and the result is stable', () => {
    const nodes = [
      { id: 'a', degree: 1 },
      { id: 'hub', degree: 9 },
      { id: 'b', degree: 1 },
    ];
    const positions = spiralPositions(nodes);

    expect(positions.get('hub')).toEqual({ x: 0, y: 0 });
    expect(new Set([...positions.values()].map((p) => `${p.x},${p.y}`)).size).toBe(3);
    expect(spiralPositions(nodes)).toEqual(positions);
  });

  it('when the view is fitted from positions, then every position lands inside the viewport', () => {
    const positions = [...spiralPositions(Array.from({ length: 500 }, (_, i) => ({ id: `n${i}`, degree: i % 7 }))).values()];
    const { zoom, pan } = fitViewport(positions, { width: 800, height: 600, padding: 40, maxZoom: 1.25 });

    expect(positions).toHaveLength(500);
    for (const p of positions) {
      expect(p.x * zoom + pan.x).toBeGreaterThanOrEqual(40);
      expect(p.x * zoom + pan.x).toBeLessThanOrEqual(760);
      expect(p.y * zoom + pan.y).toBeGreaterThanOrEqual(40);
      expect(p.y * zoom + pan.y).toBeLessThanOrEqual(560);
    }
    expect(fitViewport([{ x: 5, y: 5 }], { width: 800, height: 600, padding: 40, maxZoom: 1.25 }).zoom).toBe(1.25);
  });

  it('when the lean stylesheet is built, then polarity colours and dashes stay, edges are straight and carry no arrows', () => {
    expect(styleOf('edge')['curve-style']).toBe('haystack');
    expect(styleOf('edge.polarity-tension')).toMatchObject({ 'line-color': POLARITY_STYLE.tension.color, 'line-style': 'dashed' });
    expect(styleOf('edge.polarity-tension')['line-dash-pattern']).toEqual(
      POLARITY_STYLE.tension.dash!.map((length) => length * LARGE_VIEW_DASH_SCALE),
    );
    expect(styleOf('edge.directed')['target-arrow-shape']).toBeUndefined();
    expect(styleOf('node.faded')).toEqual({});
    expect(styleOf('.faded')).toMatchObject({ opacity: ANY_NUMBER });
  });

  it('when the lean stylesheet is built, then every edge carries only line properties and label styling is left to hovered and selected edges', () => {
    expect(Object.keys(styleOf('edge')).sort()).toEqual(['curve-style', 'width']);
    expect(styleOf('edge.polarity-alliance')['target-arrow-color']).toBeUndefined();
    expect(styleOf('edge.hover, edge:selected')).toMatchObject({
      label: 'data(label)',
      'font-size': ANY_NUMBER,
      'text-background-opacity': ANY_NUMBER,
    });
  });
});
