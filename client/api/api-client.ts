// The one place the client talks HTTP. Every failure becomes an ApiError with a status and a code,
// so callers decide on codes (retry, reset, empty state), never on message text.
import type { Article, EntityDetail, EntityHit, GraphResponse, PathsResponse, VocabularyEntry } from './api-types.ts';

/** status 0: the API could not be reached at all. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  /** Unreachable or a server fault: trying again may help. */
  get retryable(): boolean {
    return this.status === 0 || this.status >= 500;
  }
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export interface ApiClientOptions {
  /** Prefix of every API path; default '' (same origin as the page). */
  baseUrl?: string;
  /** The fetch to use; default the global one (tests pass a fake). */
  fetch?: typeof fetch;
}

export type ApiClient = ReturnType<typeof createApiClient>;

export function createApiClient({ baseUrl = '', fetch: fetchImpl = (...args) => fetch(...args) }: ApiClientOptions = {}) {
  /** GET a JSON document. Extension point: the console adds its own endpoints on top of this. */
  async function getJson<T>(path: string, params?: URLSearchParams, signal?: AbortSignal): Promise<T> {
    const query = params && params.size > 0 ? `?${params}` : '';
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}/api/${path}${query}`, { signal, headers: { accept: 'application/json' } });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new ApiError(0, 'unreachable', 'The API could not be reached.');
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) throw errorFrom(response.status, body);
    if (body === null) throw new ApiError(response.status, 'bad_response', 'The API answered with something other than JSON.');
    return body as T;
  }

  return {
    getJson,
    vocabulary: () => getJson<{ types: VocabularyEntry[] }>('vocabulary').then((body) => body.types),
    articles: () => getJson<{ articles: Article[] }>('articles').then((body) => body.articles),
    graph: (query: URLSearchParams, signal?: AbortSignal) => getJson<GraphResponse>('graph', query, signal),
    searchEntities: (q: string, limit = 8, signal?: AbortSignal) =>
      getJson<{ entities: EntityHit[] }>('entities', new URLSearchParams({ q, limit: String(limit) }), signal).then((body) => body.entities),
    entity: (id: string, signal?: AbortSignal) => getJson<EntityDetail>(`entities/${encodeURIComponent(id)}`, undefined, signal),
    paths: (query: URLSearchParams, signal?: AbortSignal) => getJson<PathsResponse>('paths', query, signal),
  };
}

function errorFrom(status: number, body: unknown): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : `http_${status}`;
  const message = typeof error?.message === 'string' ? error.message : `The API answered ${status}.`;
  return new ApiError(status, code, message);
}
