// The "What changed" sheet's own blocks: the legend of the four status marks (with their counts),
// the summary, the ranked changes, and one side's source for a pair (its reading and quotes).
// Pure: data in, SVG markup out; every text escaped by text().
import type { CompareEdge, CompareResponse, EdgeClaim } from '../../contract/index.ts';
import { CONTESTED_STYLE } from '../graph/graph-style.ts';
import { plural } from '../ui/evidence-format.ts';
import { badgeMarkup } from '../export/sheet-graph.ts';
import { citation, pickClaims } from '../export/sheet-sources.ts';
import { MUTED, T, text } from '../export/sheet-text.ts';
import type { SheetArticle } from '../export/sheet-types.ts';
import { fitLine, textWidth, wrapText } from '../export/text-metrics.ts';
import { tag } from '../export/xml.ts';
import type { Frame } from '../export/sheet-blocks.ts';
import { COMPARE_COLOUR_NOTE, STATUS_ORDER, STATUS_STYLE } from './compare-style.ts';
import { emptySides, sideCounts, summaryLine } from './compare-summary.ts';
import { CHANGE_KINDS, CHANGE_TITLES, changeText, readingText, sideClaims, type WhatChanged } from './what-changed.ts';

const label = (x: number, y: number, words: string) => text(x, y, words, { size: T.label.size, 'font-weight': 'bold', fill: MUTED });

/** The four marks in one row, each with its count, the colour note and the contested halo under them. */
export function drawStatusLegend(summary: CompareResponse['summary'], { x, width, y }: Frame): { markup: string; bottom: number } {
  const out = [label(x, y + 9, 'LEGEND')];
  let cx = x + textWidth('LEGEND', T.label) + 8;
  for (const status of STATUS_ORDER) {
    const style = STATUS_STYLE[status];
    const line = { x1: cx, y1: y + 6.5, x2: cx + 22, y2: y + 6.5 };
    if (style.casing)
      out.push(
        tag('line', {
          ...line,
          stroke: style.casing.color,
          'stroke-opacity': style.casing.opacity,
          'stroke-width': 1.6 + style.extraWidth / 2 + (2 * style.casing.padding) / 2,
          'stroke-linecap': 'round',
        }),
      );
    out.push(
      tag('line', {
        ...line,
        stroke: style.casing ? '#8a8a8a' : '#444444',
        'stroke-width': 1.6 + style.extraWidth / 2,
        'stroke-linecap': style.cap,
        'stroke-dasharray': style.dash?.map((d) => d * 0.7).join(' '),
      }),
    );
    const words = `${style.label.split(':')[0]} (${summary[status]})`;
    out.push(tag('g', { 'data-legend': `cmp-${status}` }, text(cx + 26, y + 9, words, { size: 7 })));
    cx += 26 + textWidth(words, { size: 7 }) + 12;
  }
  const halo = {
    x1: x,
    y1: y + 19.5,
    x2: x + 16,
    y2: y + 19.5,
    stroke: CONTESTED_STYLE.color,
    'stroke-opacity': CONTESTED_STYLE.opacity,
    'stroke-width': 6,
  };
  out.push(tag('line', halo), badgeMarkup(1, x + 27, y + 19.5, 4.6));
  const note = `contested pair · 1 a pair's number, its sources below · ${COMPARE_COLOUR_NOTE}`;
  const lines = wrapText(note, { size: 6.6, width: width - 36, maxLines: 2 });
  lines.forEach((line, i) => out.push(text(x + 36, y + 22 + i * 8.4, line, { size: 6.6, fill: MUTED })));
  return { markup: tag('g', { id: 'legend' }, out.join('')), bottom: y + 16 + lines.length * 8.4 + 4 };
}

/** "SUMMARY" with the counts per status, the claims per side, and a word for a side that matches nothing. */
export function drawSummary(
  response: Pick<CompareResponse, 'summary' | 'sides'>,
  { x, width, y }: Frame,
): { markup: string; bottom: number } {
  const words = [summaryLine(response.summary), sideCounts(response.sides), ...emptySides(response.sides)].join(' · ');
  const lines = wrapText(words, { ...T.point, width: width - 50, maxLines: 3 });
  const out = [
    label(x, y + 9, 'SUMMARY'),
    ...lines.map((line, i) => text(x + 50, y + 9 + i * T.point.lead, line, { size: T.point.size, class: 'cmp-summary' })),
  ];
  return { markup: tag('g', { id: 'compare-summary' }, out.join('')), bottom: y + 4 + lines.length * T.point.lead };
}

/** Changes listed per kind before "+N more". */
const LISTED = 5;

