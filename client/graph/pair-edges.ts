// The pair view: one line per pair of entities, drawn from the view's relationships (one per
// type). Its look follows the pair's net alignment by the contract's rule, the same the analytics
// apply; its width the distinct articles behind any of its claims; an arrow only where every
// relationship of the pair runs the same way.
import { netOfClaims, netPolarity, pairKey, type GraphEdge, type NetSummary, type Polarity } from '../../contract/index.ts';

export interface PairEdge {
  /** `a|b`, ids ascending (pairKey): the same whichever way its claims run. */
  id: string;
  /** The direction every claim runs when all run one way; else the ids ascending. */
  source: string;
  target: string;
  directed: boolean;
  net: NetSummary;
  /** What the line reads as: alliance (aligned), tension (opposed), else neutral (divided, or neutral only). */
  polarity: Polarity;
  /** One of its relationships has claims that disagree (some alliance, some tension). */
  mixed: boolean;
  /** Distinct articles behind any claim of the pair, neutral ones included. */
  articleCount: number;
  claimCount: number;
  /** The pair's relationships, most claims first. */
  edges: GraphEdge[];
}

const PAIR_ID = /^[^|]+\|[^|]+$/;

/** A pair's id (two ids) rather than a relationship's (`source|TYPE|target`). */
export const isPairId = (id: string): boolean => PAIR_ID.test(id);

/** What a view's lines are, for counts printed beside them: pairs in the pair view, else relationships. */
export const lineNoun = (lines: readonly { id: string }[]): 'pair' | 'relationship' =>
  lines.length > 0 && lines.every((line) => isPairId(line.id)) ? 'pair' : 'relationship';

/** The two entity ids of a pair's or a relationship's id. */
export function endsOf(id: string): [string, string] {
  const parts = id.split('|');
  return [parts[0]!, parts[parts.length - 1]!];
}

export interface PairOptions {
  /** Historical claims count in the net, as the view asked the API (default false). */
  historical?: boolean;
}

function pairOf(id: string, edges: GraphEdge[], { historical = false }: PairOptions = {}): PairEdge {
  const claims = edges.flatMap((edge) => edge.claims);
  const first = edges[0]!;
  const directed = edges.every((edge) => edge.directed && edge.source === first.source);
  const [source, target] = directed ? [first.source, first.target] : endsOf(id);
  const net = netOfClaims(claims, { historical });
  return {
    id,
    source,
    target,
    directed,
    net,
    polarity: netPolarity(net),
    mixed: edges.some((edge) => edge.mixed),
    articleCount: new Set(claims.map((claim) => claim.articleId)).size,
    claimCount: claims.length,
    edges: [...edges].sort((a, b) => b.claimCount - a.claimCount || a.id.localeCompare(b.id)),
  };
}

/** One pair per two entities joined by any relationship, in id order. */
export function pairEdges(edges: readonly GraphEdge[], options: PairOptions = {}): PairEdge[] {
  const byPair = new Map<string, GraphEdge[]>();
  for (const edge of edges) {
    const key = pairKey(edge.source, edge.target);
    const group = byPair.get(key);
    if (group) group.push(edge);
    else byPair.set(key, [edge]);
  }
  return [...byPair].map(([id, group]) => pairOf(id, group, options)).sort((a, b) => a.id.localeCompare(b.id));
}

/** The pair joining two entities, if the view has one. */
export function pairBetween(edges: readonly GraphEdge[], a: string, b: string, options: PairOptions = {}): PairEdge | null {
  const key = pairKey(a, b);
  const group = edges.filter((edge) => pairKey(edge.source, edge.target) === key);
  return group.length > 0 ? pairOf(key, group, options) : null;
}
