// The alignment analytics endpoints (server/api/analysis-routes.ts, server/analysis/*.ts), their
// shapes as the contract declares them, fetched through the API client's getJson.
import type { ApiClient } from '../api/api-client.ts';
import type { AlignmentResponse, BalanceResponse, BlocsResponse } from '../../contract/index.ts';
import type { ViewState } from '../state/view-state.ts';

/** Which pairs an analysis covers: the view's kind filter (server default when empty), the panel's minimum articles, historical claims or not. */
export function analysisQuery({
  kind,
  alignMinArticles,
  historical,
}: Pick<ViewState, 'kind' | 'alignMinArticles' | 'historical'>): URLSearchParams {
  const params = new URLSearchParams();
  if (kind.length > 0) params.set('kind', [...kind].sort().join(','));
  if (alignMinArticles > 1) params.set('minArticles', String(alignMinArticles));
  if (historical) params.set('historical', 'true');
  return params;
}

export type AnalysisApi = ReturnType<typeof createAnalysisApi>;

export function createAnalysisApi(api: Pick<ApiClient, 'getJson'>) {
  return {
    balance: (query: URLSearchParams, signal?: AbortSignal) => api.getJson<BalanceResponse>('analysis/balance', query, signal),
    blocs: (query: URLSearchParams, signal?: AbortSignal) => {
      const params = new URLSearchParams(query);
      params.set('explain', 'false');
      return api.getJson<BlocsResponse>('analysis/blocs', params, signal);
    },
    alignment: (a: string, b: string, { historical = false, signal }: { historical?: boolean; signal?: AbortSignal } = {}) => {
      const params = new URLSearchParams({ a, b });
      if (historical) params.set('historical', 'true');
      return api.getJson<AlignmentResponse>('analysis/alignment', params, signal);
    },
  };
}
