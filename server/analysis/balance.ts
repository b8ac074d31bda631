// Structural balance over net alignments (Heider; Cartwright & Harary): a triad of entities joined
// pairwise by signed net alignments is balanced when the product of its three signs is positive
// (+++ "friends of friends", +−− "two friends share an enemy") and unbalanced otherwise
// (++− "my two friends are enemies", −−− "three mutual enemies").
//
// Frustration of a view = unbalanced triads / all triads (0 when there are none): the share of
// triangles that strain, not the minimum number of edges to flip.
//
// Triangles are enumerated once each by the "forward" method: entities are ranked by (degree, id),
// each edge is oriented from lower to higher rank, and a triangle u < v < w is found from u by
// meeting u's and v's out-neighbours. Out-degrees stay ≤ √(2m), so the work is O(m·√m).
import { compareIds, type BalanceResult, type EntityRef, type Triad, type TriadEdge } from '../../contract/index.ts';
import type { NetAlignment } from './net-alignment.ts';

/** Id → display name; ids without a name show as themselves. */
export type Names = ReadonlyMap<string, string>;

export function structuralBalance(alignments: readonly NetAlignment[], names: Names = new Map()): BalanceResult {
  const graph = signedGraph(alignments);
  const { ids, edges } = graph;
  const n = ids.length;

  // Rank by (degree, id); orient every edge from lower to higher rank.
  const degree = new Int32Array(n);
  for (const edge of edges) {
    degree[edge.u]! += 1;
    degree[edge.v]! += 1;
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => degree[x]! - degree[y]! || x - y);
  const rank = new Int32Array(n);
  order.forEach((node, r) => (rank[node] = r));
  const out: { to: number; edge: number }[][] = Array.from({ length: n }, () => []);
  edges.forEach((edge, index) => {
    const [from, to] = rank[edge.u]! < rank[edge.v]! ? [edge.u, edge.v] : [edge.v, edge.u];
    out[from]!.push({ to, edge: index });
  });

  const found: { nodes: [number, number, number]; edges: [number, number, number] }[] = [];
  const mark = new Int32Array(n).fill(-1); // mark[w] = edge (u, w) while u is being visited
  for (const u of order) {
    for (const { to: w, edge } of out[u]!) mark[w] = edge;
    for (const { to: v, edge: uv } of out[u]!) {
      for (const { to: w, edge: vw } of out[v]!) {
        const uw = mark[w]!;
        if (uw >= 0) found.push({ nodes: [u, v, w], edges: [uv, uw, vw] });
      }
    }
    for (const { to: w } of out[u]!) mark[w] = -1;
  }

  const ref = (index: number): EntityRef => ({ id: ids[index]!, name: names.get(ids[index]!) ?? ids[index]! });
  const triads = found.map(({ nodes, edges: triangle }) => {
    const [a, b, c] = [...nodes].sort((x, y) => x - y) as [number, number, number]; // node index order is id order
    const edgeOf = (x: number, y: number) => triangle.map((e) => edges[e]!).find((e) => e.u === x && e.v === y)!; // edges have u < v
    const triadEdges = [edgeOf(a, b), edgeOf(a, c), edgeOf(b, c)].map((e) => triadEdge(e.alignment)) as Triad['edges'];
    return {
      members: [ref(a), ref(b), ref(c)] as Triad['members'],
      edges: triadEdges,
      balanced: triadEdges[0].sign * triadEdges[1].sign * triadEdges[2].sign > 0,
      evidence: triadEdges.reduce((sum, edge) => sum + edge.alliance + edge.tension, 0),
    };
  });
  triads.sort(compareTriads);

  const unbalanced = triads.filter((triad) => !triad.balanced).length;
  return {
    triads,
    frustration: triads.length === 0 ? 0 : unbalanced / triads.length,
    counts: { triads: triads.length, unbalanced, pairs: edges.length, entities: n },
  };
}

function compareTriads(x: Triad, y: Triad): number {
  if (x.balanced !== y.balanced) return x.balanced ? 1 : -1;
  return (
    y.evidence - x.evidence ||
    compareIds(x.members[0].id, y.members[0].id) ||
    compareIds(x.members[1].id, y.members[1].id) ||
    compareIds(x.members[2].id, y.members[2].id)
  );
}

function triadEdge(alignment: NetAlignment): TriadEdge {
  const { pair, net, alliance, tension, contested, claimIds } = alignment;
  return { pair, sign: net > 0 ? 1 : -1, net, alliance, tension, contested, claimIds };
}

export interface SignedEdge {
  /** Node indexes, u < v (so ids[u] < ids[v]). */
  u: number;
  v: number;
  /** The net alignment (≠ 0). */
  weight: number;
  alignment: NetAlignment;
}

export interface SignedGraph {
  /** Entities with at least one signed pair, ascending; a node's index is its place here. */
  ids: string[];
  /** One per signed pair (sign ≠ 0: aligned or opposed), in pair order. */
  edges: SignedEdge[];
}

/**
 * The signed pairs (sign ≠ 0) as an indexed graph, independent of input order: ids and pairs are
 * sorted. One alignment per pair (as `netAlignments` returns them); a pair given twice is an error.
 */
export function signedGraph(alignments: readonly NetAlignment[]): SignedGraph {
  // Divided pairs (sign 0 though net ≠ 0) carry no sign: they neither balance nor strain.
  const signed = alignments.filter((alignment) => alignment.sign !== 0 && alignment.pair[0] !== alignment.pair[1]);
  const ids = [...new Set(signed.flatMap((alignment) => alignment.pair))].sort(compareIds);
  const index = new Map(ids.map((id, i) => [id, i]));
  const seen = new Set<string>();
  const edges: SignedEdge[] = [];
  const ordered = signed
    .map((alignment) => {
      const [first, second] = alignment.pair[0] < alignment.pair[1] ? alignment.pair : [alignment.pair[1], alignment.pair[0]];
      return { u: index.get(first)!, v: index.get(second)!, alignment };
    })
    .sort((x, y) => x.u - y.u || x.v - y.v);
  for (const { u, v, alignment } of ordered) {
    const key = `${u}|${v}`;
    if (seen.has(key)) throw new Error(`signedGraph: the pair ${alignment.pair.join('–')} is given twice (merge pairs with netAlignments)`);
    seen.add(key);
    edges.push({ u, v, weight: alignment.net, alignment });
  }
  return { ids, edges };
}
