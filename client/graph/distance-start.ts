// Start positions for large views from graph distances (pivot MDS, Brandes & Pich 2006): each
// line counts its signed ideal length, so allies start close and adversaries apart, and fcose only
// has to refine a picture that is already right on the whole, in a fraction of the iterations a
// random start needs. Deterministic: pivots by degree and distance, ties by id, no randomness.
import type { Position } from 'cytoscape';

export interface StartEdge {
  source: string;
  target: string;
  /** The line's ideal length, model px. */
  length: number;
}

/** Distances from the pivots to every node; enough for the view's shape, few enough to be quick. */
const PIVOTS = 24;
/** Power iterations per axis: ample for two well-separated eigenvalues of a 24 × 24 matrix. */
const POWER_STEPS = 60;

type Adjacency = { to: number; length: number }[][];

function adjacencyOf(index: ReadonlyMap<string, number>, edges: readonly StartEdge[]): Adjacency {
  const adjacency: Adjacency = Array.from({ length: index.size }, () => []);
  for (const { source, target, length } of edges) {
    const [a, b] = [index.get(source), index.get(target)];
    if (a === undefined || b === undefined || a === b) continue;
    adjacency[a]!.push({ to: b, length });
    adjacency[b]!.push({ to: a, length });
  }
  return adjacency;
}

/** Shortest distances from one node (Dijkstra by array scan: views here hold at most 1,000 nodes). */
function distancesFrom(source: number, adjacency: Adjacency): Float64Array {
  const distance = new Float64Array(adjacency.length).fill(Infinity);
  const done = new Uint8Array(adjacency.length);
  distance[source] = 0;
  for (;;) {
    let next = -1;
    for (let i = 0; i < distance.length; i += 1)
      if (!done[i] && distance[i]! < Infinity && (next < 0 || distance[i]! < distance[next]!)) next = i;
    if (next < 0) return distance;
    done[next] = 1;
    for (const { to, length } of adjacency[next]!) distance[to] = Math.min(distance[to]!, distance[next]! + length);
  }
}

/** Pivots spread over the view: the best connected first, then each the farthest from those chosen (unreachable first). */
function pivotDistances(ids: readonly string[], adjacency: Adjacency): Float64Array[] {
  const order = ids.map((_, i) => i).sort((a, b) => adjacency[b]!.length - adjacency[a]!.length || (ids[a]! < ids[b]! ? -1 : 1));
  const nearest = new Float64Array(ids.length).fill(Infinity);
  const rows: Float64Array[] = [];
  let pivot = order[0]!;
  while (rows.length < Math.min(PIVOTS, ids.length)) {
    const row = distancesFrom(pivot, adjacency);
    rows.push(row);
    for (let i = 0; i < row.length; i += 1) nearest[i] = Math.min(nearest[i]!, row[i]!);
    pivot = order.reduce((best, i) => (nearest[i]! > nearest[best]! ? i : best), order[0]!);
    if (nearest[pivot] === 0) break;
  }
  return rows;
}

/** Squared distances, double-centred: n × k, row per node. Unreachable pairs count as the farthest reachable. */
function centred(rows: readonly Float64Array[], n: number): Float64Array[] {
  const finite = rows.flatMap((row) => [...row].filter(Number.isFinite));
  const far = Math.max(1, ...finite);
  const c = Array.from({ length: n }, (_, i) => Float64Array.from(rows, (row) => Math.min(row[i]!, far) ** 2));
  const colMean = rows.map((_, j) => c.reduce((sum, r) => sum + r[j]!, 0) / n);
  const grand = colMean.reduce((sum, m) => sum + m, 0) / rows.length;
  for (const r of c) {
    const rowMean = r.reduce((sum, v) => sum + v, 0) / rows.length;
    for (let j = 0; j < r.length; j += 1) r[j] = -0.5 * (r[j]! - rowMean - colMean[j]! + grand);
  }
  return c;
}

/** The two leading eigenvectors of CᵀC, by power iteration from fixed vectors (the second kept orthogonal to the first). */
function leadingAxes(c: readonly Float64Array[], k: number): Float64Array[] {
  const ctc = Array.from({ length: k }, (_, a) => Float64Array.from({ length: k }, (_, b) => c.reduce((sum, r) => sum + r[a]! * r[b]!, 0)));
  const axes: Float64Array[] = [];
  for (let axis = 0; axis < 2; axis += 1) {
    let v = Float64Array.from({ length: k }, (_, i) => (i % 2 === axis ? 1 : -0.5) + i / k);
    for (let step = 0; step < POWER_STEPS; step += 1) {
      for (const previous of axes) {
        const dot = v.reduce((sum, x, i) => sum + x * previous[i]!, 0);
        v = v.map((x, i) => x - dot * previous[i]!);
      }
      const next = Float64Array.from(ctc, (row) => row.reduce((sum, x, i) => sum + x * v[i]!, 0));
      const norm = Math.hypot(...next) || 1;
      v = next.map((x) => x / norm);
    }
    axes.push(v);
  }
  return axes;
}

/** A position for each id around (0, 0) from its distances to the pivots, scaled so that lines are as long as they ask on average. */
export function distanceStart(ids: readonly string[], edges: readonly StartEdge[]): Map<string, Position> {
  const index = new Map(ids.map((id, i) => [id, i]));
  const adjacency = adjacencyOf(index, edges);
  const rows = pivotDistances(ids, adjacency);
  const c = centred(rows, ids.length);
  const axes = leadingAxes(c, rows.length);
  const raw = c.map((r) => axes.map((axis) => r.reduce((sum, x, i) => sum + x * axis[i]!, 0)));
  // Least-squares scale: drawn line lengths against their ideal lengths.
  let [both, drawn] = [0, 0];
  for (const { source, target, length } of edges) {
    const [a, b] = [raw[index.get(source)!]!, raw[index.get(target)!]!];
    const d = Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!);
    both += d * length;
    drawn += d * d;
  }
  const scale = drawn > 0 ? both / drawn : 1;
  return new Map(ids.map((id, i) => [id, { x: raw[i]![0]! * scale, y: raw[i]![1]! * scale }]));
}
