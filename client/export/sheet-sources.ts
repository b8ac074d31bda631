// The words of the briefing sheet's sources: each numbered relationship as "A — type — B", the
// claims quoted for it (one per article first, so the sources are varied), their citations, and
// the "N claims from M articles" summary.
import type { EdgeClaim as Claim } from '../../contract/index.ts';
import { humanType } from '../graph/graph-elements.ts';
import { POLARITY_STYLE } from '../graph/graph-style.ts';
import { plural } from '../ui/evidence-format.ts';
import type { DrawnEdge, SheetArticle, SheetEdge } from './sheet-types.ts';

export interface EvidenceSummary {
  claims: number;
  articles: number;
}

/** Distinct claims and distinct articles behind the given edges. */
export function evidenceSummary(edges: readonly Pick<SheetEdge, 'claims'>[]): EvidenceSummary {
  const claims = new Set<string>();
  const articles = new Set<string>();
  for (const claim of edges.flatMap((edge) => edge.claims)) {
    claims.add(claim.claimId);
    articles.add(claim.articleId);
  }
  return { claims: claims.size, articles: articles.size };
}

export function summaryText({ claims, articles }: EvidenceSummary): string {
  return `${plural(claims, 'claim')} from ${plural(articles, 'article')}`;
}

/**
 * A drawn line with the claims behind it: its types (in order of first claim, by the claim → type
 * index of the view) and its distinct articles and claims.
 */
export function sheetEdge(
  drawn: DrawnEdge,
  line: { source: string; target: string; claims: readonly Claim[] },
  claimTypes: ReadonlyMap<string, string>,
): SheetEdge {
  const types = new Set(line.claims.flatMap((claim) => claimTypes.get(claim.claimId) ?? []));
  return {
    ...drawn,
    source: line.source,
    target: line.target,
    types: [...types],
    articleCount: new Set(line.claims.map((claim) => claim.articleId)).size,
    claimCount: line.claims.length,
    claims: [...line.claims],
  };
}

/**
 * "Russia — cooperates with — Pakistan": source first, so a directed type reads its way; a pair's
 * line names its types together ("cooperates with, supplies arms to").
 */
export function relationshipText(edge: Pick<SheetEdge, 'source' | 'target' | 'types'>, name: (id: string) => string): string {
  const types = edge.types.map(humanType).join(', ');
  return [name(edge.source), ...(types ? [types] : []), name(edge.target)].join(' — ');
}

/** "alliance · contested pair · 32 claims, 5 articles". */
export function edgeFacts(edge: Pick<SheetEdge, 'polarity' | 'contested' | 'claimCount' | 'articleCount'>): string {
  return [
    POLARITY_STYLE[edge.polarity].label.toLowerCase(),
    edge.contested ? 'contested pair' : null,
    `${plural(edge.claimCount, 'claim')}, ${plural(edge.articleCount, 'article')}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

const compareClaims = (a: Claim, b: Claim) =>
  (a.date ?? '').localeCompare(b.date ?? '') || a.articleId.localeCompare(b.articleId) || a.claimId.localeCompare(b.claimId);

/**
 * At most `max` claims to quote: the first of each article (by date, then article, then claim id)
 * before a second from any, so the quotes show as many sources as they can.
 */
export function pickClaims(claims: readonly Claim[], max: number): { shown: Claim[]; more: number } {
  const ordered = [...claims].sort(compareClaims);
  const seen = new Set<string>();
  const firsts: Claim[] = [];
  const rest: Claim[] = [];
  for (const claim of ordered) {
    if (seen.has(claim.articleId)) rest.push(claim);
    else {
      seen.add(claim.articleId);
      firsts.push(claim);
    }
  }
  const chosen = new Set([...firsts, ...rest].slice(0, Math.max(0, max)));
  return { shown: ordered.filter((claim) => chosen.has(claim)), more: claims.length - chosen.size };
}

/** "Title · Outlet · date · said by X": what a reader needs to find the quote. */
export function citation(claim: Claim, article: SheetArticle | undefined, name: (id: string) => string): string {
  return [
    article?.title ?? claim.articleId,
    article?.outlet ?? null,
    claim.date ?? article?.date ?? null,
    claim.statedBy ? `said by ${name(claim.statedBy)}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}
