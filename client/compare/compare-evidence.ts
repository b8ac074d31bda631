// A compared pair's evidence: its status, then side A's reading and quotes, then side B's, each
// quote with its article's title and outlet. Text from the data goes in as text (ui/dom.ts).
import type { ArticleListItem as Article, CompareEdge, EdgeClaim } from '../../contract/index.ts';
import { h } from '../ui/dom.ts';
import { plural, speakerLabel } from '../ui/evidence-format.ts';
import { STATUS_STYLE } from './compare-style.ts';
import { readingText, sideClaims } from './what-changed.ts';

export interface CompareContext {
  claims: ReadonlyMap<string, EdgeClaim>;
  articles: ReadonlyMap<string, Article>;
  name: (id: string) => string;
  /** Each side's filters in words ("2020-12 · outlets in PK"). */
  sides: { a: string; b: string };
}

/** Quotes shown per side before "+N more". */
const QUOTES_PER_SIDE = 6;

function quoteItem(claim: EdgeClaim, context: CompareContext): HTMLElement {
  const article = context.articles.get(claim.articleId);
  const source = [
    article?.title ?? claim.articleId,
    article?.outlet,
    claim.effectiveDate,
    `said by ${speakerLabel(claim.statedBy, context.name)}`,
  ]
    .filter(Boolean)
    .join(' · ');
  return h(
    'li',
    { class: 'cmp-quote', dataset: { claimId: claim.claimId, article: claim.articleId } },
    h('blockquote', { class: 'quote' }, claim.quote),
    h('p', { class: 'muted cmp-cite' }, source),
  );
}

/** One side's reading of the pair and its quotes, or that it does not state the pair. */
export function sideEvidence(edge: CompareEdge, side: 'a' | 'b', context: CompareContext, max = QUOTES_PER_SIDE): HTMLElement {
  const claims = sideClaims(edge, side, context.claims);
  const shown = claims.slice(0, max);
  return h(
    'section',
    { class: 'cmp-side', dataset: { side } },
    h('h3', { class: 'cmp-side-head' }, `${side.toUpperCase()}: ${readingText(edge, side)}`),
    h('p', { class: 'muted cmp-side-filters' }, context.sides[side]),
    claims.length === 0 ? h('p', { class: 'muted' }, `Side ${side.toUpperCase()} states nothing about this pair.`) : null,
    shown.length > 0 ? h('ul', { class: 'cmp-quotes' }, ...shown.map((claim) => quoteItem(claim, context))) : null,
    claims.length > shown.length ? h('p', { class: 'muted' }, `+${plural(claims.length - shown.length, 'more claim')}`) : null,
  );
}

/** The evidence panel's content for a compared pair. */
export function pairEvidence(edge: CompareEdge, context: CompareContext): HTMLElement[] {
  return [
    h('p', { class: 'panel-kicker' }, 'Compared pair'),
    h('h2', { class: 'panel-title', attrs: { id: 'evidence-title' } }, `${context.name(edge.source)} – ${context.name(edge.target)}`),
    h('p', { class: 'cmp-status', dataset: { status: edge.status } }, STATUS_STYLE[edge.status].label),
    edge.newlyContested ? h('p', { class: 'muted' }, 'Newly contested: contested on B and not on A.') : null,
    sideEvidence(edge, 'a', context),
    sideEvidence(edge, 'b', context),
  ].filter((child): child is HTMLElement => child !== null);
}
