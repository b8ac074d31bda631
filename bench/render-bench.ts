// The render benchmark: the explorer's own graph code (client/graph, bundled by Vite with
// bench/render/page.ts) in Debian's Chromium (never a downloaded browser), on a bare page served by
// a tiny static server. Per view size and drawing path: time to the first painted frame, and the
// frame rate during a scripted pan and zoom; and the timeline strip's redraw while it is dragged.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { GraphEdge, GraphNode, GraphResponse } from '../contract/index.ts';
import { LARGE_VIEW_NODES } from '../client/graph/large-view.ts';
import { createRng } from './prng.ts';
import type { BenchArgs, BenchMode, ViewResult } from './render/page.ts';
import type { RenderFigures } from './report.ts';
import { measureTimeline, TIMELINE_CLAIMS, TIMELINE_MOVES } from './timeline-bench.ts';

export const CHROMIUM = '/usr/bin/chromium';
const PAGE_DIR = fileURLToPath(new URL('./render/', import.meta.url));
export const VIEW_SIZES = [300, 1000, 5000, 10000];
/** Edges per node in a view: 5k nodes, 15k edges, as the goal states. */
const EDGES_PER_NODE = 3;
const KINDS = ['Country', 'Person', 'Organization', 'Group', 'Initiative'] as const;
const POLARITIES = ['alliance', 'alliance', 'alliance', 'tension', 'tension', 'neutral'] as const;

/** The explorer's small-view look on canvas and on WebGL, its laid-out small view, and the app's large-view path. */
const RENDERERS: { renderer: string; mode: BenchMode }[] = [
  { renderer: 'canvas', mode: 'explorer' },
  { renderer: 'canvas+webgl', mode: 'explorer-webgl' },
  { renderer: 'canvas, signed layout', mode: 'layout' },
  { renderer: 'canvas, large-view path', mode: 'large' },
];

/** A scale-free view of n entities in the API's shape: one component, hubs, a few contested pairs. */
export function viewGraph(nodes: number, seed = 11): GraphResponse {
  const rng = createRng(seed);
  const ends: number[] = [];
  const pairs: [number, number][] = [];
  for (let i = 1; i < nodes; i += 1) {
    // Each new node links to one earlier node, chosen by degree, so the view is one component.
    const target = ends.length === 0 ? 0 : rng.chance(0.3) ? rng.int(i) : ends[rng.int(ends.length)]!;
    pairs.push([i, target]);
    ends.push(i, target);
  }
  while (pairs.length < nodes * EDGES_PER_NODE) {
    const a = ends[rng.int(ends.length)]!;
    const b = rng.int(nodes);
    if (a === b) continue;
    pairs.push([a, b]);
    ends.push(a, b);
  }
  const degree = new Array<number>(nodes).fill(0);
  for (const [a, b] of pairs) {
    degree[a]! += 1;
    degree[b]! += 1;
  }
  const graphNodes: GraphNode[] = degree.map((d, i) => ({
    id: `n${i}`,
    name: `Entity ${i}`,
    kind: KINDS[i % KINDS.length]!,
    aliases: [],
    degree: d,
  }));
  const edges: GraphEdge[] = pairs.map(([a, b], index) => {
    const articleCount = 1 + rng.int(5);
    return {
      id: `e${index}`,
      source: `n${a}`,
      target: `n${b}`,
      type: 'COOPERATES_WITH',
      directed: rng.chance(0.6),
      polarity: POLARITIES[rng.int(POLARITIES.length)]!,
      claimCount: articleCount,
      articleCount,
      mixed: false,
      contested: rng.chance(0.05),
      claims: [],
    };
  });
  return { nodes: graphNodes, edges, truncated: false, counts: { nodes, edges: edges.length, claims: edges.length, articles: 0 } };
}

export interface RenderBenchOptions {
  sizes?: number[];
  panZoomMs?: number;
  log: (line: string) => void;
}

