// The briefing sheet: A4 pages as SVG documents, built from plain data (pure: data in, SVG out).
// The first page has the heading (editable title and subtitle, the date), the key points, the graph
// as laid out on screen with every relationship numbered on it, the legend of what the view
// contains, and the numbered sources; the sources continue on further pages until every
// relationship is listed. Each page ends with "N claims from M articles", its number and what
// reopens the view. Every piece of text is XML-escaped.
import { lineNoun } from '../graph/pair-edges.ts';
import { plural } from '../ui/evidence-format.ts';
import { briefingEvidence, numbersOf, type BriefingEvidence } from './briefing-evidence.ts';
import { legendContents } from './legend-contents.ts';
import { drawContinuation, drawFooter, drawHeading, drawKeyPoints, type Frame } from './sheet-blocks.ts';
import { drawGraph, fitGraph, type Box } from './sheet-graph.ts';
import { drawLegend } from './sheet-legend.ts';
import { pageCount, paginate, type Column } from './sheet-pages.ts';
import { summaryText } from './sheet-sources.ts';
import { MUTED, rule, T, text } from './sheet-text.ts';
import type { SheetArticle, SheetBloc, SheetEdge, SheetNode } from './sheet-types.ts';
import { sourceBlock } from './source-block.ts';
import { textWidth } from './text-metrics.ts';
import { escapeXml, tag } from './xml.ts';

export interface BriefingInput {
  title: string;
  subtitle: string;
  /** As it is to be printed, e.g. "7 March 2025". */
  date: string;
  nodes: readonly SheetNode[];
  edges: readonly SheetEdge[];
  /** Article metadata by id (from /api/articles). */
  articles: ReadonlyMap<string, SheetArticle>;
  /** Entity names by id (speakers, edge ends). */
  name: (id: string) => string;
  /** Bloc swatches when nodes are coloured by bloc. */
  blocs?: readonly SheetBloc[] | null;
  /** What reopens the view (view-reference.ts), printed in every footer. */
  reference?: string | null;
  /** Historical claims count in the key points, as the view's lines count them (default false). */
  historical?: boolean;
}

export interface BriefingOptions {
  /** Page size in pt; default A4 portrait (595.28 × 841.89). */
  page?: { width: number; height: number };
  /** Page margin in pt; default 36. */
  margin?: number;
  /** Height of the graph's box in pt; default 300, or 440 when more than 20 lines are numbered (their sources go on to page 2 anyway, and the numbers need the room). */
  graphHeight?: number;
  /** Columns of sources; default 2. */
  columns?: number;
  /** Space between columns in pt; default 16. */
  gutter?: number;
  /** Quotes per relationship (the other articles are named under them); default 2. */
  claimsPerEdge?: number;
  /** Lines per quote before it is cut with an ellipsis; default 4. */
  maxQuoteLines?: number;
}

export interface BriefingSheet {
  /** One SVG document per page. */
  pages: string[];
  /** The pages one under the other in one SVG document (the SVG download and the preview). */
  svg: string;
  /** The numbered sources, key points and counts the pages show. */
  evidence: BriefingEvidence;
}

export const A4 = { width: 595.28, height: 841.89 };
const DEFAULTS: Required<Omit<BriefingOptions, 'graphHeight'>> = {
  page: A4,
  margin: 36,
  columns: 2,
  gutter: 16,
  claimsPerEdge: 2,
  maxQuoteLines: 4,
};
/** Room the footer takes at the bottom of every page. */
const FOOTER = 30;
/** Space between stacked pages in the one-document SVG. */
const PAGE_GAP = 24;

type Options = Required<BriefingOptions>;

/** The graph's height when not given: taller when many numbers crowd it. */
const graphHeightFor = (lines: number) => (lines > 20 ? 440 : 300);

