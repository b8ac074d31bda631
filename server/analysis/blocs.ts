// Blocs: a partition of the entities that keeps alliance inside blocs and tension between them
// (correlation clustering over net alignments).
//
// Each signed pair weighs its net alignment w = alliance articles − tension articles (≠ 0).
//   score = Σ w over pairs inside a bloc − Σ w over pairs across blocs
//         = satisfied − violated,  where satisfied = Σ |w| of alliances inside and tensions across,
//                                        violated  = Σ |w| of tensions inside and alliances across.
// Maximising it is NP-hard; this is the greedy + local-move heuristic of Louvain, on this score:
//   1. every entity starts alone; visiting entities in id order, each moves to the neighbouring bloc
//      that raises the score most (or out, alone, when its own bloc pulls negative), until a full
//      pass moves nobody;
//   2. blocs become single nodes (their pair weights summed) and step 1 repeats on that graph,
//      until a level moves nobody;
//   3. one last pass of step 1 over single entities, from the final blocs.
// A move needs a strict gain, so the score only rises and the process ends. Nothing is random:
// entities, neighbours and candidate blocs are visited in id order, and equal gains go to the bloc
// met first, so the same pairs in any order give the same blocs.
// A member's evidence is the distinct articles behind the pairs that place it (its alliances
// inside its bloc, its tensions with other blocs); under WEAK_MEMBER_ARTICLES it is weak.
import { compareIds, WEAK_MEMBER_ARTICLES, type BlocsResult, type EntityRef, type PairReason } from '../../contract/index.ts';
import { signedGraph, type Names } from './balance.ts';
import type { NetAlignment } from './net-alignment.ts';

export interface BlocsOptions {
  /** Id → display name (default: the id). */
  names?: Names;
  /** Explain each member's assignment (default true). */
  explain?: boolean;
  /** Most pairs listed per member under each heading of its explanation (default 3). */
  reasonsPerMember?: number;
  /** Most claim ids listed per pair in an explanation (default 5; `claimCount` has them all). */
  claimIdsPerReason?: number;
}

export function findBlocs(alignments: readonly NetAlignment[], options: BlocsOptions = {}): BlocsResult {
  const { names = new Map<string, string>(), explain = true, reasonsPerMember = 3, claimIdsPerReason = 5 } = options;
  const { ids, edges } = signedGraph(alignments);
  const base = levelGraph(
    ids.length,
    edges.map(({ u, v, weight }) => ({ u, v, weight })),
  );
  const labels = partition(base);

  // Blocs: largest first, then by first member id (members are visited in id order).
  const groups = new Map<number, number[]>();
  labels.forEach((label, node) => {
    const members = groups.get(label);
    if (members) members.push(node);
    else groups.set(label, [node]);
  });
  const ordered = [...groups.values()].sort((x, y) => y.length - x.length || x[0]! - y[0]!);
  const blocOf = new Int32Array(ids.length);
  ordered.forEach((nodes, b) => nodes.forEach((node) => (blocOf[node] = b)));
  const blocId = (b: number) => `bloc-${b + 1}`;
  const ref = (node: number): EntityRef => ({ id: ids[node]!, name: names.get(ids[node]!) ?? ids[node]! });

  let satisfied = 0;
  let violated = 0;
  for (const { u, v, weight } of edges) {
    const inside = blocOf[u] === blocOf[v];
    if (inside === weight > 0) satisfied += Math.abs(weight);
    else violated += Math.abs(weight);
  }

  const pairsOf: { other: number; alignment: NetAlignment }[][] = ids.map(() => []);
  for (const { u, v, alignment } of edges) {
    pairsOf[u]!.push({ other: v, alignment });
    pairsOf[v]!.push({ other: u, alignment });
  }
  const inside = (node: number, other: number) => blocOf[other] === blocOf[node];
  /** The distinct articles behind the pairs that place a member: alliances inside its bloc, tensions with others. */
  const placing = (node: number) =>
    new Set(
      pairsOf[node]!.flatMap(({ other, alignment }) =>
        inside(node, other) ? (alignment.sign > 0 ? alignment.allianceArticles : []) : alignment.sign < 0 ? alignment.tensionArticles : [],
      ),
    ).size;
  const weak = (node: number) => placing(node) < WEAK_MEMBER_ARTICLES;

  const result: BlocsResult = {
    blocs: ordered.map((nodes, b) => ({ id: blocId(b), members: nodes.map(ref), weak: nodes.filter(weak).map((node) => ids[node]!) })),
    score: satisfied - violated,
    satisfied,
    violated,
    counts: { entities: ids.length, pairs: edges.length, blocs: ordered.length },
  };
  if (!explain) return result;

  const reason = (other: number, alignment: NetAlignment): PairReason => ({
    with: ref(other),
    bloc: blocId(blocOf[other]!),
    net: alignment.net,
    alliance: alignment.alliance,
    tension: alignment.tension,
    verdict: alignment.verdict,
    contested: alignment.contested,
    claimIds: alignment.claimIds.slice(0, claimIdsPerReason),
    claimCount: alignment.claimIds.length,
  });
  /** Strongest first (largest |net|), then by the counterpart's id. */
  const strongest = (list: { other: number; alignment: NetAlignment }[]) =>
    list
      .sort((x, y) => Math.abs(y.alignment.net) - Math.abs(x.alignment.net) || compareIds(ids[x.other]!, ids[y.other]!))
      .slice(0, reasonsPerMember)
      .map(({ other, alignment }) => reason(other, alignment));

  result.explanations = ordered.flatMap((nodes) =>
    nodes.map((node) => {
      const pairs = pairsOf[node]!;
      const within = (p: { other: number }) => inside(node, p.other);
      return {
        ...ref(node),
        bloc: blocId(blocOf[node]!),
        evidence: placing(node),
        weak: weak(node),
        allies: strongest(pairs.filter((p) => within(p) && p.alignment.net > 0)),
        opponents: strongest(pairs.filter((p) => !within(p) && p.alignment.net < 0)),
        strains: strongest(pairs.filter((p) => within(p) !== p.alignment.net > 0)),
      };
    }),
  );
  return result;
}

