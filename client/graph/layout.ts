// Layout: cola by default, fcose above a size threshold, none for large views (large-view.ts). Deterministic for the same view: nodes
// start at positions seeded from a hash of their ids (no Math.random), and cola runs until it
// converges rather than until a clock runs out. Pinned (dragged) nodes keep their place.
import type { LayoutOptions, Position } from 'cytoscape';
import { LARGE_VIEW_NODES } from './large-view.ts';

export interface LayoutSettings {
  /** Above this many nodes, fcose replaces cola (cola's constraint solver gets slow); default 300. */
  largeGraphThreshold?: number;
  /** Above this many nodes, no layout runs and the large-view fast path draws (large-view.ts); default 1000. */
  largeViewThreshold?: number;
  /** Show the layout moving on screen; default true. */
  animate?: boolean;
  /** Ideal edge length in model px; default 130. */
  edgeLength?: number;
  /** Space kept free around each node, in model px; default 12. */
  nodeSpacing?: number;
  /** Viewport padding when fitting the graph, in screen px; default 40. */
  padding?: number;
  /** Safety stop for a layout that does not converge, in ms; default 12000. */
  maxSimulationTime?: number;
}

export const LAYOUT_DEFAULTS: Required<LayoutSettings> = {
  largeGraphThreshold: 300,
  largeViewThreshold: LARGE_VIEW_NODES,
  animate: true,
  edgeLength: 130,
  nodeSpacing: 12,
  padding: 40,
  maxSimulationTime: 12_000,
};

/** cola lays out inside this fixed model-space box, so the result does not depend on window size. */
const BOX = { x1: 0, y1: 0, w: 1200, h: 900 };

/** 32-bit FNV-1a: a stable, well-spread number for each id. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A start position for each id, spread over a disc whose area grows with the node count. */
export function seededPositions(ids: readonly string[], spacing = 70): Map<string, Position> {
  const radius = spacing * Math.sqrt(Math.max(ids.length, 1));
  const centre = { x: BOX.x1 + BOX.w / 2, y: BOX.y1 + BOX.h / 2 };
  return new Map(
    ids.map((id) => {
      const angle = (hashString(id) / 2 ** 32) * 2 * Math.PI;
      const distance = radius * Math.sqrt(hashString(id, 0x9e3779b9) / 2 ** 32);
      return [id, { x: Math.round(centre.x + distance * Math.cos(angle)), y: Math.round(centre.y + distance * Math.sin(angle)) }];
    }),
  );
}

export function layoutName(nodeCount: number, settings: LayoutSettings = {}): 'cola' | 'fcose' {
  return nodeCount > (settings.largeGraphThreshold ?? LAYOUT_DEFAULTS.largeGraphThreshold) ? 'fcose' : 'cola';
}

/** The options object for cy.layout(); pinned positions are kept exactly. */
export function layoutOptions(nodeCount: number, pins: ReadonlyMap<string, Position>, settings: LayoutSettings = {}): LayoutOptions {
  const s = { ...LAYOUT_DEFAULTS, ...settings };
  if (layoutName(nodeCount, s) === 'fcose') {
    return {
      name: 'fcose',
      // Without randomize, fcose requires its "proof" quality.
      quality: 'proof',
      randomize: false,
      animate: s.animate,
      animationDuration: 800,
      fit: true,
      padding: s.padding,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => s.edgeLength,
      nodeRepulsion: () => 8000,
      fixedNodeConstraint: pins.size > 0 ? [...pins].map(([nodeId, position]) => ({ nodeId, position: { ...position } })) : undefined,
    } as LayoutOptions;
  }
  return {
    name: 'cola',
    animate: s.animate,
    // Ticks per animation frame: fewer frames to convergence, still smooth.
    refresh: 4,
    maxSimulationTime: s.maxSimulationTime,
    randomize: false,
    // Start from the seeded positions as they are (they are already centred in BOX).
    centerGraph: false,
    boundingBox: BOX,
    fit: true,
    padding: s.padding,
    avoidOverlap: true,
    handleDisconnected: true,
    nodeDimensionsIncludeLabels: true,
    nodeSpacing: () => s.nodeSpacing,
    edgeLength: () => s.edgeLength,
    ungrabifyWhileSimulating: false,
  } as LayoutOptions;
}
