// The briefing sheet: one A4 page as an SVG document, built from plain data (pure: data in, SVG
// string out). Heading (editable title and subtitle, the date), the graph as laid out on screen with
// each listed relationship numbered on it, the legend, the numbered sources (each relationship and
// its quotes with article, outlet and date), and a footer with "N claims from M articles". It keeps
// to one page: relationships are listed by evidence until the space runs out, and the rest are
// counted ("+K more not listed"). Every piece of text is XML-escaped.
import { POLARITY_STYLE } from '../graph/graph-style.ts';
import { byEvidence } from './edge-numbering.ts';
import { badgeMarkup, drawGraph, fitGraph, SHEET_FONT, type Box } from './sheet-graph.ts';
import { drawLegend } from './sheet-legend.ts';
import { lineAttrs } from './sheet-shapes.ts';
import { citation, edgeFacts, evidenceSummary, pickClaims, relationshipText, summaryText, type EvidenceSummary } from './sheet-sources.ts';
import type { SheetArticle, SheetBloc, SheetEdge, SheetNode } from './sheet-types.ts';
import { fitLine, textWidth, wrapText } from './text-metrics.ts';
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
  /** The link that reopens the view, printed in the footer. */
  link?: string | null;
}

export interface BriefingOptions {
  /** Page size in pt; default A4 portrait (595.28 × 841.89). */
  page?: { width: number; height: number };
  /** Page margin in pt; default 36. */
  margin?: number;
  /** Height of the graph's box in pt; default 330. */
  graphHeight?: number;
  /** Columns of sources; default 2. */
  columns?: number;
  /** Space between columns in pt; default 16. */
  gutter?: number;
  /**
   * Quotes listed per relationship, most first; default [2, 1]: two each when every relationship
   * fits that way, else one each, so the page lists as many relationships as it can.
   */
  claimsPerEdge?: number[];
  /** Lines per quote before it is cut with an ellipsis; default 4. */
  maxQuoteLines?: number;
  /** At most this many relationships are numbered; default 40. */
  maxNumbered?: number;
}

export interface BriefingSheet {
  svg: string;
  /** Edge ids in number order (number = index + 1). */
  numbered: string[];
  /** Visible relationships left unnumbered for want of space. */
  notListed: number;
  summary: EvidenceSummary;
}

const A4 = { width: 595.28, height: 841.89 };
const DEFAULTS: Required<BriefingOptions> = {
  page: A4,
  margin: 36,
  graphHeight: 330,
  columns: 2,
  gutter: 16,
  claimsPerEdge: [2, 1],
  maxQuoteLines: 4,
  maxNumbered: 40,
};

const INK = '#1f2328';
const MUTED = '#5f6670';
const RULE = '#c9cdd2';
const T = {
  title: { size: 16, bold: true, lead: 19 },
  subtitle: { size: 9, lead: 11 },
  date: { size: 8 },
  head: { size: 7.4, bold: true, lead: 8.9 },
  facts: { size: 6.3, lead: 8 },
  quote: { size: 7, lead: 8.5 },
  cite: { size: 6.2, lead: 7.5 },
} as const;
const INDENT = 14;
const BADGE_RADIUS = 5.2;

type TextAttrs = Record<string, string | number | undefined>;
/** A line of text: its font size, then any attributes that add to or override the defaults. */
type TextStyle = TextAttrs & { size: number };
const text = (x: number, y: number, content: string, { size, ...attrs }: TextStyle) =>
  tag('text', { x, y, 'font-family': SHEET_FONT, 'font-size': size, fill: INK, ...attrs }, escapeXml(content));

interface Block {
  height: number;
  draw(x: number, y: number): string;
}

/** How one source block is laid out: its number, the column's width, and at most how many quotes. */
interface SourceLayout {
  number: number;
  width: number;
  maxClaims: number;
}

