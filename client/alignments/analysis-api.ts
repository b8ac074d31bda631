// The alignment analytics endpoints (server/api/analysis-routes.ts, server/analysis/*.ts), their
// shapes as the contract declares them, fetched through the API client's getJson.
import type { ApiClient } from '../api/api-client.ts';
import type { AlignmentResponse, BalanceResponse, BlocsResponse } from '../../contract/index.ts';

/** Which entities an analysis covers: the view's kind filter (server default when empty) and minimum articles. */
export function analysisQuery({ kind, minArticles }: { kind: readonly string[]; minArticles: number }): URLSearchParams {
  const params = new URLSearchParams();
  if (kind.length > 0) params.set('kind', [...kind].sort().join(','));
  if (minArticles > 1) params.set('minArticles', String(minArticles));
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
    alignment: (a: string, b: string, signal?: AbortSignal) =>
      api.getJson<AlignmentResponse>('analysis/alignment', new URLSearchParams({ a, b }), signal),
  };
}
