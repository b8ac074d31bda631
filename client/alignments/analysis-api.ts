// The alignment analytics endpoints (server/api/analysis-routes.ts, server/analysis/*.ts): their
// shapes as the client reads them, fetched through the API client's getJson.
import type { ApiClient } from '../api/api-client.ts';
import type { EntityKind, PathClaim, Sign } from '../api/api-types.ts';

export interface EntityRef {
  id: string;
  name: string;
}

export interface TriadEdge {
  /** Ids ascending. */
  pair: [string, string];
  sign: 1 | -1;
  net: number;
  /** Distinct articles stating alliance, and tension, about the pair. */
  alliance: number;
  tension: number;
  contested: boolean;
  /** The alliance and tension claims behind the sign. */
  claimIds: string[];
}

export interface Triad {
  /** Ascending by id. */
  members: [EntityRef, EntityRef, EntityRef];
  /** (m0, m1), (m0, m2), (m1, m2). */
  edges: [TriadEdge, TriadEdge, TriadEdge];
  balanced: boolean;
  evidence: number;
}

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

export interface NetSummary {
  alliance: number;
  tension: number;
  neutral: number;
  articles: number;
  net: number;
  sign: Sign;
  contested: boolean;
}

export interface SignedHop {
  from: string;
  to: string;
  sign: Sign;
  net: number;
  alliance: number;
  tension: number;
  contested: boolean;
  claims: PathClaim[];
}

export interface SignedPath {
  ids: string[];
  entities: EntityRef[];
  length: number;
  sign: Sign;
  /** The weakest hop's |net|. */
  strength: number;
  hops: SignedHop[];
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