function sourceBlock(
  edge: SheetEdge,
  { number, width, maxClaims }: SourceLayout,
  input: BriefingInput,
  o: Required<BriefingOptions>,
): Block {
  const inner = width - INDENT;
  const head = wrapText(relationshipText(edge, input.name), { ...T.head, width: inner, maxLines: 3 });
  const facts = fitLine(edgeFacts(edge), { ...T.facts, width: inner - 16 });
  const { shown, more } = pickClaims(edge.claims, maxClaims);
  const claims = shown.map((claim) => {
    const lines = wrapText(`“${claim.quote}”`, { ...T.quote, width: inner - 4, maxLines: o.maxQuoteLines });
    if (lines.length > 0 && lines.at(-1)!.endsWith('…')) lines[lines.length - 1] += '”';
    return {
      claim,
      lines,
      cite: wrapText(citation(claim, input.articles.get(claim.articleId), input.name), { ...T.cite, width: inner, maxLines: 2 }),
    };
  });
  const moreLine = more > 0 ? `+${more} more ${more === 1 ? 'claim' : 'claims'}` : null;
  const height =
    head.length * T.head.lead +
    T.facts.lead +
    claims.reduce((sum, c) => sum + 2 + c.lines.length * T.quote.lead + c.cite.length * T.cite.lead, 0) +
    (moreLine ? T.cite.lead + 1 : 0) +
    7;
  return {
    height,
    draw(x, y) {
      const out: string[] = [badgeMarkup(number, x + BADGE_RADIUS, y + BADGE_RADIUS - 0.5, BADGE_RADIUS)];
      let cy = y;
      for (const line of head) out.push(text(x + INDENT, (cy += T.head.lead) - 2, line, { size: T.head.size, 'font-weight': 'bold' }));
      cy += T.facts.lead;
      const style = POLARITY_STYLE[edge.polarity] ?? POLARITY_STYLE.neutral;
      out.push(tag('line', { x1: x + INDENT, y1: cy - 4, x2: x + INDENT + 12, y2: cy - 4, ...lineAttrs(style, 1.4, 0.7) }));
      out.push(text(x + INDENT + 16, cy - 2, facts, { size: T.facts.size, fill: MUTED }));
      for (const { claim, lines, cite } of claims) {
        cy += 2;
        const quote = lines
          .map((line) => text(x + INDENT + 2, (cy += T.quote.lead) - 2, line, { size: T.quote.size, 'font-style': 'italic' }))
          .join('');
        const source = cite
          .map((line) => text(x + INDENT + 2, (cy += T.cite.lead) - 1.6, line, { size: T.cite.size, fill: MUTED }))
          .join('');
        out.push(tag('g', { class: 'claim', 'data-claim-id': claim.claimId }, quote + source));
      }
      if (moreLine)
        out.push(text(x + INDENT + 2, (cy += T.cite.lead + 1) - 1.6, moreLine, { size: T.cite.size, fill: MUTED, 'font-style': 'italic' }));
      return tag('g', { class: 'source', 'data-number': number, 'data-edge': edge.id }, out.join(''));
    },
  };
}

type Options = Required<BriefingOptions>;

/** The heading (title and date, subtitle under both, a rule); returns the markup and where it ends. */
function drawHeading(input: BriefingInput, o: Options): { markup: string[]; bottom: number } {
  const { width: W } = o.page;
  const left = o.margin;
  const content = W - 2 * o.margin;
  const out: string[] = [];
  // The date at the right, the title beside it, the subtitle under both.
  const dateText = fitLine(input.date, { ...T.date, width: content / 3 });
  out.push(text(W - o.margin, o.margin + 8, dateText, { size: T.date.size, 'text-anchor': 'end', fill: MUTED }));
  let y = o.margin;
  const title = wrapText(input.title || 'Untitled briefing', {
    ...T.title,
    width: content - textWidth(dateText, T.date) - 16,
    maxLines: 2,
  });
  for (const line of title)
    out.push(text(left, (y += T.title.lead) - 4, line, { size: T.title.size, 'font-weight': 'bold', class: 'sheet-title' }));
  for (const line of wrapText(input.subtitle, { ...T.subtitle, width: content, maxLines: 3 }))
    out.push(text(left, (y += T.subtitle.lead) - 1, line, { size: T.subtitle.size, fill: MUTED, class: 'sheet-subtitle' }));
  y += 6;
  out.push(tag('line', { x1: left, y1: y, x2: W - o.margin, y2: y, stroke: RULE, 'stroke-width': 0.8 }));
  return { markup: out, bottom: y };
}

/**
 * The sources in columns from `top` to `bottom`, in evidence order until the page is full: with
 * two quotes each when every relationship fits that way, else fewer. The blocks placed, in number order.
 */
function layoutSources(
  input: BriefingInput,
  ranked: readonly SheetEdge[],
  area: { top: number; bottom: number },
  o: Options,
): { id: string; markup: string }[] {
  const left = o.margin;
  const columnWidth = (o.page.width - 2 * o.margin - (o.columns - 1) * o.gutter) / o.columns;
  const layout = (maxClaims: number) => {
    const placed: { id: string; markup: string }[] = [];
    let column = 0;
    let cy = area.top;
    for (const edge of ranked.slice(0, o.maxNumbered)) {
      const block = sourceBlock(edge, { number: placed.length + 1, width: columnWidth, maxClaims }, input, o);
      if (cy + block.height > area.bottom) {
        if (column + 1 >= o.columns || block.height > area.bottom - area.top) break;
        column += 1;
        cy = area.top;
      }
      placed.push({ id: edge.id, markup: block.draw(left + column * (columnWidth + o.gutter), cy) });
      cy += block.height;
    }
    return placed;
  };
  const tries = (o.claimsPerEdge.length > 0 ? o.claimsPerEdge : [1]).map(layout);
  return (
    tries.find((placed) => placed.length === Math.min(ranked.length, o.maxNumbered)) ??
    tries.reduce((best, placed) => (placed.length > best.length ? placed : best))
  );
}

