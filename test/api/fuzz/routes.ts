// Every route and method of the API, as the fuzzer sees it: how to make a hostile request to it and
// the contract schema (contract/) its successful answers must parse with.
import fc from 'fast-check';
import { z } from 'zod';
import {
  AlignmentResponseSchema,
  ArticleDetailResponseSchema,
  ArticlesResponseSchema,
  BalanceResponseSchema,
  BlocsResponseSchema,
  CommitResponseSchema,
  ConsoleResultSchema,
  ENTITY_KINDS,
  EntityDetailSchema,
  EntitySearchResponseSchema,
  GraphResponseSchema,
  HealthResponseSchema,
  IngestStatusSchema,
  POLARITIES,
  PathsResponseSchema,
  ProposeResponseSchema,
  ReadyResponseSchema,
  SavedQueriesResponseSchema,
  VocabularyResponseSchema,
} from '../../../contract/index.ts';
import type { RawRequest } from '../../support/raw-http.ts';
import { fuzzBody } from './bodies.ts';
import { hostileHeaders, queryString, urlText } from './hostile.ts';

export interface FuzzRoute {
  /** "GET /api/entities/:id" */
  name: string;
  requests: fc.Arbitrary<RawRequest>;
  /** What a 2xx answer must parse with. */
  ok: z.ZodType;
  /** The readiness probe: 503 neo4j_unavailable is its honest answer when Neo4j is slow to answer (a busy machine), whatever the request. */
  reportsReadiness?: boolean;
}

/** Valid values from the loaded corpus and the app, so some generated requests get through. */
export interface FuzzWorld {
  entityIds: string[];
  articleIds: string[];
  types: string[];
  queries: { name: string; params: string[] }[];
  /** A body the ingest routes accept as it is. */
  propose: unknown;
  commit: unknown;
}

const API_LIMIT = 100 * 1024;
const MAX_URL_CHARS = 8000;
const INGEST_LIMIT = 6 * 1024 * 1024;

/** A request: path, query string, extra headers, and a body with its content type when there is one. */
function request(
  method: string,
  path: fc.Arbitrary<string>,
  query: fc.Arbitrary<string>,
  body: fc.Arbitrary<{ body?: string; contentType?: string }>,
) {
  return fc.record({ path, query, headers: hostileHeaders(), body }).map(({ path, query, headers, body: { body, contentType } }) => {
    const all: Record<string, string> = { ...headers, ...(contentType !== undefined && { 'content-type': contentType }) };
    if (body === undefined || !/gzip|deflate|br|identity/.test(all['content-encoding'] ?? 'identity')) delete all['content-encoding'];
    // Node answers a request line and headers over 16 KB itself (431, before the app): stay under it.
    const url = (query === '' ? path : `${path}?${query}`).slice(0, MAX_URL_CHARS);
    return { method, path: url, headers: all, ...(body !== undefined && { body }) } satisfies RawRequest;
  });
}

const NO_BODY = fc.constant({});

function readRoutes(world: FuzzWorld): FuzzRoute[] {
  const ids = [...world.entityIds, ...world.articleIds];
  const get = (path: string, keys: Record<string, readonly string[]>, ok: z.ZodType): FuzzRoute => ({
    name: `GET ${path}`,
    requests: request('GET', fc.constant(path), queryString(keys), NO_BODY),
    ok,
  });
  // An empty id is the list route (`/api/entities/` is `/api/entities`): its answer is the list's.
  const byId = (prefix: string, valid: string[], ok: z.ZodType, list: z.ZodType): FuzzRoute => ({
    name: `GET ${prefix}/:id`,
    requests: request(
      'GET',
      urlText(valid).map((id) => `${prefix}/${id}`),
      queryString({ q: ['pakistan'] }),
      NO_BODY,
    ),
    ok: z.union([ok, list]),
  });
  const numbers = ['1', '2', '3', '4', '5', '50', '1000', '5000'];
  const [kind, polarity] = [ENTITY_KINDS, POLARITIES];
  return [
    get('/api/health', {}, HealthResponseSchema),
    { ...get('/api/ready', {}, ReadyResponseSchema), reportsReadiness: true },
    get('/api/vocabulary', {}, VocabularyResponseSchema),
    get(
      '/api/graph',
      { polarity, type: world.types, kind, article: world.articleIds, statedBy: ids, focus: ids, depth: numbers, minArticles: numbers },
      GraphResponseSchema,
    ),
    get('/api/entities', { q: ['pak', 'Lavarov', 'Islamabad', 'russia'], limit: numbers }, EntitySearchResponseSchema),
    byId('/api/entities', world.entityIds, EntityDetailSchema, EntitySearchResponseSchema),
    get('/api/articles', {}, ArticlesResponseSchema),
    byId('/api/articles', world.articleIds, ArticleDetailResponseSchema, ArticlesResponseSchema),
    get('/api/paths', { from: world.entityIds, to: world.entityIds, maxHops: numbers, polarity }, PathsResponseSchema),
    get('/api/analysis/balance', { kind, minArticles: numbers, limit: numbers }, BalanceResponseSchema),
    get('/api/analysis/blocs', { kind, minArticles: numbers, explain: ['true', 'false'] }, BlocsResponseSchema),
    get('/api/analysis/alignment', { a: world.entityIds, b: world.entityIds }, AlignmentResponseSchema),
    get('/api/queries', {}, SavedQueriesResponseSchema),
    get('/api/ingest', {}, IngestStatusSchema),
  ];
}

