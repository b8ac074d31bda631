// The SVG export: the graph as laid out on screen, drawn by the same vector renderer as the
// briefing sheet (sheet-graph.ts) at one unit per model px, as a standalone SVG document. Pure:
// snapshot data in, SVG text out.
import type { Background } from './export-options.ts';
import { drawGraph, graphExtent } from './sheet-graph.ts';
import type { DrawnEdge, SheetNode } from './sheet-types.ts';
import { escapeXml, num, tag } from './xml.ts';

export interface GraphSvgOptions {
  /** Width and height of the document per model px; the drawing itself is vector. */
  scale: number;
  /** White paints the whole document; transparent leaves what is not drawn empty. */
  background: Background;
  /** Space kept free around the graph, in model px; default 12. */
  padding?: number;
  /** The document's <title>; default "entente graph". */
  title?: string;
}

export function graphSvg(graph: { nodes: readonly SheetNode[]; edges: readonly DrawnEdge[] }, options: GraphSvgOptions): string {
  const padding = options.padding ?? 12;
  const extent = graphExtent(graph.nodes, graph.edges);
  // Whole units, and at least the extent: the renderer's fit then keeps 1 unit per px.
  const width = Math.ceil(extent.x2 - extent.x1) + 2 * padding;
  const height = Math.ceil(extent.y2 - extent.y1) + 2 * padding;
  const drawing = drawGraph(
    { nodes: graph.nodes, edges: graph.edges, numbers: new Map(), box: { x: 0, y: 0, width, height } },
    { padding, maxScale: 1 },
  );
  const scale = Number.isFinite(options.scale) && options.scale > 0 ? options.scale : 1;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width * scale)}" height="${num(height * scale)}" viewBox="0 0 ${width} ${height}">` +
    tag('title', {}, escapeXml(options.title ?? 'entente graph')) +
    (options.background === 'white' ? tag('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }) : '') +
    drawing +
    '</svg>'
  );
}
