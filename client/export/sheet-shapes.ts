// SVG markup (strings) for the shapes the graph and its legend use: node shapes by kind, polarity
// lines with their dash patterns, the contested halo and the arrow head. The same geometry as the
// on-screen legend (ui/legend.ts) and the Cytoscape stylesheet, from the same style entries.
import { CONTESTED_STYLE, type NodeShape, type PolarityStyle } from '../graph/graph-style.ts';
import { num, tag } from './xml.ts';
import type { Point } from './sheet-types.ts';

type Attrs = Record<string, string | number | undefined>;

/** Where a node shape goes: centred on (cx, cy), w × h. */
export interface ShapeBox {
  cx: number;
  cy: number;
  w: number;
  h: number;
}

/** A node shape centred on (cx, cy), w × h. */
export function nodeShape(shape: NodeShape, { cx, cy, w, h }: ShapeBox, attrs: Attrs): string {
  const points = (list: [number, number][]) => list.map(([x, y]) => `${num(cx + x * w)},${num(cy + y * h)}`).join(' ');
  switch (shape) {
    case 'round-rectangle':
      return tag('rect', { x: cx - w / 2, y: cy - h / 2, width: w, height: h, rx: Math.min(w, h) * 0.22, ...attrs });
    case 'hexagon':
      return tag('polygon', {
        points: points([
          [-0.5, 0],
          [-0.25, -0.5],
          [0.25, -0.5],
          [0.5, 0],
          [0.25, 0.5],
          [-0.25, 0.5],
        ]),
        ...attrs,
      });
    case 'diamond':
      return tag('polygon', {
        points: points([
          [0, -0.5],
          [0.5, 0],
          [0, 0.5],
          [-0.5, 0],
        ]),
        ...attrs,
      });
    case 'round-tag':
      return tag('polygon', {
        points: points([
          [-0.5, -0.5],
          [0.19, -0.5],
          [0.5, 0],
          [0.19, 0.5],
          [-0.5, 0.5],
        ]),
        'stroke-linejoin': 'round',
        ...attrs,
      });
    case 'ellipse':
    default:
      return tag('ellipse', { cx, cy, rx: w / 2, ry: h / 2, ...attrs });
  }
}

/** Stroke attributes of a polarity's line: colour, dashes scaled by `dashScale`, caps. */
export function lineAttrs(style: PolarityStyle, width: number, dashScale = 1): Attrs {
  return {
    fill: 'none',
    stroke: style.color,
    'stroke-width': width,
    'stroke-linecap': style.cap,
    'stroke-dasharray': style.dash ? style.dash.map((d) => num(d * dashScale)).join(' ') : undefined,
  };
}

/** The translucent halo drawn under a contested pair's line. */
export function haloAttrs(width: number, padding: number): Attrs {
  return {
    fill: 'none',
    stroke: CONTESTED_STYLE.color,
    'stroke-opacity': CONTESTED_STYLE.opacity,
    'stroke-width': width + 2 * padding,
    'stroke-linecap': 'round',
  };
}

/** A filled triangle whose tip is at `tip`, pointing away from `from`. */
export function arrowHead(from: Point, tip: Point, length: number, fill: string): string {
  const dx = tip.x - from.x;
  const dy = tip.y - from.y;
  const d = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / d, dy / d];
  const base = { x: tip.x - ux * length, y: tip.y - uy * length };
  const half = length * 0.55;
  const p = (x: number, y: number) => `${num(x)},${num(y)}`;
  return tag('polygon', {
    points: `${p(tip.x, tip.y)} ${p(base.x - uy * half, base.y + ux * half)} ${p(base.x + uy * half, base.y - ux * half)}`,
    fill,
  });
}

/** The SVG path through an edge's points: a line, or quadratic curves through its control points (as Cytoscape draws them). */
export function edgePathData(points: readonly Point[]): string {
  if (points.length < 2) return '';
  const p = (point: Point) => `${num(point.x)} ${num(point.y)}`;
  const first = points[0]!;
  const last = points.at(-1)!;
  const controls = points.slice(1, -1);
  if (controls.length === 0) return `M ${p(first)} L ${p(last)}`;
  const parts = [`M ${p(first)}`];
  controls.forEach((control, i) => {
    const next = controls[i + 1];
    const end = next ? { x: (control.x + next.x) / 2, y: (control.y + next.y) / 2 } : last;
    parts.push(`Q ${p(control)} ${p(end)}`);
  });
  return parts.join(' ');
}

/** Points along the drawn edge (its curves sampled), for measuring and placing labels on it. */
export function sampleEdge(points: readonly Point[], steps = 16): Point[] {
  if (points.length < 3) return [...points];
  const out: Point[] = [points[0]!];
  const controls = points.slice(1, -1);
  let start = points[0]!;
  controls.forEach((control, i) => {
    const next = controls[i + 1];
    const end = next ? { x: (control.x + next.x) / 2, y: (control.y + next.y) / 2 } : points.at(-1)!;
    for (let s = 1; s <= steps; s += 1) {
      const t = s / steps;
      const a = (1 - t) * (1 - t);
      const b = 2 * (1 - t) * t;
      const c = t * t;
      out.push({ x: a * start.x + b * control.x + c * end.x, y: a * start.y + b * control.y + c * end.y });
    }
    start = end;
  });
  return out;
}

/** The point at fraction t (0–1) of the edge's length. */
export function pointAlong(points: readonly Point[], t: number): Point {
  const line = sampleEdge(points);
  if (line.length === 0) return { x: 0, y: 0 };
  if (line.length === 1) return { ...line[0]! };
  const lengths = [0];
  for (let i = 1; i < line.length; i += 1)
    lengths.push(lengths[i - 1]! + Math.hypot(line[i]!.x - line[i - 1]!.x, line[i]!.y - line[i - 1]!.y));
  const target = Math.min(Math.max(t, 0), 1) * lengths.at(-1)!;
  for (let i = 1; i < line.length; i += 1) {
    if (lengths[i]! >= target) {
      const span = lengths[i]! - lengths[i - 1]! || 1;
      const f = (target - lengths[i - 1]!) / span;
      return { x: line[i - 1]!.x + f * (line[i]!.x - line[i - 1]!.x), y: line[i - 1]!.y + f * (line[i]!.y - line[i - 1]!.y) };
    }
  }
  return { ...line.at(-1)! };
}