/** Page 1 above the sources: heading, key points, the numbered graph, the legend; and where the sources start. */
function firstPage(
  input: BriefingInput,
  evidence: BriefingEvidence,
  o: Options,
  sourcesLater = false,
): { markup: string[]; sourcesTop: number } {
  const frame = (y: number): Frame => ({ x: o.margin, width: o.page.width - 2 * o.margin, y });
  const heading = drawHeading(input, frame(o.margin));
  const points = drawKeyPoints(evidence.keyPoints, input.name, frame(heading.bottom + 4));
  const box: Box = { x: o.margin, y: points.bottom + 4, width: frame(0).width, height: o.graphHeight };
  const graph = drawGraph({ nodes: input.nodes, edges: input.edges, numbers: numbersOf(evidence), box });
  const legend = drawLegend({
    ...frame(box.y + box.height + 6),
    lineScale: fitGraph(input.nodes, input.edges, box).scale,
    blocs: input.blocs,
    contents: legendContents(input.nodes, input.edges, true),
  });
  const y = box.y + box.height + 6 + legend.height + 6;
  const note =
    evidence.sources.length === 0
      ? 'no relationship in this view'
      : `numbered on the graph, most articles first${sourcesLater ? ', from page 2 on' : ''}`;
  const frameRect = {
    x: box.x,
    y: box.y,
    width: box.width,
    height: box.height,
    rx: 4,
    fill: 'none',
    stroke: '#dfe2e6',
    'stroke-width': 0.8,
  };
  const markup = [
    ...heading.markup,
    ...points.markup,
    tag('rect', frameRect),
    graph,
    legend.markup,
    rule(o.margin, o.page.width - o.margin, y),
    text(o.margin, y + 10, 'SOURCES', { size: T.label.size, 'font-weight': 'bold', fill: MUTED }),
    text(o.margin + textWidth('SOURCES', T.label) + 6, y + 10, note, { size: T.label.size, fill: MUTED }),
  ];
  return { markup, sourcesTop: y + 16 };
}

/** The columns of sources from `top` down to the footer. */
function columnsFrom(top: number, o: Options): Column[] {
  const width = (o.page.width - 2 * o.margin - (o.columns - 1) * o.gutter) / o.columns;
  const bottom = o.page.height - o.margin - FOOTER;
  return Array.from({ length: o.columns }, (_, i) => ({ x: o.margin + i * (width + o.gutter), top, bottom }));
}

const pageDocument = (body: string, title: string, { width, height }: Options['page']) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n` +
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}pt" height="${height}pt" viewBox="0 0 ${width} ${height}">` +
  tag('title', {}, escapeXml(title)) +
  body +
  '</svg>';

/** The pages one under the other, each on its white ground. */
function stackPages(bodies: readonly string[], title: string, { width, height }: Options['page']): string {
  const total = bodies.length * height + (bodies.length - 1) * PAGE_GAP;
  const pages = bodies.map((body, i) => tag('g', { class: 'page', transform: `translate(0 ${i * (height + PAGE_GAP)})` }, body));
  return pageDocument(pages.join(''), title, { width, height: total });
}

export function briefingSheet(input: BriefingInput, options: BriefingOptions = {}): BriefingSheet {
  const evidence = briefingEvidence(input.edges, { historical: input.historical ?? false });
  const o: Options = { ...DEFAULTS, graphHeight: graphHeightFor(evidence.sources.length), ...options };
  const columnWidth = (o.page.width - 2 * o.margin - (o.columns - 1) * o.gutter) / o.columns;
  const blocks = evidence.sources.map((edge) =>
    sourceBlock(edge, { ...input, width: columnWidth, maxClaims: o.claimsPerEdge, maxQuoteLines: o.maxQuoteLines }),
  );
  const continuation = drawContinuation(input, { x: o.margin, width: o.page.width - 2 * o.margin, y: o.margin });
  const next = columnsFrom(continuation.bottom + 8, o);
  const heights = blocks.map((block) => block.height);
  let first = firstPage(input, evidence, o);
  let placements = paginate(heights, { first: columnsFrom(first.sourcesTop, o), next });
  if (placements.length > 0 && placements[0]!.page > 0) {
    // No source fits under the graph: the graph takes page 1's room rather than leave it blank.
    const room = columnsFrom(first.sourcesTop, o)[0]!.bottom - first.sourcesTop;
    first = firstPage(input, evidence, { ...o, graphHeight: o.graphHeight + room }, true);
    placements = paginate(heights, { first: columnsFrom(first.sourcesTop, o), next });
  }
  const count = pageCount(placements);
  const summary = `${summaryText(evidence.summary)} · ${plural(input.edges.length, lineNoun(input.edges))} among ${plural(input.nodes.length, 'entity', 'entities')}`;
  const bodies = Array.from({ length: count }, (_, page) => {
    const top = page === 0 ? first.markup : continuation.markup;
    const sources = blocks.flatMap((block, i) => (placements[i]!.page === page ? [block.draw(placements[i]!.x, placements[i]!.y)] : []));
    const footer = drawFooter(
      { summary, reference: input.reference ?? null, page: page + 1, pages: count },
      { x: o.margin, width: o.page.width - 2 * o.margin, y: o.page.height - o.margin - FOOTER + 12 },
    );
    return [tag('rect', { x: 0, y: 0, width: o.page.width, height: o.page.height, fill: '#ffffff' }), ...top, ...sources, ...footer].join(
      '',
    );
  });
  return {
    pages: bodies.map((body) => pageDocument(body, input.title, o.page)),
    svg: stackPages(bodies, input.title, o.page),
    evidence,
  };
}
