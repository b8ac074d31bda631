// Layout: fcose (force-directed, per-line ideal lengths), none for large views (large-view.ts);
// cola for console results, which have no signs to lay out by (plainLayoutOptions).
// Signed: each line's ideal length follows its pair's net alignment, so allies pull together and
// adversaries push apart, and the blocs the analytics find show as groups. (cola, used before,
// sets every pair's distance from shortest paths: two allied hops then held adversaries closer than
// their own line asked.) Deterministic for the same view: nodes start at positions seeded from a
// hash of their ids, or above DISTANCE_START_NODES from graph distances (no Math.random). Pinned
// (dragged) nodes keep their place.
import type { EdgeSingular, LayoutOptions, Position } from 'cytoscape';
import { distanceStart } from './distance-start.ts';
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

/** Views above this many entities start from graph distances, and fcose only refines that start. */
export const DISTANCE_START_NODES = 100;
/**
 * fcose's starting energy (its first cooling factor) for such a refinement: steps of at most 5 px,
 * so it keeps the start's picture and stops at its first convergence check, ~100 iterations. From
 * a random start it runs at least 5 iterations per entity (layout-base FDLayout), ~2 ms each at
 * 300 entities, and still draws allies and adversaries less apart than this refinement does.
 */
const REFINE_ENERGY = 0.05;
/** fcose's default starting energy, which views of up to DISTANCE_START_NODES get. */
const FULL_ENERGY = 0.3;

/** A line of the view as the distance start needs it: its ends and its pair's sign. */
export interface SignedEdge {
  source: string;
  target: string;
  sign: number;
}

const centroid = (points: readonly Position[]): Position => ({
  x: points.reduce((sum, p) => sum + p.x, 0) / points.length,
  y: points.reduce((sum, p) => sum + p.y, 0) / points.length,
});

/**
 * Start positions of a large view laid out afresh (distance-start.ts, each line its signed ideal
 * length), moved so that the pinned entities sit around their pins, and spread by a stable few px
 * so that entities at the same distances from everything (leaves of one hub) do not start stacked.
 */
export function startFromDistances(
  ids: readonly string[],
  edges: readonly SignedEdge[],
  pins: ReadonlyMap<string, Position>,
  settings: LayoutSettings = {},
): Map<string, Position> {
  const lengths = edges.map(({ source, target, sign }) => ({ source, target, length: idealLength(sign, settings) }));
  const start = distanceStart(ids, lengths);
  const pinned = ids.filter((id) => pins.has(id));
  const [to, from] = [centroid(pinned.map((id) => pins.get(id)!)), centroid(pinned.map((id) => start.get(id)!))];
  const shift = pinned.length > 0 ? { x: to.x - from.x, y: to.y - from.y } : { x: BOX.x1 + BOX.w / 2, y: BOX.y1 + BOX.h / 2 };
  return new Map(
    ids.map((id) => {
      const { x, y } = start.get(id)!;
      const offset = jitter(id, 10);
      return [id, { x: Math.round(x + shift.x + offset.x), y: Math.round(y + shift.y + offset.y) }];
    }),
  );
}

/**
 * fcose's options: springs of each line's signed ideal length between entities that repel each
 * other, from the seeded, distance (above DISTANCE_START_NODES) or kept positions, without randomness, so the same view gives the same
 * picture. `fixed` entities (pins, entities kept in place) do not move. It runs to the end at once;
 * the runner then clears overlaps and animates (layout-runner.ts).
 */
export function layoutOptions(fixed: ReadonlyMap<string, Position>, settings: LayoutSettings = {}, nodes = 0): LayoutOptions {
  const s = { ...LAYOUT_DEFAULTS, ...settings };
  return {
    name: 'fcose',
    initialEnergyOnIncremental: nodes > DISTANCE_START_NODES ? REFINE_ENERGY : FULL_ENERGY,
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

/** Which layout a view gets: signed (the explorer's views) or plain (a console result, any labels). */
export type LayoutEngine = 'signed' | 'plain';

/**
 * cola's options for a console result: nodes of any label (articles, outlets, entities) joined by
 * lines that carry no sign, so every line asks one length, and cola's non-overlap constraints keep
 * boxes (labels included) apart. Deterministic from the seeded start (no randomize; cola's own
 * descent is seeded); locked nodes (pins) stay.
 */
export function plainLayoutOptions(settings: LayoutSettings = {}): LayoutOptions {
  return {
    name: 'cola',
    animate: false,
    fit: false,
    randomize: false,
    centerGraph: false,
    avoidOverlap: true,
    handleDisconnected: true,
    nodeDimensionsIncludeLabels: true,
    edgeLength: settings.edgeLength ?? LAYOUT_DEFAULTS.edgeLength,
    maxSimulationTime: 2000,
  } as LayoutOptions;
}
