// API graph → Cytoscape element definitions: plain data in, plain data out. Sizes and labels are
// computed here so the stylesheet only maps data fields.
import type { ElementDefinition, Position } from 'cytoscape';
import { pairKey, verdictText, type GraphEdge, type GraphResponse } from '../../contract/index.ts';
import { pairEdges, type PairEdge } from './pair-edges.ts';

/** One line per pair of entities (the default), or one per relationship type. */
export const LINE_MODES = ['pairs', 'types'] as const;
export type LineMode = (typeof LINE_MODES)[number];

export interface ElementOptions {
  /** Distinct articles at which an edge stops getting wider; default 5. */
  widthCapArticles?: number;
  /** Edge width for one article and for the cap, in px; default [1.6, 7]. */
  widthRange?: readonly [number, number];
  /** Node size for degree 0, and the size added per √degree; default 22 and 6. */
  nodeBaseSize?: number;
  nodeSizePerRootDegree?: number;
  /** One line per pair, or one per relationship type; default 'pairs'. */
  lines?: LineMode;
  /** The focus entity, marked from the start (its label is measured bold by the layout); default none. */
  focus?: string | null;
  /** Historical claims count in the pairs' nets, as the view asked the API; default false. */
  historical?: boolean;
}

const DEFAULTS: Required<ElementOptions> = {
  widthCapArticles: 5,
  widthRange: [1.6, 7],
  nodeBaseSize: 22,
  nodeSizePerRootDegree: 6,
  lines: 'pairs',
  focus: null,
  historical: false,
};

export function edgeWidth(articleCount: number, options: ElementOptions = {}): number {
  const {
    widthCapArticles: cap,
    widthRange: [min, max],
  } = { ...DEFAULTS, ...options };
  const steps = Math.min(Math.max(articleCount, 1), cap) - 1;
  return Math.round((min + (steps * (max - min)) / Math.max(cap - 1, 1)) * 100) / 100;
}

export function nodeSize(degree: number, options: ElementOptions = {}): number {
  const { nodeBaseSize, nodeSizePerRootDegree } = { ...DEFAULTS, ...options };
  return Math.round(nodeBaseSize + nodeSizePerRootDegree * Math.sqrt(Math.min(Math.max(degree, 0), 100)));
}

/** Entities with at least this many neighbours in view are hubs: drawn to stand out. */
export const HUB_DEGREE = 5;

/** Well-connected entities get slightly larger labels: they are the ones read first. */
export function labelSize(degree: number): number {
  return degree >= 12 ? 14 : degree >= HUB_DEGREE ? 13 : 12;
}

/** COOPERATES_WITH → "cooperates with". */
export function humanType(type: string): string {
  return type.toLowerCase().replaceAll('_', ' ');
}

/** Types named in a summary before "…". */
const SUMMARY_TYPES = 3;

/** "aligned · 5 vs 1 articles · cooperates with, supplies arms to, holds exercises with …" */
export function pairSummary(pair: Pick<PairEdge, 'net' | 'edges'>): string {
  const types = [...new Set(pair.edges.map((edge) => humanType(edge.type)))];
  const named = types.slice(0, SUMMARY_TYPES).join(', ') + (types.length > SUMMARY_TYPES ? ' …' : '');
  return [verdictText(pair.net), named].join(' · ');
}

export function edgeClasses(edge: Pick<GraphEdge, 'polarity' | 'directed' | 'contested' | 'mixed'>): string[] {
  return [
    `polarity-${edge.polarity}`,
    ...(edge.directed ? ['directed'] : []),
    ...(edge.contested ? ['contested'] : []),
    ...(edge.mixed ? ['mixed'] : []),
  ];
}

