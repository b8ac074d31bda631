// A console result's graph → the explorer's GraphResponse, so the main view draws it with the
// same elements and styles (graph-elements.ts, graph-style.ts). Entities are keyed by their id
// property and keep their kind; claim relationships are merged per (source, type, target) the way
// the server's views are (symmetric types both ways) and keep their polarity; anything else
// (Articles, MENTIONS, …) is kept apart so it can be drawn in a neutral style.
// The same merge as the server's views (contract/edges.ts).
import {
  aggregateEdges,
  edgeOf,
  POLARITIES,
  type ClaimRow,
  type ConsoleNode,
  type ConsoleRelationship,
  type GraphEdge,
  type GraphNode,
  type GraphResponse,
  type Polarity,
} from '../../contract/index.ts';
import { entityKindOf, nodeName } from './cell-format.ts';
import type { ResultOverlayInfo } from './result-overlay.ts';

export interface ResultGraphOptions {
  /** Whether a relationship type is symmetric (no arrow, both directions merged); default: none. */
  isSymmetric?: (type: string) => boolean;
  /** Longest node label before it is cut with "…"; default 40. */
  maxLabelChars?: number;
}

export interface ResultGraph {
  graph: GraphResponse;
  /** Drawn nodes that are not entities (Articles, …): a neutral style. */
  otherNodes: Set<string>;
  /** Drawn edges that are not claims: a neutral style. */
  otherEdges: Set<string>;
  /** Relationships left out because one of their ends is not in the result. */
  dangling: number;
  /** What each drawn id stands for in the result: a node, or the relationships merged into an edge. */
  sources: Map<string, ConsoleNode | ConsoleRelationship[]>;
}

const isPolarity = (value: unknown): value is Polarity => (POLARITIES as readonly unknown[]).includes(value);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function toResultGraph(
  result: { nodes: readonly ConsoleNode[]; relationships: readonly ConsoleRelationship[] },
  options: ResultGraphOptions = {},
): ResultGraph {
  const { isSymmetric = () => false, maxLabelChars = 40 } = options;
  const cut = (label: string) => (label.length > maxLabelChars ? `${label.slice(0, maxLabelChars - 1)}…` : label);
  const found = resultNodes(result.nodes, cut);
  const { claimRows, otherEdges, dangling } = resultRelationships(result.relationships, found, isSymmetric);
  const edges = aggregateEdges(claimRows, { isSymmetric });
  const allEdges = [...edges, ...otherEdges].sort((a, b) => a.id.localeCompare(b.id));
  const graphNodes = withDegrees([...found.nodes.values()], allEdges);
  const claims = edges.flatMap((edge) => edge.claims);

  return {
    graph: {
      nodes: graphNodes,
      edges: allEdges,
      truncated: false,
      counts: {
        nodes: graphNodes.length,
        edges: allEdges.length,
        claims: claims.length,
        articles: new Set(claims.map((claim) => claim.articleId).filter(Boolean)).size,
      },
    },
    otherNodes: new Set([...found.nodes.keys()].filter((id) => !found.entities.has(id))),
    otherEdges: new Set(otherEdges.map((edge) => edge.id)),
    dangling,
    sources: found.sources,
  };
}

interface FoundNodes {
  /** Element id → node id in the drawn graph. */
  idOf: Map<string, string>;
  entities: Set<string>;
  nodes: Map<string, Omit<GraphNode, 'degree'>>;
  sources: ResultGraph['sources'];
}

