// Browser-test harness: the real app in-process on a free port over the test Neo4j with the seed
// corpus, and Debian's Chromium driven by playwright-core (never a downloaded browser). Tests wait
// on the page's explicit ready signal (body[data-state], body[data-renders]), never on a clock.
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { createApp } from '../../server/app.ts';
import { CLIENT_DIST, ensureClientBuilt } from '../../server/client-build.ts';
import { loadCorpus } from '../../server/corpus/load.ts';
import { readValidCorpus } from '../../server/corpus/valid-corpus.ts';
import type { Neo4j } from '../../server/db/neo4j.ts';
import type { AccessOptions } from '../../server/http/read-access.ts';
import { applySchema } from '../../server/db/schema.ts';
import { connectTestNeo4j, resetGraph } from '../support/neo4j.ts';
import { eventually } from '../support/process.ts';
import { seedCorpus } from '../support/seed-corpus.ts';
import { ENTITY_KINDS, pairKey, POLARITIES } from '../../contract/index.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Every key the legend shows: each kind, each polarity, and the contested, directed and width samples. */
export const LEGEND_KEYS = [...ENTITY_KINDS, ...POLARITIES, 'contested', 'directed', 'width-1'];

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = path.join(ROOT, 'test-results', 'browser');
const log = (line: string) => console.log(`[harness] ${line}`);
/** Setup may wait for Chromium to finish installing, on top of a client build and a corpus load. */
export const BROWSER_SETUP_MS = 15 * 60_000;

export interface RunningExplorer {
  url: string;
  db: Neo4j;
  /** GET a JSON document from the running API. */
  api<T>(pathAndQuery: string): Promise<T>;
  close(): Promise<void>;
}

export interface ExplorerOptions {
  /** A data folder to serve, and to write when articles are added; default: the seed corpus, read-only. */
  dataDir?: string;
  /** Who may read and write; default loopback with no token. */
  access?: AccessOptions;
}

/** Builds the client if stale, loads the corpus into a clean graph, and serves the app. */
export async function startExplorer({ dataDir, access = { host: '127.0.0.1' } }: ExplorerOptions = {}): Promise<RunningExplorer> {
  await ensureClientBuilt(log);
  const db = await connectTestNeo4j();
  await applySchema(db);
  await resetGraph(db);
  await loadCorpus(db, dataDir === undefined ? seedCorpus() : readValidCorpus(dataDir));
  const ingest = dataDir === undefined ? undefined : { dataDir, access };
  const app = createApp({ db, clientDir: CLIENT_DIST, access, ingest, log });
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(0, '127.0.0.1');
    listening.once('listening', () => resolve(listening));
    listening.once('error', reject);
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    db,
    async api<T>(pathAndQuery: string) {
      const response = await fetch(`${url}${pathAndQuery}`);
      if (!response.ok) throw new Error(`${pathAndQuery}: ${response.status}`);
      return (await response.json()) as T;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await db.close();
    },
  };
}

/** Chromium may still be being installed when tests start: wait for it (never download one). */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) log(`waiting for ${CHROMIUM} to be installed...`);
  if (!(await eventually(() => existsSync(CHROMIUM), 600_000))) throw new Error(`${CHROMIUM} not found; install Debian's chromium package`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

export interface OpenPage {
  page: Page;
  /** Uncaught errors in the page and Content-Security-Policy violations; a test fails when any occurred. */
  errors: string[];
  close(): Promise<void>;
}

/** A fresh page (own context: own history and storage) with its console forwarded to the test log. */
export async function openPage(browser: Browser, { width = 1500, height = 920 } = {}): Promise<OpenPage> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => console.log(`[browser ${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => {
    console.log(`[browser pageerror] ${error.stack ?? error.message}`);
    errors.push(error.message);
  });
  await reportCspViolations(page, errors);
  return { page, errors, close: () => context.close() };
}

/**
 * Every CSP violation becomes a page error: the securitypolicyviolation event (the script that
 * listens is injected by the browser driver, which the policy does not govern) and, for what
 * happens before it listens, Chromium's console report.
 */
async function reportCspViolations(page: Page, errors: string[]): Promise<void> {
  await page.exposeFunction('__ententeCspViolation', (what: string) => {
    console.log(`[browser csp] ${what}`);
    errors.push(`CSP violation: ${what}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __ententeCspViolation: (what: string) => void }).__ententeCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) errors.push(`CSP: ${message.text()}`);
  });
}

