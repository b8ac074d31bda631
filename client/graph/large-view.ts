// Large views (thousands of nodes): the one fast path, used by the explorer and by the render
// benchmark alike. Cytoscape's cost grows with every element times every stylesheet rule and
// property, then with each element's geometry and first draw; so a large view skips the force
// layout (positions from degree, at once), gets a lean stylesheet (the same colours, shapes and
// dashes; straight "haystack" edges without arrows; no transitions or label wrapping), and lets
// the renderer cut corners while the viewport moves.
import type { Core, Position, StylesheetJson } from 'cytoscape';
import { FONT_FAMILY, kindRules, MIN_ZOOMED_FONT_SIZE, NODE_BASE_STYLE, polarityRules, stateRules } from './graph-style.ts';

/** Views with more nodes than this take the fast path. */
export const LARGE_VIEW_NODES = 1000;

export const isLargeView = (nodeCount: number, threshold = LARGE_VIEW_NODES): boolean => nodeCount > threshold;

/** Model px between neighbouring nodes of the spiral. */
const SPACING = 40;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Positions without a layout run: nodes on a sunflower spiral, best-connected at the centre, so
 * hubs are where the eye starts and the whole view is evenly covered. Ties keep the input order.
 */
export function spiralPositions(nodes: readonly { id: string; degree: number }[]): Map<string, Position> {
  const ranked = nodes.map((node, index) => ({ id: node.id, degree: node.degree, index })).sort((a, b) => b.degree - a.degree || a.index - b.index);
  return new Map(
    ranked.map(({ id }, rank) => {
      const radius = SPACING * Math.sqrt(rank);
      const angle = rank * GOLDEN_ANGLE;
      return [id, { x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * Math.sin(angle)) }];
    }),
  );
}

/** The zoom and pan that fit these positions in a width × height viewport, from positions alone. */
export function fitViewport(positions: Iterable<Position>, width: number, height: number, padding: number, maxZoom: number): { zoom: number; pan: Position } {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of positions) {
    [x1, y1, x2, y2] = [Math.min(x1, x), Math.min(y1, y), Math.max(x2, x), Math.max(y2, y)];
  }
  if (x1 > x2) return { zoom: 1, pan: { x: width / 2, y: height / 2 } };
  // Node radius and label height, roughly: the margin that keeps border nodes on screen.
  const margin = SPACING;
  const zoom = Math.min(maxZoom, (width - 2 * padding) / (x2 - x1 + 2 * margin), (height - 2 * padding) / (y2 - y1 + 2 * margin));
  return { zoom, pan: { x: width / 2 - zoom * ((x1 + x2) / 2), y: height / 2 - zoom * ((y1 + y2) / 2) } };
}

/** The stylesheet of large views: graph-style.ts's look, minus what costs most per element. */
export function largeViewStylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: NODE_BASE_STYLE,
    },
    ...kindRules(),
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        // Straight lines without control points or arrows: the cheapest edge Cytoscape draws.
        'curve-style': 'haystack',
        'haystack-radius': 0,
        opacity: 0.9,
        'font-family': FONT_FAMILY,
        'font-size': 10,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE,
      },
    },
    ...polarityRules(),
    ...stateRules(),
  ];
}

/**
 * Renderer settings, per view: while the viewport moves, a large view drops its edges (they are
 * most of the drawing), and is drawn at one device pixel per CSS pixel. Cytoscape reads these only
 * at construction, so they are set on its renderer, which keeps them as plain fields.
 */
export function setLargeViewRendering(cy: Core, large: boolean): void {
  const renderer = (cy as unknown as { renderer(): RendererFlags | undefined }).renderer();
  if (!renderer) return;
  renderer.hideEdgesOnViewport = large;
  renderer.forcedPixelRatio = large ? 1 : null;
}

interface RendererFlags {
  hideEdgesOnViewport: boolean;
  forcedPixelRatio: number | null;
}
