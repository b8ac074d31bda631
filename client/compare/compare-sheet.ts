// The "What changed" briefing sheet: A4 pages as SVG documents (pure: data in, SVG out). Page 1:
// the heading (what A and B are), the summary counts, the compared graph with each pair numbered
// (most articles first), the legend of the four marks, the ranked changes; then the sources in two
// columns, side A's on the left and side B's on the right, continuing on further pages. Every page
// ends with the summary and what reopens the comparison.
import type { CompareResponse } from '../../contract/index.ts';
import { A4 } from '../export/briefing-sheet.ts';
import { drawContinuation, drawFooter, drawHeading, type Frame } from '../export/sheet-blocks.ts';
import { drawGraph, type Box } from '../export/sheet-graph.ts';
import { paginate, pageCount, type Column } from '../export/sheet-pages.ts';
import { MUTED, rule, T, text } from '../export/sheet-text.ts';
import type { DrawnEdge, SheetArticle, SheetNode } from '../export/sheet-types.ts';
import { escapeXml, tag } from '../export/xml.ts';
import { drawChanges, drawStatusLegend, drawSummary, sideSourceBlock } from './compare-sheet-parts.ts';
import { summaryLine } from './compare-summary.ts';
import { byEvidence, claimsById, pairArticles, whatChanged } from './what-changed.ts';

export interface CompareSheetInput {
  title: string;
  /** Each side's filters in words. */
  sides: { a: string; b: string };
  date: string;
  response: CompareResponse;
  /** The graph as laid out on screen, each line marked by its status. */
  nodes: readonly SheetNode[];
  edges: readonly DrawnEdge[];
  articles: ReadonlyMap<string, SheetArticle>;
  name: (id: string) => string;
  reference: string | null;
}

export interface CompareSheet {
  pages: string[];
  /** Pair id → its number on the graph and in the sources. */
  numbers: Map<string, number>;
}

const MARGIN = 36;
const FOOTER = 30;
const GUTTER = 16;
const GRAPH_HEIGHT = 300;

/** Every pair numbered, most articles over both sides first. */
function numberPairs(response: CompareResponse): Map<string, number> {
  const claims = claimsById(response);
  const ranked = byEvidence(response.edges.map((edge) => ({ edge, articles: pairArticles(edge, claims) })));
  return new Map(ranked.map(({ edge }, i) => [edge.id, i + 1]));
}

function firstPage(input: CompareSheetInput, numbers: ReadonlyMap<string, number>): { markup: string[]; bottom: number } {
  const width = A4.width - 2 * MARGIN;
  const frame = (y: number): Frame => ({ x: MARGIN, width, y });
  const heading = drawHeading(
    { title: input.title, subtitle: `A: ${input.sides.a} · B: ${input.sides.b}`, date: input.date },
    frame(MARGIN),
  );
  const summary = drawSummary(input.response, frame(heading.bottom + 4));
  const box: Box = { x: MARGIN, y: summary.bottom + 4, width, height: GRAPH_HEIGHT };
  const graph = drawGraph({ nodes: input.nodes, edges: input.edges, numbers, box });
  const legend = drawStatusLegend(input.response.summary, frame(box.y + box.height + 6));
  const changes = drawChanges(whatChanged(input.response), numbers, input.name, frame(legend.bottom + 4));
  const frameRect = { ...box, rx: 4, fill: 'none', stroke: '#dfe2e6', 'stroke-width': 0.8 };
  return {
    markup: [...heading.markup, summary.markup, tag('rect', frameRect), graph, legend.markup, changes.markup],
    bottom: changes.bottom,
  };
}

/** One side's column heading: "A SOURCES" and what the side is. */
function columnHead(side: 'a' | 'b', words: string, { x, y, width }: Frame): string {
  const head = `${side.toUpperCase()} SOURCES`;
  return (
    text(x, y + 9, head, { size: T.label.size, 'font-weight': 'bold', fill: MUTED, class: `sources-${side}` }) +
    text(x + 48, y + 9, words.length > 60 ? `${words.slice(0, 59)}…` : words, { size: T.label.size, fill: MUTED }) +
    rule(x, x + width, y + 13)
  );
}

export function compareSheet(input: CompareSheetInput): CompareSheet {
  const numbers = numberPairs(input.response);
  const first = firstPage(input, numbers);
  const columnWidth = (A4.width - 2 * MARGIN - GUTTER) / 2;
  const claims = claimsById(input.response);
  const continuation = drawContinuation(input, { x: MARGIN, width: A4.width - 2 * MARGIN, y: MARGIN });
  const bottom = A4.height - MARGIN - FOOTER;
  const tops = { first: first.bottom + 8, next: continuation.bottom + 8 };
  const ordered = [...input.response.edges].sort((x, y) => numbers.get(x.id)! - numbers.get(y.id)!);
  const sides = (['a', 'b'] as const).map((side, i) => {
    const x = MARGIN + i * (columnWidth + GUTTER);
    const blocks = ordered
      .filter((edge) => edge[side])
      .map((edge) =>
        sideSourceBlock(edge, numbers.get(edge.id)!, side, { claims, articles: input.articles, name: input.name, width: columnWidth }),
      );
    const column = (top: number): Column[] => [{ x, top: top + 18, bottom }];
    return {
      side,
      x,
      blocks,
      placements: paginate(
        blocks.map((b) => b.height),
        { first: column(tops.first), next: column(tops.next) },
      ),
    };
  });
  const count = Math.max(...sides.map((s) => pageCount(s.placements)));
  const summary = `${summaryLine(input.response.summary)} · ${input.response.edges.length} pairs among ${input.response.nodes.length} entities`;
  const pages = Array.from({ length: count }, (_, page) => {
    const top = page === 0 ? first.markup : continuation.markup;
    const y = page === 0 ? tops.first : tops.next;
    const columns = sides.flatMap(({ side, x, blocks, placements }) => [
      columnHead(side, `${input.sides[side]}${blocks.length === 0 ? ' · matches no claims' : ''}`, { x, y, width: columnWidth }),
      ...blocks.flatMap((block, i) => (placements[i]!.page === page ? [block.draw(placements[i]!.x, placements[i]!.y)] : [])),
    ]);
    const footer = drawFooter(
      { summary, reference: input.reference, page: page + 1, pages: count },
      { x: MARGIN, width: A4.width - 2 * MARGIN, y: A4.height - MARGIN - FOOTER + 12 },
    );
    const body = [tag('rect', { x: 0, y: 0, width: A4.width, height: A4.height, fill: '#ffffff' }), ...top, ...columns, ...footer].join('');
    return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${A4.width}pt" height="${A4.height}pt" viewBox="0 0 ${A4.width} ${A4.height}">${tag('title', {}, escapeXml(input.title))}${body}</svg>`;
  });
  return { pages, numbers };
}
