// The API benchmark: the real app (createApp) in this process on port 0 over the loaded corpus,
// a bare Express 5 JSON route beside it as the baseline, and autocannon in a child process.
import { fork } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { createApp } from '../server/app.ts';
import type { Neo4j } from '../server/db/neo4j.ts';
import type { ApiFigures, RouteFigures } from './report.ts';
import type { ApiTargets } from './targets.ts';
import type { HttpLoadRequest, HttpLoadResult, HttpLoadSpec } from './http-load-client.ts';

const CLIENT = new URL('./http-load-client.ts', import.meta.url);
export const SAVED_QUERY = 'partners-by-evidence';

export interface RouteSpec {
  name: string;
  /** 'bare' runs against the bare Express app, 'app' against entente's. */
  server: 'bare' | 'app';
  requests: HttpLoadRequest[];
}

/** The routes measured, in order; the bare route first, so every other can be compared to it. */
export function apiRoutes(targets: ApiTargets, { savedQuery }: { savedQuery: boolean }): RouteSpec[] {
  const get = (path: string): HttpLoadRequest => ({ method: 'GET', path });
  const graph = (focus: string, depth: number) => get(`/api/graph?focus=${encodeURIComponent(focus)}&depth=${depth}`);
  const routes: RouteSpec[] = [
    { name: 'bare Express JSON', server: 'bare', requests: [get('/bare')] },
    { name: `graph depth=1 hub`, server: 'app', requests: [graph(targets.hub.id, 1)] },
    { name: `graph depth=1 typical`, server: 'app', requests: targets.typical.map((id) => graph(id, 1)) },
    { name: `graph depth=2 hub`, server: 'app', requests: [graph(targets.hub.id, 2)] },
    { name: `graph depth=2 typical`, server: 'app', requests: targets.typical.map((id) => graph(id, 2)) },
    { name: 'entities search prefix', server: 'app', requests: targets.searchPrefixes.map((q) => get(`/api/entities?q=${encodeURIComponent(q)}`)) },
    {
      name: 'paths maxHops=4',
      server: 'app',
      requests: targets.pathPairs.map(({ from, to }) => get(`/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&maxHops=4`)),
    },
  ];
  if (savedQuery) {
    routes.push({
      name: `saved query ${SAVED_QUERY} hub`,
      server: 'app',
      requests: [{ method: 'POST', path: `/api/queries/${SAVED_QUERY}/run`, body: JSON.stringify({ params: { entity: targets.hub.id } }) }],
    });
  }
  return routes.filter((route) => route.requests.length > 0);
}

export interface ApiBenchOptions {
  db: Neo4j;
  targets: ApiTargets;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  log: (line: string) => void;
}

export async function runApiBench({ db, targets, connections, durationSeconds, warmupSeconds, log }: ApiBenchOptions): Promise<ApiFigures> {
  const notes: string[] = [];
  const serverErrors: string[] = [];
  const app = createApp({ db, log: (line) => serverErrors.push(line) });
  const bare = express();
  bare.get('/bare', (_req, res) => {
    res.json({ ok: true });
  });
  const servers = { app: await listen(app), bare: await listen(bare) };
  try {
    const savedQuery = await hasSavedQuery(servers.app);
    if (!savedQuery) notes.push(`POST /api/queries/${SAVED_QUERY}/run is not in this build: skipped`);
    const routes = apiRoutes(targets, { savedQuery });
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
      try {
        await checkResponses(base, route);
      } catch (error) {
        // One failing route must not lose the others' figures: record why, and go on.
        const cause = serverErrors.slice(logged).map((line) => line.split('\n')[0]).join(' | ');
        const message = `${error instanceof Error ? error.message : String(error)}${cause ? `; the app logged: ${cause.slice(0, 400)}` : ''}`;
        log(`API: ${route.name} failed before measuring: ${message}`);
        figures.push(failedRoute(route, message));
        continue;
      }
      log(`API: ${route.name} (${route.requests.length} distinct request${route.requests.length === 1 ? '' : 's'}), ${durationSeconds} s...`);
      const result = await runLoad({ url: base, connections, durationSeconds, warmupSeconds, requests: route.requests });
      if (route.server === 'bare') bareP50 = result.p50Ms;
      figures.push(routeFigures(route, result, bareP50));
    }
    if (serverErrors.length > 0) notes.push(`the app logged ${serverErrors.length} error(s), first: ${serverErrors[0]!.split('\n')[0]}`);
    return { connections, durationSeconds, routes: figures, notes };
  } finally {
    await Promise.all([close(servers.app), close(servers.bare)]);
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
    meanBodyBytes: result.meanResponseBytes,
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
    meanBodyBytes: 0,
    p50VsBare: null,
    error,
  };
}

function summarizeHops(pairs: ApiTargets['pathPairs']): string {
  const counts = new Map<number, number>();
  for (const { hops } of pairs) counts.set(hops, (counts.get(hops) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a - b).map(([hops, n]) => `${n} at ${hops} hops`).join(', ') || 'none';
}

/** Every distinct request once, before the clock starts: a broken route must fail the run, not time its 404s. */
async function checkResponses(base: string, route: RouteSpec): Promise<void> {
  for (const request of route.requests) {
    const started = performance.now();
    const response = await fetch(`${base}${request.path}`, {
      method: request.method,
      ...(request.body === undefined ? {} : { body: request.body, headers: { 'content-type': 'application/json' } }),
    });
    if (!response.ok) throw new Error(`${request.method} ${request.path} answered ${response.status} after ${Math.round(performance.now() - started)} ms: ${(await response.text()).slice(0, 300)}`);
    await response.arrayBuffer();
  }
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
