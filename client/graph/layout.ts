// Layout: fcose (force-directed, per-line ideal lengths), none for large views (large-view.ts).
// Signed: each line's ideal length follows its pair's net alignment, so allies pull together and
// adversaries push apart, and the blocs the analytics find show as groups. (cola, used before,
// sets every pair's distance from shortest paths: two allied hops then held adversaries closer than
// their own line asked.) Deterministic for the same view: nodes start at positions seeded from a
// hash of their ids (no Math.random). Pinned (dragged) nodes keep their place.
import type { EdgeSingular, LayoutOptions, Position } from 'cytoscape';
import { LARGE_VIEW_NODES } from './large-view.ts';

export interface LayoutSettings {
  /** Above this many nodes, no layout runs and the large-view fast path draws (large-view.ts); default 1000. */
  largeViewThreshold?: number;
  /** Show the layout settling on screen; default true. */
  animate?: boolean;
  /** Ideal length of a neutral line in model px; default 130. */
  edgeLength?: number;
  /** An allied pair's ideal length, as a share of edgeLength; default 0.6. */
  allyFactor?: number;
  /** A pair in tension's ideal length, as a multiple of edgeLength; default 3. */
  adversaryFactor?: number;
  /** Viewport padding when fitting the graph, in screen px; default 40. */
  padding?: number;
}

export const LAYOUT_DEFAULTS: Required<LayoutSettings> = {
  largeViewThreshold: LARGE_VIEW_NODES,
  animate: true,
  edgeLength: 130,
  allyFactor: 0.6,
  adversaryFactor: 3,
  padding: 40,
};

/** Seeded positions fill this model-space box, so the result does not depend on window size. */
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

/** The ideal length of a line whose pair nets to this sign (+1 allied, −1 in tension, 0 neutral). */
export function idealLength(sign: number, settings: LayoutSettings = {}): number {
  const { edgeLength, allyFactor, adversaryFactor } = { ...LAYOUT_DEFAULTS, ...settings };
  return Math.round(edgeLength * (sign > 0 ? allyFactor : sign < 0 ? adversaryFactor : 1));
}

/** A stable offset of about `radius` model px, so entities that join at one spot do not start stacked. */
function jitter(id: string, radius: number): Position {
  const angle = (hashString(id) / 2 ** 32) * 2 * Math.PI;
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/**
 * Start positions of a view that follows another (a filter or focus change): entities in both stay
 * where they were; a new one starts beside the kept entities it is joined to, else at its seeded
 * place. The layout then moves only the new ones.
 */
export function calmStart(
  ids: readonly string[],
  neighbours: ReadonlyMap<string, readonly string[]>,
  previous: ReadonlyMap<string, Position>,
): Map<string, Position> {
  const seeded = seededPositions(ids);
  return new Map(
    ids.map((id) => {
      const kept = previous.get(id);
      if (kept) return [id, { ...kept }];
      const anchors = (neighbours.get(id) ?? []).flatMap((other) => previous.get(other) ?? []);
      if (anchors.length === 0) return [id, seeded.get(id)!];
      const offset = jitter(id, 60);
      const mean = (axis: 'x' | 'y') => anchors.reduce((sum, p) => sum + p[axis], 0) / anchors.length;
      return [id, { x: Math.round(mean('x') + offset.x), y: Math.round(mean('y') + offset.y) }];
    }),
  );
}

/** fcose's own iteration count, which views of up to FULL_QUALITY_NODES entities get. */
const FULL_ITERATIONS = 2500;
const FULL_QUALITY_NODES = 100;
/** fcose cools over iterations / 100 cycles; below two cycles its schedule breaks down. */
const MIN_ITERATIONS = 200;

/**
 * fcose's iterations for a view of `nodes` entities. Nearly every pair of entities repels within
 * fcose's range, so an iteration costs ~n²: above FULL_QUALITY_NODES the count asked falls as 1/n².
 * fcose itself never runs fewer than 5 per entity (layout-base FDLayout), so a 300-entity view
 * runs 1,500 iterations instead of 2,500.
 */
export function iterationsFor(nodes: number): number {
  return Math.round(Math.max(MIN_ITERATIONS, Math.min(FULL_ITERATIONS, FULL_ITERATIONS * (FULL_QUALITY_NODES / nodes) ** 2)));
}

/**
 * fcose's options: springs of each line's signed ideal length between entities that repel each
 * other, from the seeded (or kept) positions, without randomness, so the same view gives the same
 * picture. `fixed` entities (pins, entities kept in place) do not move. It runs to the end at once;
 * the runner then clears overlaps and animates (layout-runner.ts).
 */
export function layoutOptions(fixed: ReadonlyMap<string, Position>, settings: LayoutSettings = {}, nodes = 0): LayoutOptions {
  const s = { ...LAYOUT_DEFAULTS, ...settings };
  return {
    name: 'fcose',
    numIter: iterationsFor(nodes),
    // Without randomize, fcose requires its "proof" quality.
    quality: 'proof',
    randomize: false,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: (edge: EdgeSingular) => idealLength(Number(edge.data('sign')), s),
    nodeRepulsion: () => 8000,
    fixedNodeConstraint: fixed.size > 0 ? [...fixed].map(([nodeId, position]) => ({ nodeId, position: { ...position } })) : undefined,
  } as LayoutOptions;
}
