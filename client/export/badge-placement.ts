// Where the briefing sheet puts each relationship's number: on its line where a spot is free,
// else beside it with a short leader to the line. "Free" is strict: a number never covers another
// number, a label or a node, so a reader can always tell which number is which.
import { pointAlong } from './sheet-shapes.ts';
import type { Point } from './sheet-types.ts';

/** An axis-aligned rectangle (a label's box). */
export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A disc (a node, or a placed number). */
export interface Disc {
  x: number;
  y: number;
  r: number;
}

export interface Badge {
  id: string;
  number: number;
  x: number;
  y: number;
  /** The point on the line the leader goes to, when the number could not sit on its line. */
  anchor?: Point;
}

export interface PlacementOptions {
  /** The badge's radius. */
  radius: number;
  /** Labels: a number never covers one. */
  labels: readonly Rect[];
  /** Nodes: a number never covers one. */
  nodes: readonly Disc[];
  /** Where numbers may go when off their line (the graph's box); numbers leave it only when it is full. */
  bounds: Rect;
  /** Space kept between a number and anything else; default 1. */
  gap?: number;
}

/** Where along a line a number may sit: the middle first, then further out either side. */
const ON_LINE = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82];
/** Directions tried around the line's middle, per ring, when no spot on the line is free. */
const DIRECTIONS = 16;
/** Rings tried before giving up on staying inside the bounds. */
const MAX_RINGS = 200;

/** Distance from a point to a rectangle (0 inside). */
export function rectDistance(p: Point, r: Rect): number {
  return Math.hypot(Math.max(r.x1 - p.x, 0, p.x - r.x2), Math.max(r.y1 - p.y, 0, p.y - r.y2));
}

/** Whether a disc intersects a rectangle. */
export const discHitsRect = (d: Disc, r: Rect): boolean => rectDistance(d, r) < d.r;
/** Whether two discs intersect. */
export const discsHit = (a: Disc, b: Disc): boolean => Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r;

const inside = (p: Point, r: Rect, margin: number) =>
  p.x - margin >= r.x1 && p.x + margin <= r.x2 && p.y - margin >= r.y1 && p.y + margin <= r.y2;

/** Points on rings around `centre`, nearest first; the ring step is one badge diameter. */
function* ringPoints(centre: Point, step: number, rings: number): Generator<Point> {
  for (let ring = 1; ring <= rings; ring += 1) {
    const count = DIRECTIONS * Math.ceil(ring / 2);
    for (let i = 0; i < count; i += 1) {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
      yield { x: centre.x + ring * step * Math.cos(angle), y: centre.y + ring * step * Math.sin(angle) };
    }
  }
}

/**
 * One number per edge, in number order, so the strongest relationships get their middles. Each
 * goes to the first free spot on its line, else to the nearest free spot around the line's middle
 * (inside the bounds if any is free there), with an anchor for a leader line.
 */
export function placeBadges(edges: readonly { id: string; number: number; path: Point[] }[], options: PlacementOptions): Badge[] {
  const { radius, labels, nodes, bounds, gap = 1 } = options;
  const placed: Badge[] = [];
  const free = (p: Point) => {
    const me = { ...p, r: radius + gap };
    return (
      !labels.some((label) => discHitsRect(me, label)) &&
      !nodes.some((node) => discsHit(me, node)) &&
      !placed.some((badge) => discsHit(me, { ...badge, r: radius }))
    );
  };
  for (const edge of [...edges].sort((a, b) => a.number - b.number)) {
    const onLine = ON_LINE.map((t) => pointAlong(edge.path, t)).find(free);
    if (onLine) {
      placed.push({ id: edge.id, number: edge.number, ...onLine });
      continue;
    }
    const anchor = pointAlong(edge.path, 0.5);
    const near = (within: boolean) => {
      for (const p of ringPoints(anchor, radius * 2 + gap, MAX_RINGS)) if ((!within || inside(p, bounds, radius)) && free(p)) return p;
      return null;
    };
    // Rings grow without bound outside the box, so some spot is always free in the end.
    const spot = near(true) ?? near(false) ?? { x: bounds.x2 + radius * (2 * placed.length + 2), y: bounds.y2 + radius * 2 };
    placed.push({ id: edge.id, number: edge.number, ...spot, anchor });
  }
  return placed;
}
