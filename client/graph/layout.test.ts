import { describe, expect, it } from 'vitest';
import { calmStart, DISTANCE_START_NODES, hashString, idealLength, layoutOptions, seededPositions, startFromDistances } from './layout.ts';

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

  it('when a view is larger than 100 entities, then fcose only refines its start with little energy; smaller views get the full energy', () => {
    const energy = (nodes: number) =>
      (layoutOptions(new Map(), {}, nodes) as unknown as Record<string, number>).initialEnergyOnIncremental!;

    expect(energy(41)).toBe(0.3);
    expect(energy(DISTANCE_START_NODES)).toBe(0.3);
    expect(energy(300)).toBeLessThanOrEqual(0.05);
  });

  /** Two allied triangles joined by one line in tension, and a pair apart from them. */
  const blocs = {
    ids: ['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'c1', 'c2'],
    edges: [
      ...[
        ['a1', 'a2'],
        ['a2', 'a3'],
        ['a1', 'a3'],
        ['b1', 'b2'],
        ['b2', 'b3'],
        ['b1', 'b3'],
        ['c1', 'c2'],
      ].map(([source, target]) => ({ source: source!, target: target!, sign: 1 })),
      { source: 'a1', target: 'b1', sign: -1 },
    ],
  };
  const apart = (start: Map<string, { x: number; y: number }>, a: string, b: string) =>
    Math.hypot(start.get(a)!.x - start.get(b)!.x, start.get(a)!.y - start.get(b)!.y);

  it('when a large view starts from distances, then allies start close and adversaries far apart, the same every time', () => {
    const start = startFromDistances(blocs.ids, blocs.edges, new Map());

    expect(startFromDistances(blocs.ids, blocs.edges, new Map())).toEqual(start);
    expect([...start.values()].every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    const allied = Math.max(apart(start, 'a1', 'a2'), apart(start, 'b1', 'b3'));
    expect(apart(start, 'a1', 'b1')).toBeGreaterThan(2 * allied);
    expect(apart(start, 'a3', 'b3')).toBeGreaterThan(2 * allied);
    // Within about the ideal lengths: allied 78, in tension 390.
    expect(apart(start, 'a1', 'b1')).toBeGreaterThan(200);
    expect(allied).toBeLessThan(150);
  });

  it('when a large view starts from distances with pins, then the start moves so the pinned entities sit around their pins', () => {
    const pins = new Map([
      ['a1', { x: 5000, y: 0 }],
      ['b1', { x: 5400, y: 0 }],
    ]);

    const start = startFromDistances(blocs.ids, blocs.edges, pins);

    const mean = (axis: 'x' | 'y') => (start.get('a1')![axis] + start.get('b1')![axis]) / 2;
    expect(Math.abs(mean('x') - 5200)).toBeLessThanOrEqual(12);
    expect(Math.abs(mean('y'))).toBeLessThanOrEqual(12);
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
