import { describe, expect, it } from 'vitest';
import { hashString, layoutName, layoutOptions, seededPositions } from './layout.ts';

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

  it('when the graph has up to 300 nodes, then cola runs without randomness and animated', () => {
    const options = layoutOptions(300, new Map()) as unknown as Record<string, unknown>;

    expect(layoutName(300)).toBe('cola');
    expect(options).toMatchObject({ name: 'cola', randomize: false, animate: true, fit: true });
  });

  it('when the graph is larger, then fcose takes over and keeps pinned nodes fixed', () => {
    const options = layoutOptions(301, new Map([['russia', { x: 10, y: 20 }]])) as unknown as Record<string, unknown>;

    expect(options).toMatchObject({
      name: 'fcose',
      randomize: false,
      fixedNodeConstraint: [{ nodeId: 'russia', position: { x: 10, y: 20 } }],
    });
  });

  it('when the threshold is set, then it decides the layout', () => {
    expect(layoutName(50, { largeGraphThreshold: 10 })).toBe('fcose');
  });
});