/** Nodes: an entity by its id property, anything else by its element id. */
function resultNodes(consoleNodes: readonly ConsoleNode[], cut: (label: string) => string): FoundNodes {
  const found: FoundNodes = { idOf: new Map(), entities: new Set(), nodes: new Map(), sources: new Map() };
  for (const node of consoleNodes) {
    const kind = entityKindOf(node);
    const entityId = kind !== null ? text(node.properties.id) : null;
    const id = entityId ?? node.elementId;
    found.idOf.set(node.elementId, id);
    if (found.nodes.has(id)) continue;
    if (entityId) found.entities.add(id);
    const aliases = Array.isArray(node.properties.aliases)
      ? node.properties.aliases.filter((alias): alias is string => typeof alias === 'string')
      : [];
    found.nodes.set(id, {
      id,
      name: cut(nodeName(node)?.value ?? node.labels[0] ?? 'node'),
      kind: kind ?? node.labels[0] ?? 'Node',
      aliases,
    });
    found.sources.set(id, node);
  }
  return found;
}

/** Relationships: claims between entities merge into one edge per (source, type, target), as the server's views do. */
function resultRelationships(relationships: readonly ConsoleRelationship[], found: FoundNodes, isSymmetric: (type: string) => boolean) {
  const claimRows: ClaimRow[] = [];
  const otherEdges: GraphEdge[] = [];
  let dangling = 0;
  for (const relationship of relationships) {
    const start = found.idOf.get(relationship.startElementId);
    const end = found.idOf.get(relationship.endElementId);
    if (start === undefined || end === undefined) {
      dangling += 1;
      continue;
    }
    const polarity = relationship.properties.polarity;
    if (found.entities.has(start) && found.entities.has(end) && isPolarity(polarity)) {
      const row = { source: start, target: end, type: relationship.type };
      const { id } = edgeOf(row, { isSymmetric });
      const merged = found.sources.get(id) as ConsoleRelationship[] | undefined;
      if (merged) merged.push(relationship);
      else found.sources.set(id, [relationship]);
      claimRows.push({ ...row, claim: claimOf(relationship, polarity) });
    } else {
      otherEdges.push(otherEdge(relationship, start, end));
      found.sources.set(relationship.elementId, [relationship]);
    }
  }
  return { claimRows, otherEdges, dangling };
}

function claimOf(relationship: ConsoleRelationship, polarity: Polarity): ClaimRow['claim'] {
  const props = relationship.properties;
  return {
    claimId: text(props.claimId) ?? relationship.elementId,
    quote: text(props.quote) ?? '',
    articleId: text(props.articleId) ?? '',
    statedBy: text(props.statedBy),
    date: text(props.date),
    effectiveDate: text(props.effectiveDate),
    polarity,
    historical: props.historical === true,
  };
}

/** A relationship that is not a claim (MENTIONS, or one touching a non-entity): drawn grey, directed. */
function otherEdge(relationship: ConsoleRelationship, source: string, target: string): GraphEdge {
  return {
    id: relationship.elementId,
    source,
    target,
    type: relationship.type,
    directed: true,
    polarity: 'neutral',
    claimCount: 0,
    articleCount: 1,
    contested: false,
    mixed: false,
    claims: [],
  };
}

function withDegrees(nodes: Omit<GraphNode, 'degree'>[], edges: readonly GraphEdge[]): GraphNode[] {
  const neighbours = new Map<string, Set<string>>();
  for (const edge of edges) {
    if (edge.source === edge.target) continue;
    neighbours.set(edge.source, (neighbours.get(edge.source) ?? new Set()).add(edge.target));
    neighbours.set(edge.target, (neighbours.get(edge.target) ?? new Set()).add(edge.source));
  }
  return nodes.map((node) => ({ ...node, degree: neighbours.get(node.id)?.size ?? 0 })).sort((a, b) => a.id.localeCompare(b.id));
}

/** What the bar over a drawn result says: nodes and lines drawn, the relationships behind them, those left out, and whether other nodes are in. */
export function overlayInfo(relationships: number, drawn: ResultGraph): ResultOverlayInfo {
  return {
    nodes: drawn.graph.nodes.length,
    edges: drawn.graph.edges.length,
    relationships: relationships - drawn.dangling,
    dangling: drawn.dangling,
    others: drawn.otherNodes.size + drawn.otherEdges.size > 0,
  };
}
