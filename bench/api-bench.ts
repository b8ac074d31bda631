// The API benchmark: the real app (createApp) in this process on port 0 over the loaded corpus,
// a bare Express 5 JSON route beside it as the baseline, and autocannon in a child process.
import { fork } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { createApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import type { Neo4j } from '../server/db/neo4j.ts';
import type { ApiFigures, RouteFigures } from './report.ts';
import type { ApiTargets } from './targets.ts';
import type { HttpLoadRequest, HttpLoadResult, HttpLoadSpec } from './http-load-client.ts';

const CLIENT = new URL('./http-load-client.ts', import.meta.url);
export const SAVED_QUERY = 'partners-by-evidence';
/** The answer cache `npm start` gives the app (RESPONSE_CACHE_MB's default). */
const SHIPPED_CACHE_MB = loadConfig({}).RESPONSE_CACHE_MB;
/** Distinct requests of a route tried once before it is measured. */
const PROBES = 3;
/** A route whose single answer is slower or bigger than this is "heavy" (see runApiBench). */
const HEAVY_MS = 1000;
const HEAVY_BYTES = 5 * 1024 ** 2;
const HEAVY_CONNECTIONS = 2;
const HEAVY_SECONDS = 30;
/** Seconds of the one-connection run that follows each route's main run. */
const SINGLE_SECONDS = 5;

export interface RouteSpec {
  name: string;
  /** 'bare': the bare Express app; 'app': entente's, as `npm start` runs it; 'uncached': entente's without its answer cache. */
  server: 'bare' | 'app' | 'uncached';
  requests: HttpLoadRequest[];
}

/**
 * The routes measured, in order; the bare route first, so every other can be compared to it.
 * "cached" runs against the app as `npm start` runs it, where a repeated view is a cache hit (after
 * the first request of each distinct URL); "uncached" against the same app with the cache off, so
 * every request is a first view that reaches Neo4j.
 */
export function apiRoutes(targets: ApiTargets, { savedQuery }: { savedQuery: boolean }): RouteSpec[] {
  const get = (path: string): HttpLoadRequest => ({ method: 'GET', path });
  const graph = (focus: string, depth: number) => get(`/api/graph?focus=${encodeURIComponent(focus)}&depth=${depth}`);
  const compare = (a: URLSearchParams, b: URLSearchParams) =>
    get(`/api/compare?a=${encodeURIComponent(a.toString())}&b=${encodeURIComponent(b.toString())}`);
  const both = (name: string, requests: HttpLoadRequest[]): RouteSpec[] => [
    { name: `${name} (cached)`, server: 'app', requests },
    { name: `${name} (uncached)`, server: 'uncached', requests },
  ];
  const routes: RouteSpec[] = [
    { name: 'bare Express JSON', server: 'bare', requests: [get('/bare')] },
    ...both(
      'graph depth=1 typical',
      targets.typical.map((id) => graph(id, 1)),
    ),
    // A typical entity's 1-hop view in the first half of 2021 against the second (the generated
    // articles are published over 2021, claims dated over 2020–2021).
    ...both(
      'compare depth=1 typical, two half-years',
      targets.typical.map((focus) =>
        compare(
          new URLSearchParams({ focus, from: '2021-01', to: '2021-06' }),
          new URLSearchParams({ focus, from: '2021-07', to: '2021-12' }),
        ),
      ),
    ),
    ...both(
      'entities search prefix',
      targets.searchPrefixes.map((q) => get(`/api/entities?q=${encodeURIComponent(q)}`)),
    ),
    ...both(
      'paths maxHops=4',
      targets.pathPairs.map(({ from, to }) => get(`/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&maxHops=4`)),
    ),
  ];
  // Hub views last, uncached (their cost is the point): at the large scale one of them can exhaust
  // a server, and the others' figures come first.
  const hubViews: RouteSpec[] = [
    { name: `graph depth=2 typical (uncached)`, server: 'uncached', requests: targets.typical.map((id) => graph(id, 2)) },
    { name: `graph depth=1 hub (uncached)`, server: 'uncached', requests: [graph(targets.hub.id, 1)] },
    { name: `graph depth=2 hub (uncached)`, server: 'uncached', requests: [graph(targets.hub.id, 2)] },
  ];
  if (savedQuery) {
    routes.push({
      name: `saved query ${SAVED_QUERY} hub`,
      server: 'app',
      requests: [{ method: 'POST', path: `/api/queries/${SAVED_QUERY}/run`, body: JSON.stringify({ params: { entity: targets.hub.id } }) }],
    });
  }
  return [...routes, ...hubViews].filter((route) => route.requests.length > 0);
}

export interface ApiBenchOptions {
  db: Neo4j;
  targets: ApiTargets;
  connections: number;
  /** Route name prefixes to measure (the bare baseline always runs); empty: all. */
  only?: string[];
  durationSeconds: number;
  warmupSeconds: number;
  log: (line: string) => void;
}

export async function runApiBench({
  db,
  targets,
  connections,
  only = [],
  durationSeconds,
  warmupSeconds,
  log,
}: ApiBenchOptions): Promise<ApiFigures> {
  const notes: string[] = [];
  const serverErrors: string[] = [];
  const app = createApp({ db, responseCacheMb: SHIPPED_CACHE_MB, log: (line) => serverErrors.push(line) });
  const uncached = createApp({ db, responseCacheMb: 0, log: (line) => serverErrors.push(line) });
  const bare = express();
  bare.get('/bare', (_req, res) => {
    res.json({ ok: true });
  });
  const servers = { app: await listen(app), uncached: await listen(uncached), bare: await listen(bare) };
  try {
    const savedQuery = await hasSavedQuery(servers.app);
    if (!savedQuery) notes.push(`POST /api/queries/${SAVED_QUERY}/run is not in this build: skipped`);
    const routes = apiRoutes(targets, { savedQuery }).filter(
      (route) => route.server === 'bare' || only.length === 0 || only.some((prefix) => route.name.startsWith(prefix)),
    );
    if (targets.pathPairs.length === 0) notes.push('no pair of entities 2–4 hops apart was found: paths skipped');
    notes.push(
      `hub: ${targets.hub.id} (${targets.hub.claims.toLocaleString('en-US')} claims); typical: ${targets.typical.length} entities near the median degree; ` +
        `paths: ${targets.pathPairs.length} pairs (${summarizeHops(targets.pathPairs)})`,
    );

    const figures: RouteFigures[] = [];
    let bareP50: number | null = null;
    for (const route of routes) {
      const base = baseUrl(servers[route.server]);
      const logged = serverErrors.length;
      let probe: Probe;
      try {
        probe = await checkResponses(base, route);
      } catch (error) {
        // One failing route must not lose the others' figures: record why, and go on.
        const cause = serverErrors
          .slice(logged)
          .map((line) => line.split('\n')[0])
          .join(' | ');
        const message = `${error instanceof Error ? error.message : String(error)}${cause ? `; the app logged: ${cause.slice(0, 400)}` : ''}`;
        log(`API: ${route.name} failed before measuring: ${message}`);
        figures.push(failedRoute(route, message));
        continue;
      }
      const heavy = probe.slowestMs > HEAVY_MS || probe.largestBytes > HEAVY_BYTES;
      // 20 concurrent responses of tens of MB would exhaust the server (and this process): such a
      // route is measured with fewer connections for longer, and the note says so.
      const load = heavy
        ? { connections: HEAVY_CONNECTIONS, durationSeconds: Math.max(durationSeconds, HEAVY_SECONDS), warmupSeconds: 0 }
        : { connections, durationSeconds, warmupSeconds };
      if (heavy) {
        notes.push(
          `${route.name}: one response took ${Math.round(probe.slowestMs)} ms and ${(probe.largestBytes / 1024 ** 2).toFixed(1)} MiB, ` +
            `so it was measured with ${load.connections} connections for ${load.durationSeconds} s instead of ${connections} for ${durationSeconds} s`,
        );
      }
      // "Cached" measures repeat views: every distinct request is asked once first.
      if (route.server === 'app' && route.requests.every((request) => request.method === 'GET')) await askEachOnce(base, route);
      log(
        `API: ${route.name} (${route.requests.length} distinct request${route.requests.length === 1 ? '' : 's'}), ${load.connections} connections, ${load.durationSeconds} s...`,
      );
      const result = await runLoad({ url: base, ...load, requests: route.requests });
      if (route.server === 'bare') bareP50 = result.p50Ms;
      // One connection shows the service time; under 20, the rest of the p50 is queueing.
      const alone = heavy
        ? null
        : await runLoad({ url: base, connections: 1, durationSeconds: SINGLE_SECONDS, warmupSeconds: 0, requests: route.requests });
      figures.push({
        ...routeFigures(route, result, bareP50),
        connections: load.connections,
        p50MsOneConnection: alone?.p50Ms ?? null,
        p95MsOneConnection: alone?.p95Ms ?? null,
      });
    }
    if (serverErrors.length > 0) notes.push(`the app logged ${serverErrors.length} error(s), first: ${serverErrors[0]!.split('\n')[0]}`);
    return { connections, durationSeconds, routes: figures, notes };
  } finally {
    await Promise.all(Object.values(servers).map(close));
  }
}

function routeFigures(route: RouteSpec, result: HttpLoadResult, bareP50: number | null): RouteFigures {
  const example = route.requests[0]!;
  return {
    name: route.name,
    method: example.method,
    example: example.path,
    p50Ms: result.p50Ms,
    p95Ms: result.p95Ms,
    p99Ms: result.p99Ms,
    meanMs: result.meanMs,
    maxMs: result.maxMs,
    requestsPerSecond: result.requestsPerSecond,
    requests: result.count,
    non2xx: result.non2xx,
    errors: result.errors,
    meanResponseBytes: result.meanResponseBytes,
    p50VsBare: bareP50 && route.server !== 'bare' ? result.p50Ms / bareP50 : null,
  };
}

function failedRoute(route: RouteSpec, error: string): RouteFigures {
  const example = route.requests[0]!;
  return {
    name: route.name,
    method: example.method,
    example: example.path,
    p50Ms: Number.NaN,
    p95Ms: Number.NaN,
    p99Ms: Number.NaN,
    meanMs: Number.NaN,
    maxMs: Number.NaN,
    requestsPerSecond: 0,
    requests: 0,
    non2xx: 0,
    errors: 0,
    meanResponseBytes: 0,
    p50VsBare: null,
    error,
  };
}

function summarizeHops(pairs: ApiTargets['pathPairs']): string {
  const counts = new Map<number, number>();
  for (const { hops } of pairs) counts.set(hops, (counts.get(hops) ?? 0) + 1);
  return (
    [...counts]
      .sort(([a], [b]) => a - b)
      .map(([hops, n]) => `${n} at ${hops} hops`)
      .join(', ') || 'none'
  );
}

interface Probe {
  slowestMs: number;
  largestBytes: number;
}

/**
 * The first few distinct requests, before the clock starts: a broken route must fail
 * the run's figure for it, not time its errors; the slowest and largest answers decide the load.
 */
async function checkResponses(base: string, route: RouteSpec): Promise<Probe> {
  const probe: Probe = { slowestMs: 0, largestBytes: 0 };
  for (const request of route.requests.slice(0, PROBES)) {
    // Twice: the first answer pays for planning and a cold JIT; the second is the one that counts.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const started = performance.now();
      const response = await fetch(`${base}${request.path}`, {
        method: request.method,
        ...(request.body === undefined ? {} : { body: request.body, headers: { 'content-type': 'application/json' } }),
      });
      if (!response.ok)
        throw new Error(
          `${request.method} ${request.path} answered ${response.status} after ${Math.round(performance.now() - started)} ms: ${(await response.text()).slice(0, 300)}`,
        );
      const bytes = (await response.arrayBuffer()).byteLength;
      if (attempt === 1) probe.slowestMs = Math.max(probe.slowestMs, performance.now() - started);
      probe.largestBytes = Math.max(probe.largestBytes, bytes);
    }
  }
  return probe;
}

async function askEachOnce(base: string, route: RouteSpec): Promise<void> {
  for (const request of route.requests) await (await fetch(`${base}${request.path}`)).arrayBuffer();
}

async function hasSavedQuery(server: Server): Promise<boolean> {
  const response = await fetch(`${baseUrl(server)}/api/queries`);
  if (!response.ok) return false;
  const body = (await response.json()) as { queries?: { name: string }[] };
  return body.queries?.some((query) => query.name === SAVED_QUERY) ?? false;
}

function runLoad(spec: HttpLoadSpec): Promise<HttpLoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(CLIENT, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let settled = false;
    child.once('message', (message: { ok: true; result: HttpLoadResult } | { ok: false; message: string }) => {
      settled = true;
      if (message.ok) resolve(message.result);
      else reject(new Error(`autocannon: ${message.message}`));
    });
    child.once('exit', (code) => {
      if (!settled) reject(new Error(`the load generator exited (code ${code}) without a result`));
    });
    child.once('error', reject);
    child.send(spec);
  });
}

function listen(app: express.Express): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(0, '127.0.0.1', (error?: Error) => (error ? reject(error) : resolve(server)));
  });
}

function baseUrl(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
