// What the API benchmark asks for, picked from the generated corpus (not from the database, so a
// run against NEO4J_URI asks the same questions): the best-connected entity, typical ones, name
// prefixes, and pairs that are connected through a few hops but not directly.
import type { Corpus } from '../server/corpus/schema.ts';
import { createRng } from './prng.ts';

export interface ApiTargets {
  /** The entity with the most claims. */
  hub: { id: string; name: string; claims: number };
  /** Entities with about the median number of claims. */
  typical: string[];
  /** Prefixes (first four letters) of entity names, for the search route. */
  searchPrefixes: string[];
  /** Pairs whose shortest link is `hops` claims long (2–4), for the paths route. */
  pathPairs: { from: string; to: string; hops: number }[];
}

export interface TargetOptions {
  seed?: number;
  typicalCount?: number;
  pairCount?: number;
}

export function pickTargets(
  corpus: Pick<Corpus, 'claims' | 'entities'>,
  { seed = 7, typicalCount = 50, pairCount = 20 }: TargetOptions = {},
): ApiTargets {
  const rng = createRng(seed);
  const graph = adjacency(corpus);
  const { degree } = graph;
  let hubIndex = 0;
  for (let i = 1; i < degree.length; i += 1) if (degree[i]! > degree[hubIndex]!) hubIndex = i;

  const linked = [...degree.keys()].filter((i) => degree[i]! > 0);
  const sortedDegrees = linked.map((i) => degree[i]!).sort((a, b) => a - b);
  const median = sortedDegrees[Math.floor(sortedDegrees.length / 2)] ?? 1;
  const near = linked.filter((i) => degree[i]! >= median && degree[i]! <= Math.max(median * 2, median + 2));
  const typical = sample(near, typicalCount, rng.int);

  const searchPrefixes = [...new Set([hubIndex, ...typical.slice(0, 19)].map((i) => corpus.entities[i]!.name.slice(0, 4)))];

  const pathPairs: ApiTargets['pathPairs'] = [];
  for (const from of typical) {
    if (pathPairs.length >= pairCount) break;
    const distance = bfs(graph, from, 4);
    // The farthest typical entity within four hops, three hops preferred: a real "through whom" question.
    const to = [3, 4, 2].map((hops) => typical.find((i) => i !== from && distance[i] === hops)).find((i) => i !== undefined);
    if (to !== undefined) pathPairs.push({ from: corpus.entities[from]!.id, to: corpus.entities[to]!.id, hops: distance[to]! });
  }

  const hub = corpus.entities[hubIndex]!;
  return {
    hub: { id: hub.id, name: hub.name, claims: degree[hubIndex]! },
    typical: typical.map((i) => corpus.entities[i]!.id),
    searchPrefixes,
    pathPairs,
  };
}

interface Adjacency {
  degree: Int32Array;
  /** CSR: the neighbours of i are targets[offsets[i] .. offsets[i + 1]). */
  offsets: Int32Array;
  targets: Int32Array;
}

function adjacency(corpus: Pick<Corpus, 'claims' | 'entities'>): Adjacency {
  const index = new Map(corpus.entities.map((entity, i) => [entity.id, i]));
  const n = corpus.entities.length;
  const degree = new Int32Array(n);
  const ends = new Int32Array(corpus.claims.length * 2);
  corpus.claims.forEach((claim, c) => {
    const s = index.get(claim.subject)!;
    const o = index.get(claim.object)!;
    ends[2 * c] = s;
    ends[2 * c + 1] = o;
    degree[s]! += 1;
    degree[o]! += 1;
  });
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i += 1) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(ends.length);
  for (let c = 0; c < ends.length; c += 2) {
    const s = ends[c]!;
    const o = ends[c + 1]!;
    targets[fill[s]!++] = o;
    targets[fill[o]!++] = s;
  }
  return { degree, offsets, targets };
}

/** Hops from `from` to every entity within `maxHops` (-1 beyond). */
function bfs({ offsets, targets, degree }: Adjacency, from: number, maxHops: number): Int32Array {
  const distance = new Int32Array(degree.length).fill(-1);
  distance[from] = 0;
  let frontier = [from];
  for (let hop = 1; hop <= maxHops && frontier.length > 0; hop += 1) {
    const next: number[] = [];
    for (const node of frontier) {
      for (let k = offsets[node]!; k < offsets[node + 1]!; k += 1) {
        const other = targets[k]!;
        if (distance[other] === -1) {
          distance[other] = hop;
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return distance;
}

/** Up to `count` distinct items, in a seeded order. */
function sample<T>(items: readonly T[], count: number, int: (n: number) => number): T[] {
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = int(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, count);
}