export async function runRenderBench({ sizes = VIEW_SIZES, panZoomMs = 4000, log }: RenderBenchOptions): Promise<RenderFigures> {
  const notes: string[] = [];
  if (!existsSync(CHROMIUM)) return { views: [], notes: [`${CHROMIUM} is not installed (apt-get install chromium): render skipped`] };
  const { chromium } = await import('playwright-core');
  const server = await serve(await bundlePage());
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    // SwiftShader gives WebGL without a GPU; without it the WebGL renderer cannot be measured here.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--enable-unsafe-swiftshader'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const webglAvailable = await page.evaluate(() => window.webglAvailable());
    notes.push(
      `Chromium ${browser.version()} headless, --disable-gpu: canvas is software-rasterised${webglAvailable ? '; WebGL runs on SwiftShader (software), so its figures understate a real GPU' : '; no WebGL context: webgl views skipped'}`,
      `${EDGES_PER_NODE} edges per node, positions from the large-view spiral (client/graph/large-view.ts); canvas, canvas+webgl: the explorer's stylesheet as small views get it (bezier edges, arrows), preset layout; signed layout: the explorer's own render() up to ${LARGE_VIEW_NODES} nodes, first frame after fcose and the overlap pass (no animation); large-view path: the explorer's own render(), which takes it above ${LARGE_VIEW_NODES} nodes (here at every size)`,
      `fps: redraws per second while a script changes the viewport every frame, panning for ${panZoomMs / 2000} s, then zooming for ${panZoomMs / 2000} s (a script is no user gesture: edges stay drawn)`,
    );
    log(`render: timeline strip, ${TIMELINE_CLAIMS} claims, ${TIMELINE_MOVES} drag moves...`);
    const timeline = await measureTimeline(page);
    notes.push(
      'timeline: the redraw of one pointer move of a handle (bars, band, handles), timed in the page until the canvas is drawn (a 1-pixel read makes Chromium finish it); the bins are built once per view',
    );
    const views: RenderFigures['views'] = [];
    for (const size of sizes) {
      const graph = viewGraph(size);
      // The explorer lays out views up to LARGE_VIEW_NODES; larger ones take the large-view path.
      const measured = RENDERERS.filter(
        (r) => (webglAvailable || r.mode !== 'explorer-webgl') && (r.mode !== 'layout' || size <= LARGE_VIEW_NODES),
      );
      for (const { renderer, mode } of measured) {
        log(`render: ${size} nodes, ${renderer}...`);
        const args: BenchArgs = { graph, mode, panZoomMs };
        const result: ViewResult = await page.evaluate((a) => window.benchView(a), args);
        views.push({
          nodes: result.nodes,
          edges: result.edges,
          renderer,
          firstRenderMs: result.firstRenderMs,
          constructMs: result.constructedMs,
          panFps: result.panFps,
          zoomFps: result.zoomFps,
        });
      }
    }
    if (errors.length > 0) notes.push(`the page logged ${errors.length} error(s), first: ${errors[0]}`);
    return { views, notes, timeline };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** page.ts with the client modules it imports, bundled as the app is (Vite), in memory: the script and the stylesheets they import. */
async function bundlePage(): Promise<{ script: string; css: string }> {
  const { build } = await import('vite');
  const output = await build({
    configFile: false,
    root: PAGE_DIR,
    logLevel: 'warn',
    build: { write: false, lib: { entry: 'page.ts', formats: ['iife'], name: 'renderBench', fileName: 'page' } },
  });
  const files = (Array.isArray(output) ? output : [output]).flatMap((result) => ('output' in result ? result.output : []));
  const chunk = files.find((file) => file.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('bench/render/page.ts: Vite produced no script');
  const css = files.find((file) => file.type === 'asset' && file.fileName.endsWith('.css'));
  return { script: chunk.code, css: css?.type === 'asset' ? String(css.source) : '' };
}

function serve({ script, css }: { script: string; css: string }): Promise<Server> {
  const files: Record<string, { body: string | Buffer; type: string }> = {
    '/': { body: readFileSync(`${PAGE_DIR}index.html`), type: 'text/html; charset=utf-8' },
    '/page.js': { body: script, type: 'text/javascript; charset=utf-8' },
    '/page.css': { body: css, type: 'text/css; charset=utf-8' },
  };
  const server = createServer((req, res) => {
    const file = files[req.url ?? ''];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file.type }).end(file.body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
