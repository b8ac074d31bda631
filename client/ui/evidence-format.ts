// What the evidence panel says about each claim, as plain data: speaker, date, article line.
import type { ArticleListItem as Article, EdgeClaim as Claim, Polarity } from '../../contract/index.ts';
import { humanType } from '../graph/graph-elements.ts';

export interface ClaimView {
  claimId: string;
  quote: string;
  type: string;
  polarity: Polarity;
  /** The speaker's name, or "the article" for the article's own narration. */
  speaker: string;
  articleId: string;
  articleTitle: string;
  /** The title was written for the corpus: the page prints no headline. */
  titleIsDescriptive: boolean;
  /** The curator's notes on the article. */
  notes: string | null;
  articleUrl: string | null;
  outlet: string | null;
  author: string | null;
  /** The claim's date, else the article's event or printed date; null when none is known. */
  date: string | null;
  /** The article's event or printed date; null when none is known. */
  articleDate: string | null;
  /** Its date lies well before its article's (contract/historical.ts): out of the nets unless asked. */
  historical: boolean;
}

export interface FormatContext {
  articles: ReadonlyMap<string, Article>;
  /** Entity names by id; an unknown id is shown as itself. */
  name: (id: string) => string;
}

export function speakerLabel(statedBy: string | null, name: (id: string) => string): string {
  return statedBy ? name(statedBy) : 'the article';
}

/** pageDate is when the page was captured, not the article's date, so it is never shown as one. */
export function claimDate(claim: Pick<Claim, 'date'>, article: Pick<Article, 'eventDate' | 'published'> | undefined): string | null {
  return claim.date ?? article?.eventDate ?? article?.published ?? null;
}

/** The outlet with where it is based, "Dawn (PK)", so a reader can weigh sources by country. */
function outletLabel(article: Pick<Article, 'outlet' | 'outletCountry'> | undefined): string | null {
  if (!article?.outlet) return null;
  return article.outletCountry ? `${article.outlet} (${article.outletCountry})` : article.outlet;
}

export function claimView(claim: Claim & { type: string }, context: FormatContext): ClaimView {
  const article = context.articles.get(claim.articleId);
  return {
    claimId: claim.claimId,
    quote: claim.quote,
    type: humanType(claim.type),
    polarity: claim.polarity,
    speaker: speakerLabel(claim.statedBy, context.name),
    articleId: claim.articleId,
    articleTitle: article?.title ?? claim.articleId,
    titleIsDescriptive: article?.titleIsDescriptive ?? false,
    notes: article?.notes ?? null,
    articleUrl: article?.url ?? null,
    outlet: outletLabel(article),
    author: article?.author ?? null,
    date: claimDate(claim, article),
    articleDate: article?.eventDate ?? article?.published ?? null,
    historical: claim.historical,
  };
}

/** Claims grouped for reading: by article (in the order articles first appear), then by date. */
export function sortClaims<T extends Pick<ClaimView, 'articleTitle' | 'date' | 'claimId'>>(claims: readonly T[]): T[] {
  return [...claims].sort(
    (a, b) =>
      a.articleTitle.localeCompare(b.articleTitle) || (a.date ?? '').localeCompare(b.date ?? '') || a.claimId.localeCompare(b.claimId),
  );
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
