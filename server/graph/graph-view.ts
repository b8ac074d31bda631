// Pure functions that turn claim rows into a view: one edge per (source, target, type) with its
// claims, symmetric types merged both ways, pairs with alliance and tension marked contested.
// Type imports only: the client's console draws its results with these too.
import type { Polarity } from '../corpus/schema.ts';
import type { Vocabulary } from '../vocabulary.ts';

export interface EdgeClaim {
  claimId: string;
  quote: string;
  articleId: string;
  statedBy: string | null;
  date: string | null;
  polarity: Polarity;
}

export interface ClaimRow {
  source: string;
  target: string;
  type: string;
  claim: EdgeClaim;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  /** False for symmetric types (RIVAL_OF, MET_WITH): drawn without an arrow. */
  directed: boolean;
  /** The polarity most of its claims state; a tie is neutral (and the pair is contested). */
  polarity: Polarity;
  claimCount: number;
  articleCount: number;
  /** The pair has both alliance and tension claims in this view, of any type. */
  contested: boolean;
  claims: EdgeClaim[];
}

export interface GraphNode {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  /** Distinct neighbours in this view. */
  degree: number;
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function majorityPolarity(claims: readonly { polarity: Polarity }[]): Polarity {
  const counts = { alliance: 0, tension: 0, neutral: 0 };
  for (const claim of claims) counts[claim.polarity] += 1;
  const ranked = (Object.entries(counts) as [Polarity, number][]).sort((a, b) => b[1] - a[1]);
  return ranked[0]![1] === ranked[1]![1] ? 'neutral' : ranked[0]![0];
}

/** The edge a claim joins: one per (source, type, target); a symmetric type is drawn once, from the smaller id. */
export function edgeOf(row: Omit<ClaimRow, 'claim'>, vocabulary: Pick<Vocabulary, 'isSymmetric'>) {
  const directed = !vocabulary.isSymmetric(row.type);
  const [source, target] = directed || row.source <= row.target ? [row.source, row.target] : [row.target, row.source];
  return { id: `${source}|${row.type}|${target}`, source, target, type: row.type, directed };
}

export function aggregateEdges(rows: readonly ClaimRow[], vocabulary: Pick<Vocabulary, 'isSymmetric'>, minArticles = 1): GraphEdge[] {
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
