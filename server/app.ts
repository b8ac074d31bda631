// Builds the Express app from its dependencies; server/main.ts starts it.
import express from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ApiLimits } from './config.ts';
import type { Neo4j } from './db/neo4j.ts';
import { errorHandler, unknownApiRoute } from './http/errors.ts';
import { deadline } from './http/deadline.ts';
import { createResponseCache } from './http/response-cache.ts';
import { datasetVersion } from './corpus/dataset-version.ts';
import { healthRoutes } from './api/health-routes.ts';
import { graphRoutes } from './api/graph-routes.ts';
import { compareRoutes } from './api/compare-routes.ts';
import { consoleRoutes } from './api/console-routes.ts';
import { queriesRoutes } from './api/queries-routes.ts';
import { analysisRoutes } from './api/analysis-routes.ts';
import { ingestRoutes, type IngestOptions } from './api/ingest-routes.ts';
import { readVocabulary, type Vocabulary } from './vocabulary.ts';
import { ConsoleSlots } from './console/console-slots.ts';
import { securityHeaders } from './http/security-headers.ts';
import { pageAccess, readAccess, type AccessOptions } from './http/read-access.ts';
import { perMinute, type RateLimits } from './http/rate-limits.ts';
import { signInRoutes } from './http/sign-in.ts';

export const DEFAULT_LIMITS: ApiLimits = {
  REQUEST_TIMEOUT_MS: 10_000,
  INGEST_TIMEOUT_MS: 120_000,
  CYPHER_TIMEOUT_MS: 5000,
  CYPHER_MAX_ROWS: 1000,
  CYPHER_MAX_BYTES: 5_000_000,
  CYPHER_MAX_CONCURRENT: 4,
  CYPHER_MAX_CONCURRENT_PER_CLIENT: 2,
  GRAPH_MAX_NODES: 2000,
  GRAPH_MAX_CLAIMS: 20_000,
};

export interface AppDependencies {
  db: Neo4j;
  limits?: ApiLimits;
  /** The relationship vocabulary (default: data/vocabulary.yaml). */
  vocabulary?: Vocabulary;
  /** MiB for answers of the read API, per dataset version (see server/http/response-cache.ts); 0: off. */
  responseCacheMb?: number;
  /** Where "Add article" writes, and who may; without it the explorer is read-only. */
  ingest?: IngestOptions;
  /** Who may read (and, with ingest, write): default ingest's, else loopback (server/http/read-access.ts). */
  access?: AccessOptions;
  /** Per-client limits on console queries and writes; default none (server/main.ts passes the configured ones). */
  rateLimits?: RateLimits;
  /** The built client (dist/); served when it exists. */
  clientDir?: string;
  log?: (line: string) => void;
}

export function createApp({
  db,
  limits = DEFAULT_LIMITS,
  vocabulary = readVocabulary(),
  responseCacheMb = 0,
  ingest,
  access = ingest?.access ?? { host: '127.0.0.1' },
  rateLimits,
  clientDir,
  log = console.error,
}: AppDependencies): express.Express {
  const app = express();
  app.disable('x-powered-by');
  guard(app, access, rateLimits);
  app.use(deadline(limits));
  // Before the API's body limit: an article is far larger, and these routes set their own.
  app.use('/api', ingestRoutes({ db, ingest, log }));
  app.use(express.json({ limit: '100kb' }));

  app.use('/api', healthRoutes({ db }));

  if (responseCacheMb > 0) {
    app.use('/api', createResponseCache({ maxBytes: responseCacheMb * 1024 ** 2, currentVersion: () => datasetVersion(db) }).middleware);
  }
  // API routers, one per area (server/api/*-routes.ts).
  const viewLimits = { maxNodes: limits.GRAPH_MAX_NODES, maxClaims: limits.GRAPH_MAX_CLAIMS };
  app.use('/api', graphRoutes({ db, vocabulary, viewLimits }), compareRoutes({ db, vocabulary, viewLimits }));
  // One set of console slots for the console and the saved queries, which run through it.
  const slots = new ConsoleSlots({
    overall: limits.CYPHER_MAX_CONCURRENT,
    perClient: limits.CYPHER_MAX_CONCURRENT_PER_CLIENT,
    retryAfterS: Math.ceil(limits.CYPHER_TIMEOUT_MS / 1000),
  });
  app.use('/api', consoleRoutes({ db, limits, slots }), queriesRoutes({ db, limits, slots }));
  app.use('/api', analysisRoutes({ db }));

  app.use('/api', unknownApiRoute);

  if (clientDir && existsSync(path.join(clientDir, 'index.html'))) {
    app.use(pageAccess(access));
    app.use(express.static(clientDir, { index: 'index.html' }));
    app.get('/{*path}', (_req, res) => res.sendFile(path.join(clientDir, 'index.html')));
  }

  app.use(errorHandler(log));
  return app;
}

/** Headers, who may read, sign-in and rate limits: before any route. */
function guard(app: express.Express, access: AccessOptions, rateLimits: RateLimits | undefined): void {
  app.use(securityHeaders());
  const limitWrites = rateLimits ? perMinute(rateLimits.writesPerMinute, 'writes or sign-in attempts') : passThrough;
  app.use(signInRoutes(access, limitWrites));
  app.use('/api', readAccess(access));
  if (!rateLimits) return;
  const limitConsole = perMinute(rateLimits.consolePerMinute, 'console queries');
  app.use('/api/cypher', limitConsole);
  app.use('/api/queries', limitConsole);
  app.use('/api/ingest', limitWrites);
}

const passThrough: express.RequestHandler = (_req, _res, next) => next();
