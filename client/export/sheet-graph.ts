// The graph as vector SVG, for the briefing sheet, the slide and the SVG export: the on-screen
// layout (a static snapshot; nothing is animated) fitted into a box, vector shapes from the graph's
// own style entries, labels as text, and on the sheet each numbered relationship marked with its
// number where it covers no other number, label or node (badge-placement.ts).
import { POLARITY_STYLE, kindStyle } from '../graph/graph-style.ts';
import { placeBadges, type Badge, type Rect } from './badge-placement.ts';
import { clearLabels } from './label-placement.ts';
import { arrowHead, edgePathData, haloAttrs, lineAttrs, nodeShape } from './sheet-shapes.ts';
import { textWidth, wrapText } from './text-metrics.ts';
import type { DrawnEdge, Point, SheetNode } from './sheet-types.ts';
import { escapeXml, safeColor, tag } from './xml.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SheetGraphOptions {
  /** Labels are never drawn smaller than this, in pt; default 5.5. */
  minLabelSize?: number;
  /** At most this many pt per model px, so a small graph is not blown up; default 1. */
  maxScale?: number;
  /** Space kept free inside the box, in pt; default 10. */
  padding?: number;
  /** Radius of a number marker, in pt; default 5.2. */
  badgeRadius?: number;
  /** Lines are never thinner than this, in pt; default 0.6. */
  minLineWidth?: number;
}

const DEFAULTS: Required<SheetGraphOptions> = { minLabelSize: 5.5, maxScale: 1, padding: 10, badgeRadius: 5.2, minLineWidth: 0.6 };

/** Model-space label wrap width (the stylesheet's text-max-width). */
const LABEL_WRAP = 140;
/** The font family written into the sheet (the PDF maps Helvetica to its own). */
export const SHEET_FONT = 'Helvetica, Arial, "Liberation Sans", sans-serif';

export interface Fit {
  /** pt per model px. */
  scale: number;
  /** Model → sheet. */
  map: (point: Point) => Point;
  labelSize: (node: SheetNode) => number;
}

export interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function extentOf(nodes: readonly SheetNode[], edges: readonly DrawnEdge[], labelScale: (node: SheetNode) => number): Extent {
  const e: Extent = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  const add = (x: number, y: number) => {
    e.x1 = Math.min(e.x1, x);
    e.y1 = Math.min(e.y1, y);
    e.x2 = Math.max(e.x2, x);
    e.y2 = Math.max(e.y2, y);
  };
  for (const node of nodes) {
    add(node.x - node.width / 2, node.y - node.height / 2);
    add(node.x + node.width / 2, node.y + node.height / 2);
    // The label under the node, in model units at the size it will be drawn.
    const size = node.fontSize * labelScale(node);
    const lines = wrapText(node.label, { size, width: LABEL_WRAP * labelScale(node) });
    const half = Math.max(0, ...lines.map((line) => textWidth(line, { size }))) / 2;
    add(node.x - half, node.y + node.height / 2 + 3 + lines.length * size * 1.2);
    add(node.x + half, node.y);
  }
  for (const point of edges.flatMap((edge) => edge.path)) add(point.x, point.y);
  return Number.isFinite(e.x1) ? e : { x1: 0, y1: 0, x2: 1, y2: 1 };
}

/** The graph's extent in model px, labels included, as drawn at 1 pt per px (the SVG export's size). */
export function graphExtent(
  nodes: readonly SheetNode[],
  edges: readonly DrawnEdge[],
  options: Pick<SheetGraphOptions, 'minLabelSize'> = {},
): Extent {
  const { minLabelSize } = { ...DEFAULTS, ...options };
  return extentOf(nodes, edges, (node) => Math.max(1, minLabelSize / node.fontSize));
}

/** Fits the graph into the box, centred; labels below the minimum size are enlarged (and given room). */
export function fitGraph(nodes: readonly SheetNode[], edges: readonly DrawnEdge[], box: Box, options: SheetGraphOptions = {}): Fit {
  const { padding, maxScale, minLabelSize } = { ...DEFAULTS, ...options };
  const inner = { w: Math.max(1, box.width - 2 * padding), h: Math.max(1, box.height - 2 * padding) };
  const scaleFor = (extent: Extent) =>
    Math.min(maxScale, inner.w / Math.max(1, extent.x2 - extent.x1), inner.h / Math.max(1, extent.y2 - extent.y1));
  // Two passes: the label enlargement depends on the scale, and the room it takes on the scale.
  let scale = scaleFor(extentOf(nodes, edges, () => 1));
  const enlarge = (s: number) => (node: SheetNode) => Math.max(1, minLabelSize / (node.fontSize * s));
  let extent = extentOf(nodes, edges, enlarge(scale));
  scale = scaleFor(extent);
  extent = extentOf(nodes, edges, enlarge(scale));
  const offset = {
    x: box.x + padding + (inner.w - (extent.x2 - extent.x1) * scale) / 2,
    y: box.y + padding + (inner.h - (extent.y2 - extent.y1) * scale) / 2,
  };
  return {
    scale,
    map: (point) => ({ x: offset.x + (point.x - extent.x1) * scale, y: offset.y + (point.y - extent.y1) * scale }),
    labelSize: (node) => Math.max(minLabelSize, node.fontSize * scale),
  };
}

