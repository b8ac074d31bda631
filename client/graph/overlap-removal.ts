// Labels clear of each other and of the entities: after the force layout, which spaces entities
// but does not forbid overlaps, boxes that still overlap (each entity's shape with its label) are
// pushed apart along the axis where they overlap least, until none does. Deterministic (index
// order, no randomness); fixed entities (pins, entities kept in place) never move.
import type { Position } from 'cytoscape';

export interface Footprint {
  id: string;
  position: Position;
  /** The shape and label's box around the position: x1, y1 ≤ 0 ≤ x2, y2, in model px. */
  box: { x1: number; y1: number; x2: number; y2: number };
  fixed: boolean;
}

export interface SeparationOptions {
  /** Space kept between two boxes, in model px; default 6. */
  gap?: number;
  /** Passes over all pairs before giving up; default 60. */
  maxPasses?: number;
}

/** How far two boxes overlap on each axis (≤ 0: apart on that axis). */
function overlapOf(a: Footprint, b: Footprint, gap: number): { x: number; y: number } {
  const x = Math.min(a.position.x + a.box.x2, b.position.x + b.box.x2) - Math.max(a.position.x + a.box.x1, b.position.x + b.box.x1) + gap;
  const y = Math.min(a.position.y + a.box.y2, b.position.y + b.box.y2) - Math.max(a.position.y + a.box.y1, b.position.y + b.box.y1) + gap;
  return { x, y };
}

/** Moves a and b apart by their overlap on one axis: half each, or all of it for the one that is free. */
function pushApart(a: Footprint, b: Footprint, overlap: { x: number; y: number }, order: number): void {
  const axis = overlap.x < overlap.y ? 'x' : 'y';
  const apart = b.position[axis] - a.position[axis];
  // Coincident centres part by index, so the result does not depend on floating-point chance.
  const direction = apart > 0 || (apart === 0 && order < 0) ? 1 : -1;
  const amount = overlap[axis];
  const [shareA, shareB] = a.fixed ? [0, 1] : b.fixed ? [1, 0] : [0.5, 0.5];
  a.position[axis] -= direction * amount * shareA;
  b.position[axis] += direction * amount * shareB;
}

/** New positions with no two footprints overlapping (when the fixed ones allow it). */
export function separate(footprints: readonly Footprint[], options: SeparationOptions = {}): Map<string, Position> {
  const { gap = 6, maxPasses = 60 } = options;
  const items = footprints.map((f) => ({ ...f, position: { ...f.position } }));
  for (let pass = 0; pass < maxPasses; pass += 1) {
    let moved = false;
    // Sweep in x: only boxes whose x-ranges meet can overlap.
    const sorted = [...items.keys()].sort(
      (i, j) => items[i]!.position.x + items[i]!.box.x1 - (items[j]!.position.x + items[j]!.box.x1) || i - j,
    );
    for (let s = 0; s < sorted.length; s += 1) {
      const a = items[sorted[s]!]!;
      for (let t = s + 1; t < sorted.length; t += 1) {
        const b = items[sorted[t]!]!;
        if (b.position.x + b.box.x1 > a.position.x + a.box.x2 + gap) break;
        const overlap = overlapOf(a, b, gap);
        if (overlap.x <= 0 || overlap.y <= 0 || (a.fixed && b.fixed)) continue;
        pushApart(a, b, overlap, sorted[s]! - sorted[t]!);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return new Map(items.map((item) => [item.id, { x: Math.round(item.position.x), y: Math.round(item.position.y) }]));
}
