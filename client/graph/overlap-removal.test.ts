import { describe, expect, it } from 'vitest';
import { separate, type Footprint } from './overlap-removal.ts';

const square = (id: string, x: number, y: number, fixed = false): Footprint => ({
  id,
  position: { x, y },
  box: { x1: -10, y1: -10, x2: 10, y2: 25 },
  fixed,
});

const overlapping = (a: Footprint, b: Footprint) =>
  a.position.x + a.box.x1 < b.position.x + b.box.x2 &&
  b.position.x + b.box.x1 < a.position.x + a.box.x2 &&
  a.position.y + a.box.y1 < b.position.y + b.box.y2 &&
  b.position.y + b.box.y1 < a.position.y + a.box.y2;

describe('overlap removal', () => {
  it('when boxes overlap, then they end apart, and boxes already apart stay put', () => {
    const input = [square('a', 0, 0), square('b', 5, 3), square('c', 8, -4), square('far', 500, 500)];

    const placed = separate(input);

    const moved = input.map((f) => ({ ...f, position: placed.get(f.id)! }));
    for (const [i, a] of moved.entries()) for (const b of moved.slice(i + 1)) expect(overlapping(a, b), `${a.id}/${b.id}`).toBe(false);
    expect(placed.get('far')).toEqual({ x: 500, y: 500 });
  });

  it('when one of two is fixed, then only the other moves; the result is the same every time', () => {
    const input = [square('pinned', 0, 0, true), square('free', 0, 0)];

    const placed = separate(input);

    expect(placed.get('pinned')).toEqual({ x: 0, y: 0 });
    expect(placed.get('free')).not.toEqual({ x: 0, y: 0 });
    expect(separate(input)).toEqual(placed);
  });
});
