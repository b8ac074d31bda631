// GET /api/compare's pairing: two views (sides A and B, as /api/graph answers them) become one
// line per unordered pair of entities, each side's net alignment of the pair by the one rule
// (contract/net-alignment.ts), and a status saying how the sides differ. Pure, so the rule of
// "changed" is tested without a database.
import {
  compareIds,
  netOfClaims,
  orderedPair,
  pairKey,
  type CompareEdge,
  type CompareResponse,
  type CompareSide,
  type CompareStatus,
  type CompareSummary,
  type EdgeClaim,
  type GraphNode,
  type GraphResponse,
} from '../../contract/index.ts';

/** One side: its view and whether historical claims count in its net alignments. */
export interface CompareInput {
  view: GraphResponse;
  historical: boolean;
}

/** Edges are listed by status in this order (reversals first: what a reader looks for), then by pair id. */
export const STATUS_ORDER: readonly CompareStatus[] = ['changed', 'a', 'b', 'both'];

/** The claims a view states about each unordered pair, in its edges' order. */
function claimsByPair(view: GraphResponse): Map<string, EdgeClaim[]> {
  const pairs = new Map<string, EdgeClaim[]>();
  for (const edge of view.edges) {
    const key = pairKey(edge.source, edge.target);
    const claims = pairs.get(key);
    if (claims) claims.push(...edge.claims);
    else pairs.set(key, [...edge.claims]);
  }
  return pairs;
}

function sideOf(claims: EdgeClaim[] | undefined, historical: boolean): CompareSide | null {
  if (!claims) return null;
  return { net: netOfClaims(claims, { historical }), claimIds: claims.map((claim) => claim.claimId) };
}

/** A reversal is a clear sign on each side, opposite ones; a divided or neutral side is no reversal. */
function statusOf(a: CompareSide | null, b: CompareSide | null): CompareStatus {
  if (!b) return 'a';
  if (!a) return 'b';
  return a.net.sign * b.net.sign === -1 ? 'changed' : 'both';
}

function pairEdges(a: CompareInput, b: CompareInput): CompareEdge[] {
  const pairsA = claimsByPair(a.view);
  const pairsB = claimsByPair(b.view);
  const keys = new Set([...pairsA.keys(), ...pairsB.keys()]);
  return [...keys].map((key) => {
    const sideA = sideOf(pairsA.get(key), a.historical);
    const sideB = sideOf(pairsB.get(key), b.historical);
    const [source, target] = orderedPair(...(key.split('|') as [string, string]));
    return {
      id: key,
      source,
      target,
      status: statusOf(sideA, sideB),
      a: sideA,
      b: sideB,
      newlyContested: !!sideA && !!sideB && sideB.net.contested && !sideA.net.contested,
    };
  });
}

function summaryOf(edges: readonly CompareEdge[]): CompareSummary {
  const summary: CompareSummary = { a: 0, b: 0, both: 0, changed: 0, newlyContested: 0 };
  for (const edge of edges) {
    summary[edge.status] += 1;
    if (edge.newlyContested) summary.newlyContested += 1;
  }
  return summary;
}

/** Both views' entities once (A's copy where both hold it), degree counted over the compare's lines. */
function nodesOf(a: GraphResponse, b: GraphResponse, edges: readonly CompareEdge[]): GraphNode[] {
  const neighbours = new Map<string, Set<string>>();
  const link = (from: string, to: string) => neighbours.set(from, (neighbours.get(from) ?? new Set()).add(to));
  for (const edge of edges) {
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }
  const nodes = new Map<string, GraphNode>();
  for (const node of [...a.nodes, ...b.nodes]) if (!nodes.has(node.id)) nodes.set(node.id, node);
  return [...nodes.values()]
    .map((node) => ({ ...node, degree: neighbours.get(node.id)?.size ?? 0 }))
    .sort((x, y) => y.degree - x.degree || compareIds(x.id, y.id));
}

/** Every claim either view's edges name, once: A's in its order, then those only B holds. */
function claimsOf(a: GraphResponse, b: GraphResponse): EdgeClaim[] {
  const claims = new Map<string, EdgeClaim>();
  for (const claim of [a, b].flatMap((view) => view.edges.flatMap((edge) => edge.claims)))
    if (!claims.has(claim.claimId)) claims.set(claim.claimId, claim);
  return [...claims.values()];
}

/** The compare of two sides' views: see contract/compare.ts. */
export function compareViews(a: CompareInput, b: CompareInput): CompareResponse {
  const rank = (status: CompareStatus) => STATUS_ORDER.indexOf(status);
  const edges = pairEdges(a, b).sort((x, y) => rank(x.status) - rank(y.status) || compareIds(x.id, y.id));
  return {
    nodes: nodesOf(a.view, b.view, edges),
    edges,
    claims: claimsOf(a.view, b.view),
    summary: summaryOf(edges),
    sides: { a: { claims: a.view.counts.claims }, b: { claims: b.view.counts.claims } },
    truncated: a.view.truncated || b.view.truncated,
  };
}