/** A number in a white disc with a dark ring: the marker shared by the graph and the sources. */
export function badgeMarkup(number: number, x: number, y: number, radius: number): string {
  const size = number >= 100 ? radius * 0.95 : radius * 1.2;
  return tag(
    'g',
    { class: 'edge-number', 'data-number': number },
    tag('circle', { cx: x, cy: y, r: radius, fill: '#ffffff', stroke: '#1f2328', 'stroke-width': 0.8 }) +
      tag(
        'text',
        {
          x,
          y: y + size * 0.36,
          'text-anchor': 'middle',
          'font-family': SHEET_FONT,
          'font-size': size,
          'font-weight': 'bold',
          fill: '#1f2328',
        },
        String(number),
      ),
  );
}

type Attrs = Record<string, string | number | undefined>;

/** The opacity attribute of something drawn faded on screen; nothing when it is opaque. */
const opacityAttr = (opacity: number | undefined): Attrs => (opacity !== undefined && opacity < 1 ? { opacity: Math.max(0, opacity) } : {});

/** Where everything is drawn: the fit, and each edge's points mapped into the box. */
interface Placed {
  fit: Fit;
  paths: Map<string, Point[]>;
  lineWidth(edge: DrawnEdge): number;
}

function drawEdges(edges: readonly DrawnEdge[], placed: Placed): string[] {
  const k = placed.fit.scale;
  const dashScale = Math.max(k, 0.6);
  const out: string[] = [];
  for (const edge of edges.filter((e) => e.contested)) {
    out.push(
      tag('path', {
        d: edgePathData(placed.paths.get(edge.id)!),
        ...haloAttrs(placed.lineWidth(edge), Math.max(2, 4 * k)),
        ...opacityAttr(edge.opacity),
      }),
    );
  }
  for (const edge of edges.filter((e) => e.mark?.casing)) {
    const { color, padding, opacity } = edge.mark!.casing!;
    const width = placed.lineWidth(edge) + 2 * Math.max(1, padding * k);
    const casing = { fill: 'none', stroke: color, 'stroke-opacity': opacity, 'stroke-width': width, 'stroke-linecap': 'round' };
    out.push(tag('path', { d: edgePathData(placed.paths.get(edge.id)!), ...casing, ...opacityAttr(edge.opacity) }));
  }
  for (const edge of edges) {
    const polarity = POLARITY_STYLE[edge.polarity] ?? POLARITY_STYLE.neutral;
    const style = edge.mark ? { ...polarity, dash: edge.mark.dash, cap: edge.mark.cap } : polarity;
    const points = placed.paths.get(edge.id)!;
    const line = tag('path', { d: edgePathData(points), ...lineAttrs(style, placed.lineWidth(edge), dashScale), 'data-edge': edge.id });
    const arrow =
      edge.directed && points.length >= 2
        ? arrowHead(points.at(-2)!, points.at(-1)!, Math.max(4, placed.lineWidth(edge) * 2 + 3), style.color)
        : '';
    out.push(edge.opacity !== undefined && edge.opacity < 1 ? tag('g', opacityAttr(edge.opacity), line + arrow) : line + arrow);
  }
  return out;
}

function drawNodes(nodes: readonly SheetNode[], fit: Fit): string[] {
  const k = fit.scale;
  return nodes.map((node) => {
    const centre = fit.map(node);
    const attrs = {
      fill: safeColor(node.fill, '#ffffff'),
      stroke: safeColor(node.border, '#666666'),
      'stroke-width': Math.max(0.5, 1.5 * k),
      ...opacityAttr(node.opacity),
      'data-node': node.id,
    };
    return nodeShape(kindStyle(node.kind).shape, { cx: centre.x, cy: centre.y, w: node.width * k, h: node.height * k }, attrs);
  });
}

/** A node's label as laid out on the sheet: its lines, their size, and the box they take. */
export interface LabelLayout {
  node: SheetNode;
  lines: string[];
  size: number;
  box: Rect;
}

