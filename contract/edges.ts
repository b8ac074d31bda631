// Claim rows → the edges of a view: one edge per (source, target, type) with its claims,
// symmetric types merged both ways, pairs with alliance and tension marked contested. The
// server's views and the client's console results are drawn by the same functions.
import type { Polarity } from './enums.ts';
import type { EdgeClaim, GraphEdge } from './graph.ts';
import { pairKey } from './pairs.ts';

/** One claim between two entities, as a view's query returns it. */
export interface ClaimRow {
  source: string;
  target: string;
  type: string;
  claim: EdgeClaim;
}

/** What the edge functions need of the vocabulary. */
export interface Symmetry {
  isSymmetric(type: string): boolean;
}

export function majorityPolarity(claims: readonly { polarity: Polarity }[]): Polarity {
  const counts = { alliance: 0, tension: 0, neutral: 0 };
  for (const claim of claims) counts[claim.polarity] += 1;
  const ranked = (Object.entries(counts) as [Polarity, number][]).sort((a, b) => b[1] - a[1]);
  return ranked[0]![1] === ranked[1]![1] ? 'neutral' : ranked[0]![0];
}

/** The edge a claim joins: one per (source, type, target); a symmetric type is drawn once, from the smaller id. */
export function edgeOf(row: Omit<ClaimRow, 'claim'>, vocabulary: Symmetry) {
  const directed = !vocabulary.isSymmetric(row.type);
  const [source, target] = directed || row.source <= row.target ? [row.source, row.target] : [row.target, row.source];
  return { id: `${source}|${row.type}|${target}`, source, target, type: row.type, directed };
}

export function aggregateEdges(rows: readonly ClaimRow[], vocabulary: Symmetry, minArticles = 1): GraphEdge[] {
  const edges = new Map<string, { source: string; target: string; type: string; directed: boolean; claims: EdgeClaim[] }>();
  for (const row of rows) {
    const { id, ...where } = edgeOf(row, vocabulary);
    const edge = edges.get(id) ?? { ...where, claims: [] };
    edge.claims.push(row.claim);
    edges.set(id, edge);
  }

  const pairPolarities = new Map<string, Set<Polarity>>();
  for (const row of rows) {
    const key = pairKey(row.source, row.target);
    pairPolarities.set(key, (pairPolarities.get(key) ?? new Set()).add(row.claim.polarity));
  }

  return [...edges.entries()]
    .map(([id, edge]) => {
      const polarities = pairPolarities.get(pairKey(edge.source, edge.target))!;
      return {
        id,
        ...edge,
        polarity: majorityPolarity(edge.claims),
        claimCount: edge.claims.length,
        articleCount: new Set(edge.claims.map((claim) => claim.articleId)).size,
        contested: polarities.has('alliance') && polarities.has('tension'),
      };
    })
    .filter((edge) => edge.articleCount >= minArticles)
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Distinct neighbours of each node over the given edges. */
export function degrees(edges: readonly GraphEdge[]): Map<string, number> {
  const neighbours = new Map<string, Set<string>>();
  for (const edge of edges) {
    neighbours.set(edge.source, (neighbours.get(edge.source) ?? new Set()).add(edge.target));
    neighbours.set(edge.target, (neighbours.get(edge.target) ?? new Set()).add(edge.source));
  }
  return new Map([...neighbours].map(([id, set]) => [id, set.size]));
}
