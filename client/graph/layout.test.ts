import { describe, expect, it } from 'vitest';
import { calmStart, hashString, idealLength, iterationsFor, layoutOptions, seededPositions } from './layout.ts';

describe('layout', () => {
  it('when the same ids are seeded twice, in any order, then every node starts at the same place', () => {
    const ids = ['russia', 'pakistan', 'india', 'sergey-lavrov'];

    const first = seededPositions(ids);
    const again = seededPositions([...ids].reverse());

    expect([...first.keys()].sort()).toEqual([...ids].sort());
    for (const id of ids) expect(again.get(id), id).toEqual(first.get(id));
  });

  it('when ids differ, then their start positions differ', () => {
    const positions = seededPositions(['a', 'b', 'c', 'd', 'e', 'f']);

    expect(new Set([...positions.values()].map((p) => `${p.x},${p.y}`)).size).toBe(6);
  });

  it('when hashing, then the result is the unsigned 32-bit FNV-1a of the text', () => {
    // Published FNV-1a test vectors: a fixed value, so a position never moves between runs or releases.
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
    expect(hashString('russia')).not.toBe(hashString('india'));
  });

  it('when laid out, then fcose runs without randomness, to the end at once, and keeps fixed entities where they are', () => {
    const options = layoutOptions(new Map([['russia', { x: 10, y: 20 }]])) as unknown as Record<string, unknown>;

    expect(options).toMatchObject({
      name: 'fcose',
      randomize: false,
      animate: false,
      fixedNodeConstraint: [{ nodeId: 'russia', position: { x: 10, y: 20 } }],
    });
    expect((layoutOptions(new Map()) as unknown as Record<string, unknown>).fixedNodeConstraint).toBeUndefined();
  });

  it('when a view is larger than 100 entities, then fcose runs fewer iterations, so the work stays that of 100', () => {
    expect(iterationsFor(41)).toBe(2500);
    expect(iterationsFor(100)).toBe(2500);
    expect(iterationsFor(300)).toBe(278);
    expect(iterationsFor(1000)).toBe(200);
    expect((layoutOptions(new Map(), {}, 300) as unknown as Record<string, unknown>).numIter).toBe(278);
  });

  it('when pairs are signed, then allies get short lines, adversaries long ones, neutral pairs the base length', () => {
    expect(idealLength(1)).toBeLessThan(idealLength(0));
    expect(idealLength(-1)).toBeGreaterThanOrEqual(2 * idealLength(0));
    expect(idealLength(0, { edgeLength: 100 })).toBe(100);
  });

  it('when a view follows another, then kept entities start where they were and a new one beside its kept neighbours', () => {
    const previous = new Map([
      ['russia', { x: 100, y: 100 }],
      ['pakistan', { x: 300, y: 100 }],
    ]);
    const neighbours = new Map([['india', ['russia', 'pakistan']]]);

    const start = calmStart(['russia', 'pakistan', 'india', 'iran'], neighbours, previous);

    expect(start.get('russia')).toEqual({ x: 100, y: 100 });
    expect(start.get('pakistan')).toEqual({ x: 300, y: 100 });
    const india = start.get('india')!;
    expect(Math.hypot(india.x - 200, india.y - 100)).toBeCloseTo(60, -1);
    expect(start.get('iran')).toEqual(seededPositions(['russia', 'pakistan', 'india', 'iran']).get('iran'));
    expect(calmStart(['russia', 'pakistan', 'india', 'iran'], neighbours, previous)).toEqual(start);
  });
});
