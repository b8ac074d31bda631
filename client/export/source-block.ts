// One numbered source of the briefing sheet: the relationship ("A — type — B"), its facts (polarity,
// claims, articles), up to a few quotes with their citations, and the other articles that state it,
// so every source of every listed relationship is named.
import type { EdgeClaim as Claim } from '../../contract/index.ts';
import { POLARITY_STYLE } from '../graph/graph-style.ts';
import { plural } from '../ui/evidence-format.ts';
import type { NumberedEdge } from './briefing-evidence.ts';
import { badgeMarkup } from './sheet-graph.ts';
import { lineAttrs } from './sheet-shapes.ts';
import { citation, edgeFacts, pickClaims, relationshipText } from './sheet-sources.ts';
import { MUTED, T, text } from './sheet-text.ts';
import type { SheetArticle } from './sheet-types.ts';
import { fitLine, wrapText } from './text-metrics.ts';
import { tag } from './xml.ts';

export interface Block {
  height: number;
  draw(x: number, y: number): string;
}

export interface SourceBlockContext {
  articles: ReadonlyMap<string, SheetArticle>;
  name: (id: string) => string;
  /** The column's width. */
  width: number;
  /** Quotes shown per relationship. */
  maxClaims: number;
  /** Lines per quote before it is cut with an ellipsis. */
  maxQuoteLines: number;
}

const INDENT = 14;
const BADGE_RADIUS = 5.2;

/** "Also stated in: Title (Outlet); Title (+2 claims)": the articles no shown quote comes from. */
function alsoText(edge: NumberedEdge, shown: readonly Claim[], articles: SourceBlockContext['articles']): string | null {
  const quoted = new Set(shown.map((claim) => claim.articleId));
  const others = [...new Set(edge.claims.map((claim) => claim.articleId))].filter((id) => !quoted.has(id));
  const hidden = edge.claims.length - shown.length;
  if (hidden === 0) return null;
  const titles = others.map((id) => {
    const article = articles.get(id);
    return article ? [article.title, article.outlet].filter(Boolean).join(', ') : id;
  });
  return titles.length > 0
    ? `Also stated in: ${titles.join('; ')} (${plural(hidden, 'more claim')})`
    : `+${plural(hidden, 'more claim')} in the articles quoted`;
}

export function sourceBlock(edge: NumberedEdge, context: SourceBlockContext): Block {
  const inner = context.width - INDENT;
  const head = wrapText(relationshipText(edge, context.name), { ...T.head, width: inner, maxLines: 3 });
  const facts = fitLine(edgeFacts(edge), { ...T.facts, width: inner - 16 });
  const { shown } = pickClaims(edge.claims, context.maxClaims);
  const claims = shown.map((claim) => {
    const lines = wrapText(`“${claim.quote}”`, { ...T.quote, width: inner - 4, maxLines: context.maxQuoteLines });
    if (lines.length > 0 && lines.at(-1)!.endsWith('…')) lines[lines.length - 1] += '”';
    const source = citation(claim, context.articles.get(claim.articleId), context.name);
    return { claim, lines, cite: wrapText(source, { ...T.cite, width: inner, maxLines: 2 }) };
  });
  const alsoLine = alsoText(edge, shown, context.articles);
  const also = alsoLine ? wrapText(alsoLine, { ...T.cite, width: inner - 2, maxLines: 4 }) : [];
  const height =
    head.length * T.head.lead +
    T.facts.lead +
    claims.reduce((sum, c) => sum + 2 + c.lines.length * T.quote.lead + c.cite.length * T.cite.lead, 0) +
    (also.length > 0 ? also.length * T.cite.lead + 2 : 0) +
    7;
  return {
    height,
    draw(x, y) {
      const out: string[] = [badgeMarkup(edge.number, x + BADGE_RADIUS, y + BADGE_RADIUS - 0.5, BADGE_RADIUS)];
      let cy = y;
      for (const line of head) out.push(text(x + INDENT, (cy += T.head.lead) - 2, line, { size: T.head.size, 'font-weight': 'bold' }));
      cy += T.facts.lead;
      const style = POLARITY_STYLE[edge.polarity] ?? POLARITY_STYLE.neutral;
      out.push(tag('line', { x1: x + INDENT, y1: cy - 4, x2: x + INDENT + 12, y2: cy - 4, ...lineAttrs(style, 1.4, 0.7) }));
      out.push(text(x + INDENT + 16, cy - 2, facts, { size: T.facts.size, fill: MUTED }));
      for (const { claim, lines, cite } of claims) {
        cy += 2;
        const quote = lines.map((line) =>
          text(x + INDENT + 2, (cy += T.quote.lead) - 2, line, { size: T.quote.size, 'font-style': 'italic' }),
        );
        const source = cite.map((line) => text(x + INDENT + 2, (cy += T.cite.lead) - 1.6, line, { size: T.cite.size, fill: MUTED }));
        out.push(tag('g', { class: 'claim', 'data-claim-id': claim.claimId }, quote.join('') + source.join('')));
      }
      if (also.length > 0) cy += 2;
      const alsoMarkup = also.map((line) => text(x + INDENT + 2, (cy += T.cite.lead) - 1.6, line, { size: T.cite.size, fill: MUTED }));
      if (alsoMarkup.length > 0) out.push(tag('g', { class: 'also' }, alsoMarkup.join('')));
      return tag('g', { class: 'source', 'data-number': edge.number, 'data-edge': edge.id }, out.join(''));
    },
  };
}