/** Console queries: cheap reads, a write, syntax errors, parameters used; never a runaway. */
const CYPHER = [
  'RETURN $p AS p',
  'RETURN 1',
  'MATCH (e:Entity) RETURN e LIMIT 3',
  'MATCH p=()-[r]->() RETURN p, r LIMIT 2',
  'CREATE (n)',
  'RETURN',
  'MATCH (n RETURN n',
  'UNWIND $p AS x RETURN x',
];

function postRoutes(world: FuzzWorld): FuzzRoute[] {
  const query = fc.constantFrom(...world.queries);
  const runName = fc.oneof(
    query.map(({ name }) => name),
    urlText(world.queries.map(({ name }) => name)),
  );
  const runBody = query.chain(({ params }) =>
    fuzzBody({ params: Object.fromEntries(params.map((name) => [name, 'pakistan'])) }, params, { hugeBytes: API_LIMIT }),
  );
  return [
    {
      name: 'POST /api/cypher',
      requests: request(
        'POST',
        fc.constant('/api/cypher'),
        queryString({}),
        fuzzBody({ query: 'RETURN $p AS p', params: { p: 1 } }, CYPHER, { hugeBytes: API_LIMIT }),
      ),
      ok: ConsoleResultSchema,
    },
    {
      name: 'POST /api/queries/:name/run',
      requests: request(
        'POST',
        runName.map((name) => `/api/queries/${name}/run`),
        queryString({}),
        runBody,
      ),
      ok: ConsoleResultSchema,
    },
    {
      name: 'POST /api/ingest/propose',
      requests: request(
        'POST',
        fc.constant('/api/ingest/propose'),
        queryString({}),
        fuzzBody(world.propose, ['text', 'html', 'markdown'], { hugeBytes: INGEST_LIMIT }),
      ),
      ok: ProposeResponseSchema,
    },
    {
      name: 'POST /api/ingest/commit',
      requests: request(
        'POST',
        fc.constant('/api/ingest/commit'),
        queryString({}),
        fuzzBody(world.commit, ['accept', 'reject', 'pending'], { hugeBytes: INGEST_LIMIT }),
      ),
      ok: CommitResponseSchema,
    },
  ];
}

/** Methods and paths no route takes: each must be a 404 in the one shape, never a crash. */
function strayRoutes(): FuzzRoute {
  const method = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD');
  const path = fc.oneof(
    fc.constantFrom('/api/graph', '/api/cypher', '/api/ingest/commit', '/api/entities/x/y'),
    urlText().map((text) => `/api/${text}`),
  );
  return {
    name: 'any method, any /api path',
    requests: fc
      .tuple(method, request('GET', path, queryString({}), fuzzBody({}, [], { hugeBytes: API_LIMIT })))
      .map(([m, req]) => ({ ...req, method: m })),
    // Some of these are real routes: their answers are checked by their own properties.
    ok: z.unknown(),
  };
}

export function fuzzRoutes(world: FuzzWorld): FuzzRoute[] {
  return [...readRoutes(world), ...postRoutes(world), strayRoutes()];
}
