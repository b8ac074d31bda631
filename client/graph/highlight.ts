// Which elements a set of paths passes: each hop becomes every edge drawn between its two
// entities (its pair's line, or each type's, either direction), since a path hop stands for the pair's claims.
import { pairKey, type EntityPath, type GraphEdge } from '../../contract/index.ts';

export interface PathElements {
  nodes: Set<string>;
  edges: Set<string>;
  /** Entities on the paths that the current view does not show. */
  missing: Set<string>;
}

export function pathElements(paths: readonly EntityPath[], edges: readonly GraphEdge[], nodeIds: ReadonlySet<string>): PathElements {
  const edgesByPair = new Map<string, string[]>();
  for (const edge of edges) {
    const key = pairKey(edge.source, edge.target);
    edgesByPair.set(key, [...(edgesByPair.get(key) ?? []), edge.id]);
  }
  const result: PathElements = { nodes: new Set(), edges: new Set(), missing: new Set() };
  for (const path of paths) {
    for (const id of path.ids) (nodeIds.has(id) ? result.nodes : result.missing).add(id);
    for (const hop of path.hops) {
      const pair = pairKey(hop.from, hop.to);
      const drawn = edgesByPair.get(pair) ?? [];
      for (const id of drawn) result.edges.add(id);
      if (drawn.length > 0) result.edges.add(pair);
    }
  }
  return result;
}

export type SignName = 'aligned' | 'opposed' | 'mixed';

/** +1 aligned, −1 opposed; 0 (a neutral or contested hop) reads as mixed. */
export function signName(sign: number): SignName {
  return sign > 0 ? 'aligned' : sign < 0 ? 'opposed' : 'mixed';
}
