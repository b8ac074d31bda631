// Answers of the read API, kept per dataset version. The graph changes only when a load switches
// it over (and records a new version in (:Dataset)), so a GET answer stays right until the version
// changes: repeated views cost a lookup instead of a Neo4j round trip. Identical requests that
// arrive together share one computation, so twenty analysts opening a hub cost Neo4j one query.
import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';

interface Entry {
  body: Buffer;
  etag: string;
}

export interface ResponseCacheOptions {
  maxBytes: number;
  /** The dataset version now in the graph (null when it holds none). */
  currentVersion: () => Promise<string | null>;
  /** How long a looked-up version is trusted: the staleness bound after another process loads. */
  versionTtlMs?: number;
}

export interface ResponseCache {
  middleware: RequestHandler;
  stats(): { entries: number; bytes: number; hits: number; misses: number };
}

export function createResponseCache({ maxBytes, currentVersion, versionTtlMs = 1000 }: ResponseCacheOptions): ResponseCache {
  const entries = new Map<string, Entry>(); // insertion order = least recently used first
  const pending = new Map<string, Promise<Entry | null>>();
  let bytes = 0;
  let hits = 0;
  let misses = 0;
  const version = trustedFor(versionTtlMs, currentVersion);

  const store = (key: string, entry: Entry) => {
    if (entry.body.length > maxBytes) return;
    entries.set(key, entry);
    bytes += entry.body.length;
    for (const [oldKey, old] of entries) {
      if (bytes <= maxBytes) break;
      entries.delete(oldKey);
      bytes -= old.body.length;
    }
  };

  const lookup = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (entry) {
      entries.delete(key);
      entries.set(key, entry);
    }
    return entry;
  };

  const middleware: RequestHandler = async (req, res, next) => {
    if (req.method !== 'GET') return next();
    // No version (Neo4j unreachable): answer without the cache; the route reports the failure.
    const current = await version().catch(() => undefined);
    if (current === undefined) return next();
    const key = `${current ?? ''}\n${req.originalUrl}`;
    const ready = lookup(key) ?? (await pending.get(key));
    // Answered meanwhile (its deadline passed while Neo4j was frozen): going on would register a
    // computation whose 'close' has already happened, so a failure later would never clear it.
    if (res.headersSent) return;
    if (ready) {
      hits += 1;
      return send(req, res, ready);
    }
    misses += 1;
    let settle: (entry: Entry | null) => void = () => {};
    pending.set(key, new Promise((resolve) => (settle = resolve)));
    let settled = false;
    const done = (entry: Entry | null) => {
      if (settled) return;
      settled = true;
      pending.delete(key);
      settle(entry);
    };
    // A request that ends without a 200 JSON answer (an error, a dropped connection) stores nothing.
    res.once('close', () => done(null));
    const json = res.json.bind(res);
    res.json = (payload: unknown) => {
      if (res.statusCode !== 200) {
        done(null);
        return json(payload);
      }
      const body = Buffer.from(JSON.stringify(payload));
      const entry = { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
      store(key, entry);
      done(entry);
      return send(req, res, entry);
    };
    next();
  };

  return { middleware, stats: () => ({ entries: entries.size, bytes, hits, misses }) };
}

/** Sends a stored answer; a client that holds the same ETag gets a 304. Revalidated on every use. */
function send(req: Request, res: Response, entry: Entry): Response {
  res.set({ ETag: entry.etag, 'Cache-Control': 'no-cache', 'Content-Type': 'application/json; charset=utf-8' });
  if (req.fresh) return res.status(304).end();
  return res.status(200).end(entry.body);
}

/** A value looked up at most once per ttl; concurrent callers share one lookup. */
function trustedFor<T>(ttlMs: number, lookUp: () => Promise<T>): () => Promise<T> {
  let cached: { value: Promise<T>; at: number } | null = null;
  return () => {
    const now = Date.now();
    if (!cached || now - cached.at >= ttlMs) {
      const value = lookUp();
      cached = { value, at: now };
      // A failed lookup is not trusted: the next call tries again.
      value.catch(() => {
        if (cached?.value === value) cached = null;
      });
    }
    return cached.value;
  };
}