/** A weighted undirected graph over nodes 0..n−1; each adjacency list ascending by neighbour. */
interface LevelGraph {
  n: number;
  neighbours: Int32Array[];
  weights: Float64Array[];
}

function levelGraph(n: number, edges: readonly { u: number; v: number; weight: number }[]): LevelGraph {
  const lists: { to: number; weight: number }[][] = Array.from({ length: n }, () => []);
  for (const { u, v, weight } of edges) {
    if (u === v) continue; // a bloc's inner weight never changes a move's gain
    lists[u]!.push({ to: v, weight });
    lists[v]!.push({ to: u, weight });
  }
  const sorted = lists.map((list) => list.sort((x, y) => x.to - y.to));
  return {
    n,
    neighbours: sorted.map((list) => Int32Array.from(list, (entry) => entry.to)),
    weights: sorted.map((list) => Float64Array.from(list, (entry) => entry.weight)),
  };
}

/** The Louvain-style search described at the top: a bloc label per node of `base`. */
function partition(base: LevelGraph): Int32Array {
  // membership[node of base] = node of the current level graph
  let membership = Int32Array.from({ length: base.n }, (_, i) => i);
  let graph = base;
  for (;;) {
    const labels = Int32Array.from({ length: graph.n }, (_, i) => i);
    if (!localMoves(graph, labels)) break;
    const { next, nodeOf } = aggregate(graph, labels);
    membership = membership.map((node) => nodeOf[labels[node]!]!);
    if (next.n === graph.n) break;
    graph = next;
  }
  localMoves(base, membership);
  return membership;
}

const EPSILON = 1e-9;

/**
 * Moves nodes between blocs while some move raises the score (in place); true if any moved.
 * Moving node i from bloc A to bloc B changes the score by 2·(w(i, B) − w(i, A∖i)), so only the
 * sign of w(i, B) − w(i, A∖i) matters; "alone" is a bloc with w = 0.
 */
function localMoves(graph: LevelGraph, labels: Int32Array): boolean {
  const { n, neighbours, weights } = graph;
  const size = new Int32Array(n);
  for (const label of labels) size[label]! += 1;
  const free: number[] = [];
  for (let label = n - 1; label >= 0; label -= 1) if (size[label] === 0) free.push(label); // pop() gives the smallest

  const toBloc = new Float64Array(n);
  const touched = new Uint8Array(n);
  const candidates: number[] = [];
  let movedAny = false;
  for (let moved = true; moved;) {
    moved = false;
    for (let i = 0; i < n; i += 1) {
      const own = labels[i]!;
      const list = neighbours[i]!;
      const w = weights[i]!;
      for (let k = 0; k < list.length; k += 1) {
        const label = labels[list[k]!]!;
        if (!touched[label]) {
          touched[label] = 1;
          candidates.push(label);
        }
        toBloc[label]! += w[k]!;
      }
      const withOwn = touched[own] ? toBloc[own]! : 0;
      candidates.sort((x, y) => x - y);
      let best = own;
      let bestGain = 0;
      for (const label of candidates) {
        const gain = toBloc[label]! - withOwn;
        if (label !== own && gain > bestGain + EPSILON) {
          best = label;
          bestGain = gain;
        }
      }
      if (size[own]! > 1 && -withOwn > bestGain + EPSILON) best = -1; // better alone
      for (const label of candidates) {
        toBloc[label] = 0;
        touched[label] = 0;
      }
      candidates.length = 0;
      if (best === own) continue;

      size[own]! -= 1;
      if (best === -1) best = free.pop()!;
      if (size[own] === 0) free.push(own);
      labels[i] = best;
      size[best]! += 1;
      moved = movedAny = true;
    }
  }
  return movedAny;
}

/** Each bloc becomes one node (numbered in order of its first member); pair weights are summed. */
function aggregate(graph: LevelGraph, labels: Int32Array): { next: LevelGraph; nodeOf: Int32Array } {
  const nodeOf = new Int32Array(graph.n).fill(-1);
  let count = 0;
  for (const label of labels) if (nodeOf[label] === -1) nodeOf[label] = count++;
  const summed = new Map<number, number>();
  for (let i = 0; i < graph.n; i += 1) {
    const list = graph.neighbours[i]!;
    for (let k = 0; k < list.length; k += 1) {
      const j = list[k]!;
      if (j <= i) continue;
      const [a, b] = [nodeOf[labels[i]!]!, nodeOf[labels[j]!]!];
      if (a === b) continue;
      const key = a < b ? a * count + b : b * count + a;
      summed.set(key, (summed.get(key) ?? 0) + graph.weights[i]![k]!);
    }
  }
  const edges = [...summed].map(([key, weight]) => ({ u: Math.floor(key / count), v: key % count, weight }));
  return { next: levelGraph(count, edges), nodeOf };
}
