// View state → the query strings of /api/graph and /api/paths (lists comma-separated; historical
// claims in the verdicts only when the view brings them in).
import type { ViewState } from './view-state.ts';

/** Outlet filters: the view has none of its own; a compare side does (compare/compare-query.ts). */
export interface SourceFilters {
  outlet?: readonly string[];
  outletCountry?: readonly string[];
}

export function graphQuery(state: ViewState, sources: SourceFilters = {}): URLSearchParams {
  const params = new URLSearchParams();
  const list = (key: string, values: readonly string[] = []) => values.length > 0 && params.set(key, [...values].sort().join(','));
  list('polarity', state.polarity);
  list('type', state.type);
  list('kind', state.kind);
  list('article', state.article);
  list('statedBy', state.statedBy);
  list('outlet', sources.outlet);
  list('outletCountry', sources.outletCountry);
  if (state.focus) {
    params.set('focus', state.focus);
    params.set('depth', String(state.depth));
  }
  if (state.minArticles > 1) params.set('minArticles', String(state.minArticles));
  if (state.historical) params.set('historical', 'true');
  // The view's date range: from/to in the API's sense, not the path's ends (view-state.ts).
  if (state.dateFrom) params.set('from', state.dateFrom);
  if (state.dateTo) params.set('to', state.dateTo);
  if (!state.undated) params.set('undated', 'false');
  return params;
}

/** Null until both ends are chosen (and differ). Paths follow the view's polarity filter. */
export function pathsQuery(state: ViewState): URLSearchParams | null {
  if (!state.pathFrom || !state.pathTo || state.pathFrom === state.pathTo) return null;
  const params = new URLSearchParams({ from: state.pathFrom, to: state.pathTo, maxHops: String(state.maxHops) });
  if (state.polarity.length > 0) params.set('polarity', [...state.polarity].sort().join(','));
  if (state.historical) params.set('historical', 'true');
  return params;
}