export const renders = (page: Page): Promise<number> => page.evaluate(() => Number(document.body.dataset.renders ?? 0));

/** Waits until the page has finished a render after `after` (a renders count) and is ready. */
export async function waitForReady(page: Page, after = 0): Promise<void> {
  await page.waitForFunction((before) => document.body.dataset.state === 'ready' && Number(document.body.dataset.renders) > before, after, {
    timeout: 30_000,
  });
}

/** Does `action` and waits for the view it causes to be fully drawn. */
export async function afterRender(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await renders(page);
  await action();
  await waitForReady(page, before);
}

export async function goto(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForReady(page);
}

export interface GraphState {
  nodes: string[];
  edges: string[];
}

/** What Cytoscape draws, from window.cy. */
export function graphState(page: Page, selector = '*'): Promise<GraphState> {
  return page.evaluate((sel) => {
    const cy = window.cy!;
    return {
      nodes: cy
        .nodes(sel)
        .map((n) => n.id())
        .sort(),
      edges: cy
        .edges(sel)
        .map((e) => e.id())
        .sort(),
    };
  }, selector);
}

/**
 * What the explorer should draw for an API graph: its nodes, and one line per pair of entities
 * (the default) or per relationship (`types`).
 */
export function idsOf(
  graph: { nodes: { id: string }[]; edges: { id: string; source: string; target: string }[] },
  lines: 'pairs' | 'types' = 'pairs',
): GraphState {
  const edges = lines === 'types' ? graph.edges.map((e) => e.id) : [...new Set(graph.edges.map((e) => pairKey(e.source, e.target)))];
  return { nodes: graph.nodes.map((n) => n.id).sort(), edges: edges.sort() };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/**
 * A synthetic /api/graph answer with `size` entities (a ring plus chords, every kind and polarity),
 * flagged truncated: for the large-graph layout and the truncated flag, which the seed corpus is
 * too small to reach.
 */
export function largeGraph(size: number) {
  const kinds = ['Country', 'Person', 'Organization', 'Group', 'Initiative'];
  const polarities = ['alliance', 'tension', 'neutral'] as const;
  const id = (i: number) => `entity-${i % size}`;
  const nodes = Array.from({ length: size }, (_, i) => ({
    id: id(i),
    name: `Entity ${i}`,
    kind: kinds[i % kinds.length]!,
    aliases: [],
    degree: 3,
  }));
  const edges = Array.from({ length: size + Math.floor(size / 3) }, (_, i) => {
    const [source, target] = i < size ? [id(i), id(i + 1)] : [id((i - size) * 3), id((i - size) * 3 + 17)];
    const polarity = polarities[i % 3]!;
    return {
      id: `${source}|MET_WITH|${target}`,
      source,
      target,
      type: 'MET_WITH',
      directed: i % 2 === 0,
      polarity,
      claimCount: 1,
      articleCount: 1 + (i % 5),
      contested: i % 11 === 0,
      mixed: false,
      claims: [{ claimId: `c${i}`, quote: `Quote ${i}`, articleId: 'synthetic', statedBy: null, date: null, polarity, historical: false }],
    };
  });
  return { nodes, edges, truncated: true, counts: { nodes: nodes.length, edges: edges.length, claims: edges.length, articles: 1 } };
}

export interface BrowserSession {
  explorer: RunningExplorer;
  browser: Browser;
  tab: OpenPage;
}

/**
 * The hooks every browser suite shares: one app and one Chromium per file, a fresh page per test
 * that must end without errors thrown in the page. `bind` receives the session each time it changes.
 */
export function useBrowserSession(bind: (session: BrowserSession) => void, options: ExplorerOptions = {}): void {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    session.explorer = await startExplorer(options);
    session.browser = await launchBrowser();
    bind(session);
  }, BROWSER_SETUP_MS);
  afterAll(async () => {
    await session.browser?.close();
    await session.explorer?.close();
  });
  beforeEach(async () => {
    session.tab = await openPage(session.browser);
    bind(session);
  });
  afterEach(async () => {
    await session.tab.close();
    expect(session.tab.errors, 'errors thrown in the page').toEqual([]);
  });
}