/** The ranked changes: per kind its count and its pairs, each with its number and both readings. */
export function drawChanges(
  changes: WhatChanged,
  numbers: ReadonlyMap<string, number>,
  name: (id: string) => string,
  { x, width, y }: Frame,
) {
  const out = [
    label(x, y + 9, 'WHAT CHANGED'),
    text(x + textWidth('WHAT CHANGED', T.label) + 6, y + 9, 'ranked by distinct articles over both sides', {
      size: T.label.size,
      fill: MUTED,
    }),
  ];
  let cy = y + 9 + T.point.lead;
  for (const kind of CHANGE_KINDS) {
    const list = changes[kind];
    const items = list
      .slice(0, LISTED)
      .map(
        ({ edge, articles }) =>
          `[${numbers.get(edge.id)}] ${name(edge.source)} – ${name(edge.target)} (${plural(articles, 'article')}): ${changeText(edge, '; ')}`,
      );
    if (list.length > LISTED) items.push(`+${list.length - LISTED} more`);
    const head = `${CHANGE_TITLES[kind]} (${list.length})`;
    out.push(text(x, cy, head, { size: T.point.size, 'font-weight': 'bold' }));
    if (items.length === 0) out.push(text(x + 100, cy, 'none', { size: T.point.size, fill: MUTED }));
    for (const item of items) {
      for (const line of wrapText(item, { ...T.point, width: width - 100, maxLines: 2 })) {
        out.push(text(x + 100, cy, line, { size: T.point.size, class: 'cmp-change' }));
        cy += T.point.lead;
      }
    }
    if (items.length === 0) cy += T.point.lead;
    cy += 2;
  }
  return { markup: tag('g', { id: 'what-changed' }, out.join('')), bottom: cy };
}

export interface Block {
  height: number;
  draw(x: number, y: number): string;
}

export interface SideSourceContext {
  claims: ReadonlyMap<string, EdgeClaim>;
  articles: ReadonlyMap<string, SheetArticle>;
  name: (id: string) => string;
  width: number;
}

const INDENT = 14;

/** One pair as one side states it: its number, its names, the side's reading, two quotes and where the rest are. */
export function sideSourceBlock(edge: CompareEdge, number: number, side: 'a' | 'b', context: SideSourceContext): Block {
  const inner = context.width - INDENT;
  const head = fitLine(`${context.name(edge.source)} – ${context.name(edge.target)}`, { ...T.head, width: inner });
  const reading = fitLine(`${side.toUpperCase()}: ${readingText(edge, side)}`, { ...T.facts, width: inner });
  const claims = sideClaims(edge, side, context.claims);
  const { shown, more } = pickClaims(claims, 2);
  const quotes = shown.map((claim) => {
    const lines = wrapText(`“${claim.quote}”`, { ...T.quote, width: inner - 2, maxLines: 3 });
    const cite = wrapText(citation(claim, context.articles.get(claim.articleId), context.name), {
      ...T.cite,
      width: inner - 2,
      maxLines: 2,
    });
    return { claim, lines, cite };
  });
  const rest = more > 0 ? `+${more} more claim${more === 1 ? '' : 's'}` : null;
  const height =
    T.head.lead +
    T.facts.lead +
    quotes.reduce((sum, q) => sum + 2 + q.lines.length * T.quote.lead + q.cite.length * T.cite.lead, 0) +
    (rest ? T.cite.lead : 0) +
    7;
  return {
    height,
    draw(x, y) {
      const out = [
        badgeMarkup(number, x + 5.2, y + 4.7, 5.2),
        text(x + INDENT, y + T.head.lead - 2, head, { size: T.head.size, 'font-weight': 'bold' }),
      ];
      let cy = y + T.head.lead + T.facts.lead;
      out.push(text(x + INDENT, cy - 2, reading, { size: T.facts.size, fill: MUTED }));
      for (const { claim, lines, cite } of quotes) {
        cy += 2;
        const markup = [
          ...lines.map((line) => text(x + INDENT + 2, (cy += T.quote.lead) - 2, line, { size: T.quote.size, 'font-style': 'italic' })),
          ...cite.map((line) => text(x + INDENT + 2, (cy += T.cite.lead) - 1.6, line, { size: T.cite.size, fill: MUTED })),
        ];
        out.push(tag('g', { class: 'claim', 'data-claim-id': claim.claimId }, markup.join('')));
      }
      if (rest) out.push(text(x + INDENT + 2, (cy += T.cite.lead) - 1.6, rest, { size: T.cite.size, fill: MUTED }));
      return tag('g', { class: 'source', 'data-side': side, 'data-number': number, 'data-edge': edge.id }, out.join(''));
    },
  };
}
