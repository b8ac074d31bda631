// The SVG export: the graph as laid out on screen, drawn by the same vector renderer as the
// briefing sheet (sheet-graph.ts) at one unit per model px, as a standalone SVG document; with a
// frame, the title and subtitle above it and the legend of what it contains below. Pure: snapshot
// data in, SVG text out.
import type { Background } from './export-options.ts';
import { legendContents } from './legend-contents.ts';
import { drawHeading } from './sheet-blocks.ts';
import { drawGraph, graphExtent } from './sheet-graph.ts';
import { drawLegend } from './sheet-legend.ts';
import type { DrawnEdge, SheetBloc, SheetNode } from './sheet-types.ts';
import { escapeXml, num, tag } from './xml.ts';

/** A title and subtitle above the graph and its legend below. */
export interface FigureFrame {
  title: string;
  subtitle: string;
  /** Bloc swatches when nodes are coloured by bloc. */
  blocs?: readonly SheetBloc[] | null;
}

export interface GraphSvgOptions {
  /** Width and height of the document per model px; the drawing itself is vector. */
  scale: number;
  /** White paints the whole document; transparent leaves what is not drawn empty. */
  background: Background;
  /** Space kept free around the graph, in model px; default 12. */
  padding?: number;
  /** The document's <title>; default the frame's title, else "entente graph". */
  title?: string;
  /** Title and legend around the graph; default none. */
  frame?: FigureFrame | null;
}

/** A framed figure is at least this wide, so its title and legend do not wrap into a column. */
const MIN_FRAMED_WIDTH = 520;
/** The legend's enlargement in a figure. */
const LEGEND_SCALE = 1.5;

type Graph = { nodes: readonly SheetNode[]; edges: readonly DrawnEdge[] };

/** The document's size and its body: the graph, and with a frame the heading and the legend. */
function figure(graph: Graph, frame: FigureFrame | null, padding: number): { width: number; height: number; body: string } {
  const extent = graphExtent(graph.nodes, graph.edges);
  // Whole units, and at least the extent: the renderer's fit then keeps 1 unit per px.
  const graphWidth = Math.ceil(extent.x2 - extent.x1) + 2 * padding;
  const graphHeight = Math.ceil(extent.y2 - extent.y1) + 2 * padding;
  const width = frame ? Math.max(graphWidth, MIN_FRAMED_WIDTH) : graphWidth;
  const content = { x: padding, width: width - 2 * padding };
  const heading = frame ? drawHeading({ ...frame, date: '' }, { ...content, y: padding }) : null;
  const top = heading ? heading.bottom + 6 : 0;
  const box = { x: (width - graphWidth) / 2, y: top, width: graphWidth, height: graphHeight };
  const drawing = drawGraph({ nodes: graph.nodes, edges: graph.edges, numbers: new Map(), box }, { padding, maxScale: 1 });
  // The legend is drawn at the sheet's type sizes, then enlarged to read beside 12 px labels; its
  // line samples shrink by as much, so they keep the graph's widths.
  const legend = frame
    ? drawLegend({
        x: content.x / LEGEND_SCALE,
        y: (top + graphHeight) / LEGEND_SCALE,
        width: content.width / LEGEND_SCALE,
        lineScale: 1 / LEGEND_SCALE,
        blocs: frame.blocs,
        contents: legendContents(graph.nodes, graph.edges, false),
      })
    : null;
  const legendMarkup = legend ? tag('g', { transform: `scale(${LEGEND_SCALE})` }, legend.markup) : '';
  const height = top + graphHeight + (legend ? legend.height * LEGEND_SCALE + padding : 0);
  return { width, height, body: [...(heading?.markup ?? []), drawing, legendMarkup].join('') };
}

/** The SVG document and its size in units (model px); at `scale` its width and height are that many times larger. */
export function graphFigure(graph: Graph, options: GraphSvgOptions): { svg: string; width: number; height: number } {
  const { width, height, body } = figure(graph, options.frame ?? null, options.padding ?? 12);
  const scale = Number.isFinite(options.scale) && options.scale > 0 ? options.scale : 1;
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width * scale)}" height="${num(height * scale)}" viewBox="0 0 ${num(width)} ${num(height)}">` +
    tag('title', {}, escapeXml(options.title ?? options.frame?.title ?? 'entente graph')) +
    (options.background === 'white' ? tag('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }) : '') +
    body +
    '</svg>';
  return { svg, width, height };
}

export const graphSvg = (graph: Graph, options: GraphSvgOptions): string => graphFigure(graph, options).svg;
