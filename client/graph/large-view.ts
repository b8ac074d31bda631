// Large views (thousands of nodes): the one fast path, used by the explorer and by the render
// benchmark alike. Cytoscape's cost grows with every element times every stylesheet rule and
// property, then with each element's geometry and first draw; so a large view skips the force
// layout (positions from degree, at once), gets a lean stylesheet (the same colours and shapes,
// longer dashes; straight "haystack" edges without arrows; no transitions or label wrapping), and
// lets the renderer cut corners while the viewport moves.
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
  const ranked = nodes
    .map((node, index) => ({ id: node.id, degree: node.degree, index }))
    .sort((a, b) => b.degree - a.degree || a.index - b.index);
  return new Map(
    ranked.map(({ id }, rank) => {
      const radius = SPACING * Math.sqrt(rank);
      const angle = rank * GOLDEN_ANGLE;
      return [id, { x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * Math.sin(angle)) }];
    }),
  );
}

/** A viewport to fit into: its size, the padding kept free at its edges, and the zoom not to exceed. */
export interface ViewportFit {
  width: number;
  height: number;
  padding: number;
  maxZoom: number;
}

/** The zoom and pan that fit these positions in a width × height viewport, from positions alone. */
export function fitViewport(
  positions: Iterable<Position>,
  { width, height, padding, maxZoom }: ViewportFit,
): { zoom: number; pan: Position } {
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

/**
 * Dash patterns of large views are this many times longer. A large view opens zoomed far out
 * (5,000 nodes at about 0.16), where the small-view patterns shrink below a pixel and read as a
 * solid line, while every dash still costs a stroke segment to rasterise: with them, dashes were
 * about a third of the first frame of 5,000 nodes and 15,000 edges. Eight times longer, they read
 * as dashes and dots again at that zoom (as the small-view ones do at zoom 1), for an eighth of the
 * segments: within about 0.2 s of solid lines (four times: 0.5 s).
 */
export const LARGE_VIEW_DASH_SCALE = 8;

/**
 * The stylesheet of large views: graph-style.ts's look, minus what costs most per element. Each
 * property a rule sets is applied to, and hashed for, every element it matches before the first
 * frame: so edges (three in four elements) carry only what draws the line (not the small views'
 * 0.9 opacity, nor haystack-radius, whose default is 0); their label styling is set only where an
 * edge label shows (hover, selection).
 */
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
      },
    },
    ...polarityRules({ dashScale: LARGE_VIEW_DASH_SCALE, arrows: false }),
    {
      selector: 'edge.hover, edge:selected',
      style: {
        'font-family': FONT_FAMILY,
        'font-size': 10,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE,
      },
    },
    ...stateRules(),
  ];
}

/**
 * Renderer settings, per view: while a gesture moves the viewport, a large view pans and zooms a
 * snapshot of its nodes (textureOnViewport) without its edges (hideEdgesOnViewport): about twice
 * the frames of redrawing the nodes alone; and it is drawn at one device pixel per CSS pixel.
 * These are Cytoscape init options (hideEdgesOnViewport, textureOnViewport, pixelRatio), but the
 * explorer keeps one instance for small and large views (the panels, exports and console hold it),
 * and small views want none of them; the renderer reads them from plain fields every frame, so
 * they are switched there.
 */
export function setLargeViewRendering(cy: Core, large: boolean): void {
  const renderer = (cy as unknown as { renderer(): RendererFlags | undefined }).renderer();
  if (!renderer) return;
  renderer.hideEdgesOnViewport = large;
  renderer.textureOnViewport = large;
  renderer.forcedPixelRatio = large ? 1 : null;
}

interface RendererFlags {
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
  forcedPixelRatio: number | null;
}