/** The footer: the evidence behind the view, the counts, and the link that reopens it. */
function drawFooter(input: BriefingInput, summary: EvidenceSummary, top: number, o: Options): string[] {
  const { width: W } = o.page;
  const left = o.margin;
  const out: string[] = [tag('line', { x1: left, y1: top, x2: W - o.margin, y2: top, stroke: RULE, 'stroke-width': 0.8 })];
  const footerText = `${summaryText(summary)} · ${input.edges.length} ${input.edges.length === 1 ? 'relationship' : 'relationships'} among ${input.nodes.length} ${input.nodes.length === 1 ? 'entity' : 'entities'}`;
  out.push(text(left, top + 10, footerText, { size: 7.5, class: 'sheet-summary' }));
  out.push(text(W - o.margin, top + 10, 'entente', { size: 7.5, 'text-anchor': 'end', 'font-weight': 'bold', fill: MUTED }));
  if (input.link) out.push(text(left, top + 18, fitLine(input.link, { size: 5.8, width: W - 2 * o.margin }), { size: 5.8, fill: MUTED }));
  return out;
}

export function briefingSheet(input: BriefingInput, options: BriefingOptions = {}): BriefingSheet {
  const o = { ...DEFAULTS, ...options };
  const { width: W, height: H } = o.page;
  const left = o.margin;
  const content = W - 2 * o.margin;
  const heading = drawHeading(input, o);
  const out: string[] = [...heading.markup];

  // The graph's box; the graph itself is drawn once the sources say which edges get numbers.
  const box: Box = { x: left, y: heading.bottom + 8, width: content, height: o.graphHeight };
  const fit = fitGraph(input.nodes, input.edges, box);
  const legend = drawLegend({
    x: left,
    y: box.y + box.height + 6,
    width: content,
    lineScale: fit.scale,
    blocs: input.blocs,
    numbered: input.edges.length > 0,
  });
  const y = box.y + box.height + 6 + legend.height + 6;
  out.push(tag('line', { x1: left, y1: y, x2: W - o.margin, y2: y, stroke: RULE, 'stroke-width': 0.8 }));

  // Sources: columns filled in evidence order until the page is full.
  const footerTop = H - o.margin - 18;
  const bottom = footerTop - 14;
  const ranked = byEvidence(input.edges);
  out.push(text(left, y + 10, 'SOURCES', { size: 6.5, 'font-weight': 'bold', fill: MUTED }));
  out.push(
    text(
      left + textWidth('SOURCES', { size: 6.5, bold: true }) + 6,
      y + 10,
      ranked.length > 0 ? 'numbered on the graph, most articles first' : 'no relationship in this view',
      { size: 6.5, fill: MUTED },
    ),
  );
  const chosen = layoutSources(input, ranked, { top: y + 16, bottom }, o);
  out.push(...chosen.map((block) => block.markup));
  const numbered = chosen.map((block) => block.id);
  const notListed = ranked.length - numbered.length;
  if (notListed > 0) {
    out.push(
      text(left, bottom + 9, `+${notListed} more not listed (fewer articles); open the view's link for every relationship.`, {
        size: 6.8,
        'font-style': 'italic',
        fill: MUTED,
        class: 'not-listed',
      }),
    );
  }
  const summary = evidenceSummary(input.edges);
  out.push(...drawFooter(input, summary, footerTop, o));

  const numbers = new Map(numbered.map((id, index) => [id, index + 1]));
  const graph = drawGraph({ nodes: input.nodes, edges: input.edges, numbers, box });
  const frame = tag('rect', {
    x: box.x,
    y: box.y,
    width: box.width,
    height: box.height,
    rx: 4,
    fill: 'none',
    stroke: '#dfe2e6',
    'stroke-width': 0.8,
  });

  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}pt" height="${H}pt" viewBox="0 0 ${W} ${H}">` +
    tag('title', {}, escapeXml(input.title)) +
    tag('rect', { x: 0, y: 0, width: W, height: H, fill: '#ffffff' }) +
    frame +
    graph +
    legend.markup +
    out.join('') +
    '</svg>';
  return { svg, numbered, notListed, summary };
}
