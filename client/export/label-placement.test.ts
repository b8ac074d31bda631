import { describe, expect, it } from 'vitest';
import type { Rect } from './badge-placement.ts';
import { clearLabels, type LabelSpot } from './label-placement.ts';

/** An entity 20 pt wide centred at (x, y), its 60 × 10 pt label under it. */
const spot = (x: number, y: number): LabelSpot => ({
  shape: { x1: x - 10, y1: y - 10, x2: x + 10, y2: y + 10 },
  box: { x1: x - 30, y1: y + 12, x2: x + 30, y2: y + 22 },
});
const bounds = { x1: 0, y1: 0, x2: 400, y2: 400 };
const meet = (a: Rect, b: Rect) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe('label placement', () => {
  it('when labels meet nothing, then each stays under its entity', () => {
    const labels = [spot(100, 100), spot(300, 100)];

    expect(clearLabels(labels, { bounds })).toEqual(labels.map((label) => label.box));
  });

  it('when a label under its entity meets another entity and its label, then it moves to the nearest free place', () => {
    const labels = [spot(100, 100), spot(110, 125)];

    const boxes = clearLabels(labels, { bounds });

    expect(boxes[0]).not.toEqual(labels[0]!.box);
    expect(meet(boxes[0]!, boxes[1]!)).toBe(false);
    expect(meet(boxes[0]!, labels[1]!.shape)).toBe(false);
    expect(meet(boxes[1]!, labels[0]!.shape)).toBe(false);
    expect(clearLabels(labels, { bounds })).toEqual(boxes);
  });

  it('when a label must move near the edge of the box, then it takes a free place inside the box, clear of its own entity', () => {
    const labels = [spot(100, 15)];
    const obstacles = [{ x1: 60, y1: 26, x2: 140, y2: 60 }];

    const [box] = clearLabels(labels, { bounds, obstacles });

    expect(box!.y1).toBeGreaterThanOrEqual(bounds.y1);
    expect(meet(box!, obstacles[0]!)).toBe(false);
    expect(meet(box!, labels[0]!.shape)).toBe(false);
  });
});
