import { describe, expect, it } from 'vitest';
import { discHitsRect, discsHit, placeBadges, type Badge, type Disc, type Rect } from './badge-placement.ts';
import { drawGraph } from './sheet-graph.ts';
import type { DrawnEdge, SheetNode } from './sheet-types.ts';

/** A small deterministic generator (mulberry32), so the crowded cases are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RADIUS = 5;
const BOUNDS: Rect = { x1: 0, y1: 0, x2: 500, y2: 300 };

function expectNoOverlap(badges: readonly Badge[], labels: readonly Rect[], nodes: readonly Disc[]): void {
  badges.forEach((badge, i) => {
    const disc = { ...badge, r: RADIUS };
    for (const other of badges.slice(i + 1))
      expect(discsHit(disc, { ...other, r: RADIUS }), `${badge.number} and ${other.number}`).toBe(false);
    for (const label of labels) expect(discHitsRect(disc, label), `${badge.number} on a label`).toBe(false);
    for (const node of nodes) expect(discsHit(disc, node), `${badge.number} on a node`).toBe(false);
  });
}

describe('badge placement', () => {
  it('when the middle of a line is free, then its number sits there, on the line', () => {
    const [badge] = placeBadges(
      [
        {
          id: 'e',
          number: 1,
          path: [
            { x: 0, y: 0 },
            { x: 100, y: 0 },
          ],
        },
      ],
      {
        radius: RADIUS,
        labels: [],
        nodes: [],
        bounds: BOUNDS,
      },
    );

    expect(badge).toEqual({ id: 'e', number: 1, x: 50, y: 0 });
  });

  it('when the middle is under a label, then the number moves along the line', () => {
    const [badge] = placeBadges(
      [
        {
          id: 'e',
          number: 1,
          path: [
            { x: 0, y: 0 },
            { x: 100, y: 0 },
          ],
        },
      ],
      {
        radius: RADIUS,
        labels: [{ x1: 40, y1: -5, x2: 60, y2: 5 }],
        nodes: [],
        bounds: BOUNDS,
      },
    );

    expect(badge!.y).toBe(0);
    expect(badge!.anchor).toBeUndefined();
    expect(discHitsRect({ ...badge!, r: RADIUS }, { x1: 40, y1: -5, x2: 60, y2: 5 })).toBe(false);
  });

  it('when ten lines run between the same two entities, then every number gets its own spot, with a leader where it left its line', () => {
    const path = [
      { x: 100, y: 150 },
      { x: 160, y: 150 },
    ];
    const nodes = [
      { x: 100, y: 150, r: 12 },
      { x: 160, y: 150, r: 12 },
    ];
    const labels = [
      { x1: 80, y1: 164, x2: 120, y2: 176 },
      { x1: 140, y1: 164, x2: 180, y2: 176 },
    ];

    const badges = placeBadges(
      Array.from({ length: 10 }, (_, i) => ({ id: `e${i}`, number: i + 1, path })),
      { radius: RADIUS, labels, nodes, bounds: BOUNDS },
    );

    expect(badges).toHaveLength(10);
    expectNoOverlap(badges, labels, nodes);
    expect(badges.filter((badge) => badge.anchor).length).toBeGreaterThan(0);
    for (const badge of badges.filter((b) => b.anchor)) expect(badge.anchor).toEqual({ x: 130, y: 150 });
  });

  it('when a crowded graph is numbered (69 lines among 13 entities), then no number covers another, a label or a node', () => {
    const next = random(7);
    const nodes = Array.from({ length: 13 }, () => ({ x: 40 + next() * 420, y: 30 + next() * 220, r: 11 }));
    const labels = nodes.map((n) => ({ x1: n.x - 25, y1: n.y + n.r + 2, x2: n.x + 25, y2: n.y + n.r + 14 }));
    const edges = Array.from({ length: 69 }, (_, i) => {
      const a = nodes[Math.floor(next() * 13)]!;
      const b = nodes[(nodes.indexOf(a) + 1 + Math.floor(next() * 12)) % 13]!;
      return { id: `e${i}`, number: i + 1, path: [a, b].map(({ x, y }) => ({ x, y })) };
    });

    const badges = placeBadges(edges, { radius: RADIUS, labels, nodes, bounds: BOUNDS });

    expect(badges.map((b) => b.number)).toEqual(edges.map((e) => e.number));
    expectNoOverlap(badges, labels, nodes);
  });

  it('when the sheet draws a crowded graph, then its numbers cover no other number and no label', () => {
    const next = random(11);
    const nodes: SheetNode[] = Array.from({ length: 13 }, (_, i) => ({
      id: `n${i}`,
      label: `Entity with a long name ${i}`,
      kind: 'Country',
      x: next() * 600,
      y: next() * 400,
      width: 30,
      height: 30,
      fill: '#99DDFF',
      border: '#2b6f8f',
      fontSize: 12,
    }));
    const edges: DrawnEdge[] = Array.from({ length: 40 }, (_, i) => {
      const [a, b] = [nodes[i % 13]!, nodes[(i * 5 + 3) % 13]!];
      return { id: `e${i}`, polarity: 'alliance', directed: false, contested: false, width: 2, path: [a, b].map(({ x, y }) => ({ x, y })) };
    });

    const svg = drawGraph({
      nodes,
      edges,
      numbers: new Map(edges.map((e, i) => [e.id, i + 1])),
      box: { x: 36, y: 100, width: 523, height: 300 },
    });

    const circles = [...svg.matchAll(/<g class="edge-number" data-number="\d+"><circle cx="([\d.-]+)" cy="([\d.-]+)" r="([\d.]+)"/g)].map(
      (m) => ({ x: Number(m[1]), y: Number(m[2]), r: Number(m[3]) }),
    );
    const labelBoxes = [
      ...svg.matchAll(/<g class="node-label"[^>]*><rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"/g),
    ].map((m) => ({ x1: Number(m[1]) + 1, y1: Number(m[2]), x2: Number(m[1]) + Number(m[3]) - 1, y2: Number(m[2]) + Number(m[4]) - 1 }));
    expect(circles).toHaveLength(40);
    expect(labelBoxes).toHaveLength(13);
    circles.forEach((c, i) => {
      // Coordinates are rounded to 0.01 in the markup.
      for (const other of circles.slice(i + 1))
        expect(Math.hypot(c.x - other.x, c.y - other.y)).toBeGreaterThanOrEqual(c.r + other.r - 0.02);
      for (const box of labelBoxes) expect(discHitsRect({ ...c, r: c.r - 0.02 }, box)).toBe(false);
    });
  });
});
