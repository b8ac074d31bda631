// The one place the client talks HTTP. Every failure becomes an ApiError with a status and a code,
// so callers decide on codes (retry, reset, empty state), never on message text.
import {
  cookieValue,
  CSRF_COOKIE,
  CSRF_HEADER,
  ErrorPositionSchema,
  ErrorProblemSchema,
  type ArticleListItem as Article,
  type CompareResponse,
  type ConsoleResult,
  type EntityDetail,
  type EntitySearchResponse,
  type ErrorPosition,
  type ErrorProblem,
  type CommitRequest,
  type CommitResponse,
  type IngestStatus,
  type ProposeRequest,
  type ProposeResponse,
  type GraphResponse,
  type PathsResponse,
  type SavedQuery,
  type VocabularyEntry,
} from '../../contract/index.ts';

export interface ApiErrorDetails {
  position?: ErrorPosition | null;
  problems?: readonly ErrorProblem[];
}

/** status 0: the API could not be reached at all. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    details: ApiErrorDetails = {},
  ) {
    super(message);
    this.position = details.position ?? null;
    this.problems = details.problems ?? [];
  }

  /** Where a syntax error is in the query (console answers only); null otherwise. */
  readonly position: ErrorPosition | null;
  /** Each cause of a refusal with several (ingest); empty otherwise. */
  readonly problems: readonly ErrorProblem[];

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
    return send<T>(`${path}${query}`, { signal, headers: { accept: 'application/json' } });
  }

  /** POST a JSON body and read a JSON document (the console's endpoints). */
  async function postJson<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
    return send<T>(path, {
      method: 'POST',
      signal,
      body: JSON.stringify(body),
      headers: { accept: 'application/json', 'content-type': 'application/json', ...csrfHeader() },
    });
  }

  async function send<T>(pathAndQuery: string, init: RequestInit): Promise<T> {
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}/api/${pathAndQuery}`, init);
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new ApiError(0, 'unreachable', 'The API could not be reached.');
    }
    const body: unknown = await response.json().catch(() => null);
    // Aborted while the body was read: an abort, not a malformed answer.
    init.signal?.throwIfAborted();
    if (!response.ok) throw errorFrom(response.status, body);
    if (body === null) throw new ApiError(response.status, 'bad_response', 'The API answered with something other than JSON.');
    return body as T;
  }

  return {
    getJson,
    postJson,
    vocabulary: () => getJson<{ types: VocabularyEntry[] }>('vocabulary').then((body) => body.types),
    articles: () => getJson<{ articles: Article[] }>('articles').then((body) => body.articles),
    graph: (query: URLSearchParams, signal?: AbortSignal) => getJson<GraphResponse>('graph', query, signal),
    /** Matches best first; when there are none, `nearest` holds the nearest names. */
    searchEntities: (q: string, limit = 8, signal?: AbortSignal) =>
      getJson<EntitySearchResponse>('entities', new URLSearchParams({ q, limit: String(limit) }), signal),
    entity: (id: string, { historical = false, signal }: { historical?: boolean; signal?: AbortSignal } = {}) =>
      getJson<EntityDetail>(
        `entities/${encodeURIComponent(id)}`,
        historical ? new URLSearchParams({ historical: 'true' }) : undefined,
        signal,
      ),
    paths: (query: URLSearchParams, signal?: AbortSignal) => getJson<PathsResponse>('paths', query, signal),
    /** Two sides (each /api/graph's query string, in `a` and `b`) and how their pairs differ. */
    compare: (query: URLSearchParams, signal?: AbortSignal) => getJson<CompareResponse>('compare', query, signal),
    savedQueries: () => getJson<{ queries: SavedQuery[] }>('queries').then((body) => body.queries),
    /** One read-only Cypher query through the console (POST /api/cypher). */
    cypher: (query: string, params: Record<string, unknown>, signal?: AbortSignal) =>
      postJson<ConsoleResult>('cypher', { query, params }, signal),
    /** A saved query by name; parameters left out take their declared defaults. */
    runSavedQuery: (name: string, params: Record<string, string>, signal?: AbortSignal) =>
      postJson<ConsoleResult>(`queries/${encodeURIComponent(name)}/run`, { params }, signal),
    /** Whether this server takes articles in ("Add article"). */
    ingestStatus: () => getJson<IngestStatus>('ingest'),
    /** An article's kept text and the review of the machine's proposals; nothing is written. */
    proposeArticle: (body: ProposeRequest, signal?: AbortSignal) => postJson<ProposeResponse>('ingest/propose', body, signal),
    /** The finished review, written to data/ and loaded into the graph. */
    commitArticle: (body: CommitRequest) => postJson<CommitResponse>('ingest/commit', body),
  };
}

function errorFrom(status: number, body: unknown): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown; position?: unknown; problems?: unknown } } | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : `http_${status}`;
  const message = typeof error?.message === 'string' ? error.message : `The API answered ${status}.`;
  const problems = ErrorProblemSchema.array().safeParse(error?.problems);
  return new ApiError(status, code, message, { position: positionFrom(error?.position), problems: problems.success ? problems.data : [] });
}

function positionFrom(value: unknown): ErrorPosition | null {
  const parsed = ErrorPositionSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Signed in to an exposed server: writes echo the CSRF cookie; on loopback there is none to send. */
function csrfHeader(): Record<string, string> {
  const token = typeof document === 'undefined' ? '' : cookieValue(document.cookie, CSRF_COOKIE);
  return token === '' ? {} : { [CSRF_HEADER]: token };
}