/** A pair's line: its net alignment's look, its summary as the label shown on hover. */
function pairElement(pair: PairEdge, options: ElementOptions): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: pair.id,
      source: pair.source,
      target: pair.target,
      label: pairSummary(pair),
      polarity: pair.polarity,
      sign: pair.net.sign,
      claimCount: pair.claimCount,
      articleCount: pair.articleCount,
      width: edgeWidth(pair.articleCount, options),
      // Every claim of the pair, for the exports that list a line's sources (sheet-snapshot.ts).
      claims: pair.edges.flatMap((edge) => edge.claims),
    },
    classes: ['pair', ...edgeClasses({ ...pair, contested: pair.net.contested })],
  };
}

/** A relationship's line; `sign` is its pair's, which the signed layout follows. */
function typeElement(edge: GraphEdge, sign: number, options: ElementOptions): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      // A mixed relationship says so on hover too, not only by its mark.
      label: edge.mixed ? `${humanType(edge.type)} · claims disagree` : humanType(edge.type),
      polarity: edge.polarity,
      sign,
      claimCount: edge.claimCount,
      articleCount: edge.articleCount,
      width: edgeWidth(edge.articleCount, options),
    },
    classes: edgeClasses(edge),
  };
}

export function toElements(graph: Pick<GraphResponse, 'nodes' | 'edges'>, options: ElementOptions = {}): ElementDefinition[] {
  const ids = new Set(graph.nodes.map((node) => node.id));
  const nodes: ElementDefinition[] = graph.nodes.map((node) => ({
    group: 'nodes',
    data: {
      id: node.id,
      label: node.name,
      kind: node.kind,
      degree: node.degree,
      size: nodeSize(node.degree, options),
      fontSize: labelSize(node.degree),
    },
    classes: [`kind-${node.kind}`, ...(node.degree >= HUB_DEGREE ? ['hub'] : []), ...(node.id === options.focus ? ['focus'] : [])],
  }));
  // An edge whose end is not in the view cannot be drawn; the API never sends one, but a partial
  // response must not break the renderer.
  const drawable = graph.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target));
  const pairs = pairEdges(drawable, { historical: options.historical ?? DEFAULTS.historical });
  if ((options.lines ?? DEFAULTS.lines) === 'pairs') return [...nodes, ...pairs.map((pair) => pairElement(pair, options))];
  const signs = new Map(pairs.map((pair) => [pair.id, pair.net.sign]));
  return [...nodes, ...drawable.map((edge) => typeElement(edge, signs.get(pairKey(edge.source, edge.target))!, options))];
}

/**
 * Node definitions placed where they start: a pinned node where it was dropped (and marked
 * pinned), every other node at its start position. Edges pass unchanged; the input is not changed.
 */
export function placeElements(
  elements: readonly ElementDefinition[],
  start: ReadonlyMap<string, Position>,
  pins: ReadonlyMap<string, Position>,
): ElementDefinition[] {
  return elements.map((element) => {
    const id = element.data.id!;
    if (element.group !== 'nodes') return element;
    const pinned = pins.has(id);
    return {
      ...element,
      position: { ...(pins.get(id) ?? start.get(id)!) },
      ...(pinned ? { classes: [...(element.classes as string[]), 'pinned'] } : {}),
    };
  });
}

/** The other relationships drawn between the same two entities (either direction). */
export function siblingEdges(edges: readonly GraphEdge[], edge: GraphEdge): GraphEdge[] {
  const pair = pairKey(edge.source, edge.target);
  return edges.filter((other) => other.id !== edge.id && pairKey(other.source, other.target) === pair);
}

/** Speakers (statedBy) of the claims in view, most claims first. */
export function speakersInView(edges: readonly GraphEdge[]): { id: string; claims: number }[] {
  const counts = new Map<string, number>();
  for (const claim of edges.flatMap((edge) => edge.claims)) {
    if (claim.statedBy) counts.set(claim.statedBy, (counts.get(claim.statedBy) ?? 0) + 1);
  }
  return [...counts].map(([id, claims]) => ({ id, claims })).sort((a, b) => b.claims - a.claims || a.id.localeCompare(b.id));
}
