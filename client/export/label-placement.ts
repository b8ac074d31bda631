// Labels on the sheet clear of each other and of the entities. The sheet keeps the on-screen
// layout but never draws a label below its minimum size, so a scaled-down graph gets labels
// larger than the screen's, and one under its entity can meet a neighbour. Such a label moves to
// the nearest place, at most REACH pt off, where it meets no label or entity and stays in the box.
// Deterministic: labels are tried in order, places nearest first in a fixed order.
import type { Rect } from './badge-placement.ts';

/** A label's box as first laid out (under its entity), and its entity's shape. */
export interface LabelSpot {
  box: Rect;
  shape: Rect;
}

/** Space kept between a label and what it must clear, in pt (its white ground reaches 1 pt out). */
const GAP = 1;
/** How far a label may move from its first place, and the step of the places tried, in pt. */
const REACH = 40;
const STEP = 2;
/** Passes over the labels: a label moved may free another's first place. */
const PASSES = 3;

const meet = (a: Rect, b: Rect) => a.x1 < b.x2 + GAP && b.x1 < a.x2 + GAP && a.y1 < b.y2 + GAP && b.y1 < a.y2 + GAP;

const inside = (a: Rect, bounds: Rect) => a.x1 >= bounds.x1 && a.y1 >= bounds.y1 && a.x2 <= bounds.x2 && a.y2 <= bounds.y2;

/** Moves from a label's first place, nearest first (ties: up before down, left before right). */
const MOVES: { x: number; y: number }[] = (() => {
  const moves: { x: number; y: number }[] = [];
  for (let y = -REACH; y <= REACH; y += STEP)
    for (let x = -REACH; x <= REACH; x += STEP) if (Math.hypot(x, y) <= REACH) moves.push({ x, y });
  return moves.sort((a, b) => Math.hypot(a.x, a.y) - Math.hypot(b.x, b.y) || a.y - b.y || a.x - b.x);
})();

const moved = (box: Rect, by: { x: number; y: number }): Rect => ({
  x1: box.x1 + by.x,
  y1: box.y1 + by.y,
  x2: box.x2 + by.x,
  y2: box.y2 + by.y,
});

export interface Surroundings {
  /** Labels stay inside. */
  bounds: Rect;
  /** Boxes labels keep clear of besides the labels and their entities (unlabelled entities). */
  obstacles?: readonly Rect[];
}

/** Each label's box, moved off any label or entity it meets where a free place is near. */
export function clearLabels(labels: readonly LabelSpot[], { bounds, obstacles = [] }: Surroundings): Rect[] {
  const boxes = labels.map((label) => label.box);
  const free = (i: number, box: Rect) =>
    labels.every((other, j) => !meet(box, other.shape) && (i === j || !meet(box, boxes[j]!))) &&
    obstacles.every((obstacle) => !meet(box, obstacle));
  for (let pass = 0; pass < PASSES; pass += 1) {
    let changed = false;
    labels.forEach((label, i) => {
      if (free(i, boxes[i]!)) return;
      const place = MOVES.map((by) => moved(label.box, by)).find((box) => inside(box, bounds) && free(i, box));
      if (place) {
        boxes[i] = place;
        changed = true;
      }
    });
    if (!changed) break;
  }
  return boxes;
}
