// The alignment analytics endpoints (server/api/analysis-routes.ts, server/analysis/*.ts): their
// shapes as the client reads them, fetched through the API client's getJson.
import type { ApiClient } from '../api/api-client.ts';
import type { EntityKind, PathClaim } from '../api/api-types.ts';
// The analysis shapes the server declares, as types only (erased at build).
import type { NetSummary, SignedPath } from '../../server/analysis/alignment.ts';
import type { EntityRef, Triad, TriadEdge } from '../../server/analysis/balance.ts';

export type { EntityRef, NetSummary, SignedPath, Triad, TriadEdge };

export interface BalanceResponse {
  kinds: EntityKind[];
  minArticles: number;
  /** Unbalanced first, then by evidence. */
  triads: Triad[];
  truncated: boolean;
  /** Unbalanced ÷ all triads. */
  frustration: number;
  counts: { triads: number; unbalanced: number; pairs: number; entities: number };
}

export interface Bloc {
  /** bloc-1, bloc-2, …: largest first. */
  id: string;
  members: EntityRef[];
}

export interface BlocsResponse {
  kinds: EntityKind[];
  minArticles: number;
  blocs: Bloc[];
  score: number;
  satisfied: number;
  violated: number;
  counts: { entities: number; pairs: number; blocs: number };
}

export interface AlignmentResponse {
  a: EntityRef & { kind: string };
  b: EntityRef & { kind: string };
  net: NetSummary;
  /** Every claim between the two, by article then claim id. */
  claims: PathClaim[];
  paths: SignedPath[];
  counts: { claims: number; articles: number; paths: number };
}

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
    alignment: (a: string, b: string, signal?: AbortSignal) => api.getJson<AlignmentResponse>('analysis/alignment', new URLSearchParams({ a, b }), signal),
  };
}
