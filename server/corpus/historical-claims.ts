// Which claims are historical for their article, by the contract's rule (contract/historical.ts):
// the loader writes the answer on each claim relationship.
import { articleDate, isHistorical } from '../../contract/index.ts';
import type { Corpus } from './schema.ts';

/** The ids of the claims that are historical for their article (contract/historical.ts). */
export function historicalClaims(corpus: Pick<Corpus, 'articles' | 'claims'>): Set<string> {
  const dates = new Map<string, (string | null)[]>();
  for (const claim of corpus.claims) dates.set(claim.article, [...(dates.get(claim.article) ?? []), claim.date]);
  const on = new Map(corpus.articles.map((article) => [article.id, articleDate(article, dates.get(article.id) ?? [])]));
  return new Set(corpus.claims.filter((claim) => isHistorical(claim.date, on.get(claim.article) ?? null)).map((claim) => claim.id));
}
