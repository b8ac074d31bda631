// Triads of the structural-balance analysis as the panel and the graph use them: their key (the
// URL form), their sign pattern in words, the edges of the view between their members, and the
// claims behind their three pairs.
import type { GraphEdge, PathClaim, Triad, TriadEdge } from '../../contract/index.ts';
import type { TriadIds } from '../state/view-state.ts';

export const triadIds = (triad: Pick<Triad, 'members'>): TriadIds => triad.members.map((m) => m.id).sort() as TriadIds;

export const triadKey = (ids: readonly string[]): string => [...ids].sort().join(',');

export function findTriad(triads: readonly Triad[], ids: readonly string[] | null): Triad | undefined {
  if (!ids) return undefined;
  const key = triadKey(ids);
  return triads.find((triad) => triadKey(triadIds(triad)) === key);
}

/** "+ + −": the three pair signs, alliances first. */
export function signPattern(triad: Pick<Triad, 'edges'>): string {
  return [...triad.edges]
    .map((edge) => edge.sign)
    .sort((a, b) => b - a)
    .map((sign) => (sign > 0 ? '+' : '−'))
    .join(' ');
}

/** What the pattern means (Heider): why the triad strains, or why it holds. */
export function patternMeaning(triad: Pick<Triad, 'edges'>): string {
  const negatives = triad.edges.filter((edge) => edge.sign < 0).length;
  return ['friends of friends', 'two allies at odds with each other', 'two allies sharing an adversary', 'three mutual adversaries'][
    negatives
  ]!;
}

/** "+2" or "−1". */
export const netText = (net: number): string => (net > 0 ? `+${net}` : net < 0 ? `−${-net}` : '0');

/** The view's edges whose two ends are both members. */
export function triadEdgesInView(edges: readonly Pick<GraphEdge, 'id' | 'source' | 'target'>[], ids: readonly string[]): string[] {
  const members = new Set(ids);
  return edges.filter((edge) => edge.source !== edge.target && members.has(edge.source) && members.has(edge.target)).map((edge) => edge.id);
}

/** Claims in the view, by claim id, with their edge's type and ends. */
export function claimsInView(edges: readonly GraphEdge[]): Map<string, PathClaim> {
  return new Map(
    edges.flatMap((edge) =>
      edge.claims.map((claim) => [claim.claimId, { ...claim, type: edge.type, source: edge.source, target: edge.target }] as const),
    ),
  );
}

export interface PairClaims {
  edge: TriadEdge;
  /** Found claims, in the order of the pair's claim ids. */
  claims: PathClaim[];
  /** Claim ids not found (they need the pair's /api/analysis/alignment). */
  missing: string[];
}

/** For each pair of the triad, the claims behind its sign, from the claims known so far. */
export function triadClaims(triad: Pick<Triad, 'edges'>, known: ReadonlyMap<string, PathClaim>): PairClaims[] {
  return triad.edges.map((edge) => ({
    edge,
    claims: edge.claimIds.flatMap((id) => (known.has(id) ? [known.get(id)!] : [])),
    missing: edge.claimIds.filter((id) => !known.has(id)),
  }));
}
