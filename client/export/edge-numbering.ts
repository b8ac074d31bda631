// Which relationships the briefing sheet numbers, and in what order: by evidence, the ones backed
// by the most distinct articles first, then the most claims; ties by id, so the same view always
// numbers the same way.
import type { SheetEdge } from './sheet-types.ts';

type Ranked = Pick<SheetEdge, 'id' | 'articleCount' | 'claimCount'>;

export function compareByEvidence(a: Ranked, b: Ranked): number {
  return b.articleCount - a.articleCount || b.claimCount - a.claimCount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The edges in numbering order (a copy). */
export function byEvidence<T extends Ranked>(edges: readonly T[]): T[] {
  return [...edges].sort(compareByEvidence);
}

/** Edge id → its number (1-based) for the first `count` edges in evidence order. */
export function edgeNumbers(edges: readonly Ranked[], count = edges.length): Map<string, number> {
  return new Map(
    byEvidence(edges)
      .slice(0, Math.max(0, count))
      .map((edge, index) => [edge.id, index + 1]),
  );
}
