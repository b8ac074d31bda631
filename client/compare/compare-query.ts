// Compare mode → GET /api/compare's query: each side is /api/graph's query string, the view's
// shared filters (polarity, type, kind, focus, depth, minArticles, historical) plus the side's own
// (dates, outlets, countries, articles, speakers, undated).
import { dateEnd, dateStart, type ArticleListItem as Article } from '../../contract/index.ts';
import { EMPTY_SIDE, type CompareSide, type CompareView } from '../state/compare-view.ts';
import { graphQuery } from '../state/graph-query.ts';
import type { ViewState } from '../state/view-state.ts';

/** The view's query with the side's own filters in place of the view's articles, speakers and dates. */
export function sideQuery(state: ViewState, side: CompareSide): URLSearchParams {
  const { article, statedBy, from: dateFrom, to: dateTo, undated, outlet, outletCountry } = side;
  return graphQuery({ ...state, article, statedBy, dateFrom, dateTo, undated }, { outlet, outletCountry });
}

/** The query of /api/compare for the view: `a` and `b` each a URL-encoded query string. */
export function compareQuery(state: ViewState): URLSearchParams {
  return new URLSearchParams({ a: sideQuery(state, state.compare.a).toString(), b: sideQuery(state, state.compare.b).toString() });
}

/** Both sides as the view stands: a comparison of the view with itself, everything "in both". */
export function sidesOfView(state: ViewState): Pick<CompareView, 'a' | 'b'> {
  const side: CompareSide = {
    ...EMPTY_SIDE,
    article: [...state.article],
    statedBy: [...state.statedBy],
    from: state.dateFrom,
    to: state.dateTo,
    undated: state.undated,
  };
  return { a: side, b: { ...side } };
}

/**
 * The dated articles split in two by publication date: A the earlier half, B the later; undated
 * claims left out of both, so the halves do not share them. Null with fewer than two dated articles.
 */
export function splitByDate(articles: readonly Pick<Article, 'publishedDate'>[]): Pick<CompareView, 'a' | 'b'> | null {
  const dates = articles.flatMap((article) => (article.publishedDate ? [article.publishedDate] : [])).sort();
  if (dates.length < 2) return null;
  const half = Math.ceil(dates.length / 2);
  const [first, last] = [dates.slice(0, half), dates.slice(half)];
  // Two articles of one day cannot be split by date.
  if (dateEnd(first.at(-1)!) >= dateStart(last[0]!)) return null;
  const side = (from: string, to: string): CompareSide => ({ ...EMPTY_SIDE, from, to, undated: false });
  return { a: side(first[0]!, first.at(-1)!), b: side(last[0]!, last.at(-1)!) };
}