/** An entity's shape on the sheet, as a box. */
function shapeBox(node: SheetNode, fit: Fit): Rect {
  const { x, y } = fit.map(node);
  const [w, h] = [(node.width * fit.scale) / 2, (node.height * fit.scale) / 2];
  return { x1: x - w, y1: y - h, x2: x + w, y2: y + h };
}

/** Each node's label, wrapped, at the size the sheet draws it: under its node, or beside it where that meets another label or node. */
export function layoutLabels(nodes: readonly SheetNode[], fit: Fit, bounds: Rect): LabelLayout[] {
  const labels = nodes.flatMap((node) => {
    const size = fit.labelSize(node);
    const lines = wrapText(node.label, { size, width: Math.max(LABEL_WRAP * fit.scale, size * 9) });
    if (lines.length === 0) return [];
    const shape = shapeBox(node, fit);
    const [centre, top] = [(shape.x1 + shape.x2) / 2, shape.y2 + 2];
    const half = Math.max(...lines.map((line) => textWidth(line, { size }))) / 2;
    return [{ node, lines, size, shape, box: { x1: centre - half, y1: top, x2: centre + half, y2: top + lines.length * size * 1.15 } }];
  });
  // Nodes without a label are kept clear too.
  const unlabelled = nodes.filter((node) => !labels.some((label) => label.node === node)).map((node) => shapeBox(node, fit));
  const boxes = clearLabels(labels, { bounds, obstacles: unlabelled });
  return labels.map(({ node, lines, size }, i) => ({ node, lines, size, box: boxes[i]! }));
}

/** The labels on a translucent white ground. */
function drawLabels(labels: readonly LabelLayout[]): string[] {
  return labels.map(({ node, lines, size, box }) => {
    const lineHeight = size * 1.15;
    const ground = tag('rect', {
      x: box.x1 - 1,
      y: box.y1,
      width: box.x2 - box.x1 + 2,
      height: box.y2 - box.y1 + 1,
      rx: 1,
      fill: '#ffffff',
      'fill-opacity': 0.8,
    });
    const text = lines
      .map((line, i) =>
        tag(
          'text',
          {
            x: (box.x1 + box.x2) / 2,
            y: box.y1 + (i + 1) * lineHeight - size * 0.2,
            'text-anchor': 'middle',
            'font-family': SHEET_FONT,
            'font-size': size,
            fill: '#1f2328',
          },
          escapeXml(line),
        ),
      )
      .join('');
    return tag('g', { class: 'node-label', 'data-node': node.id, ...opacityAttr(node.opacity) }, ground + text);
  });
}

/** A number, with a thin leader to its line when it sits beside it. */
function drawBadge(badge: Badge, radius: number): string {
  const leader = badge.anchor
    ? tag('line', {
        x1: badge.anchor.x,
        y1: badge.anchor.y,
        x2: badge.x,
        y2: badge.y,
        stroke: '#1f2328',
        'stroke-width': 0.5,
        class: 'leader',
      })
    : '';
  return leader + badgeMarkup(badge.number, badge.x, badge.y, radius);
}

/** What drawGraph draws: the nodes and edges, the edges' numbers (by edge id), and the box to fit them in. */
export interface GraphDrawing {
  nodes: readonly SheetNode[];
  edges: readonly DrawnEdge[];
  numbers: ReadonlyMap<string, number>;
  box: Box;
}

/** The graph's markup: halos, lines, arrows, nodes, labels, then the numbers on top. */
export function drawGraph({ nodes, edges, numbers, box }: GraphDrawing, options: SheetGraphOptions = {}): string {
  const o = { ...DEFAULTS, ...options };
  const fit = fitGraph(nodes, edges, box, o);
  const placed: Placed = {
    fit,
    paths: new Map(edges.map((edge) => [edge.id, edge.path.map(fit.map)])),
    lineWidth: (edge) => Math.max(o.minLineWidth, edge.width * fit.scale),
  };
  const bounds = { x1: box.x, y1: box.y, x2: box.x + box.width, y2: box.y + box.height };
  const labels = layoutLabels(nodes, fit, bounds);
  const out = [...drawEdges(edges, placed), ...drawNodes(nodes, fit), ...drawLabels(labels)];
  const numbered = edges
    .filter((edge) => numbers.has(edge.id))
    .map((edge) => ({ id: edge.id, number: numbers.get(edge.id)!, path: placed.paths.get(edge.id)! }));
  const badges = placeBadges(numbered, {
    radius: o.badgeRadius,
    labels: labels.map((label) => label.box),
    nodes: nodes.map((node) => ({ ...fit.map(node), r: (Math.max(node.width, node.height) * fit.scale) / 2 })),
    bounds,
  });
  for (const badge of badges) out.push(drawBadge(badge, o.badgeRadius));
  return tag('g', { id: 'graph' }, out.join(''));
}
