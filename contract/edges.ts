// Claim rows → the edges of a view: one edge per (source, target, type) with its claims,
// symmetric types merged both ways. An edge reads as its own claims' polarities amount to by the
// net-alignment rule (a claim's stated polarity wins over its type's usual one), is `mixed` where
// its claims disagree, and `contested` where its pair is by that rule. The
// server's views and the client's console results are drawn by the same functions.
import type { Polarity } from './enums.ts';
import type { EdgeClaim, GraphEdge } from './graph.ts';
import { netOfClaims, netPolarity } from './net-alignment.ts';
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

/** The edge a claim joins: one per (source, type, target); a symmetric type is drawn once, from the smaller id. */
export function edgeOf(row: Omit<ClaimRow, 'claim'>, vocabulary: Symmetry) {
  const directed = !vocabulary.isSymmetric(row.type);
  const [source, target] = directed || row.source <= row.target ? [row.source, row.target] : [row.target, row.source];
  return { id: `${source}|${row.type}|${target}`, source, target, type: row.type, directed };
}

export interface AggregateOptions {
  /** Edges backed by fewer distinct articles are left out (default 1). */
  minArticles?: number;
  /** Historical claims count in the polarities and contested flags (default false). */
  historical?: boolean;
}

export function aggregateEdges(rows: readonly ClaimRow[], vocabulary: Symmetry, options: AggregateOptions = {}): GraphEdge[] {
  const { minArticles = 1, historical = false } = options;
  const edges = new Map<string, { source: string; target: string; type: string; directed: boolean; claims: EdgeClaim[] }>();
  for (const row of rows) {
    const { id, ...where } = edgeOf(row, vocabulary);
    const edge = edges.get(id) ?? { ...where, claims: [] };
    edge.claims.push(row.claim);
    edges.set(id, edge);
  }

  const pairClaims = new Map<string, EdgeClaim[]>();
  for (const row of rows) {
    const key = pairKey(row.source, row.target);
    const claims = pairClaims.get(key);
    if (claims) claims.push(row.claim);
    else pairClaims.set(key, [row.claim]);
  }

  return [...edges.entries()]
    .map(([id, edge]) => {
      const counted = edge.claims.filter((claim) => historical || !claim.historical);
      const polarities = new Set<Polarity>(counted.map((claim) => claim.polarity));
      return {
        id,
        ...edge,
        polarity: netPolarity(netOfClaims(edge.claims, { historical })),
        claimCount: edge.claims.length,
        articleCount: new Set(edge.claims.map((claim) => claim.articleId)).size,
        contested: netOfClaims(pairClaims.get(pairKey(edge.source, edge.target))!, { historical }).contested,
        mixed: polarities.has('alliance') && polarities.has('tension'),
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
