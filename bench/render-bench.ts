// The render benchmark: Cytoscape alone in Debian's Chromium (never a downloaded browser), in a
// standalone page (bench/render/index.html) served by a tiny static server, so it measures the
// drawing library with the explorer's look and not the app's code. Per view size and renderer
// (canvas, canvas + WebGL): time to the first painted frame from precomputed positions, and the
// frame rate during a scripted pan and zoom.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createRng } from './prng.ts';
import type { RenderFigures } from './report.ts';

export const CHROMIUM = '/usr/bin/chromium';
const PAGE = fileURLToPath(new URL('./render/index.html', import.meta.url));
const CYTOSCAPE = fileURLToPath(new URL('../node_modules/cytoscape/dist/cytoscape.umd.js', import.meta.url));
export const VIEW_SIZES = [300, 1000, 5000, 10000];
/** Edges per node in a view: 5k nodes, 15k edges, as the goal states. */
const EDGES_PER_NODE = 3;
const KINDS = ['Country', 'Person', 'Organization', 'Group', 'Initiative'] as const;
const POLARITIES = ['alliance', 'alliance', 'alliance', 'tension', 'tension', 'neutral'] as const;

/** The explorer's look on canvas and on WebGL, and canvas with Cytoscape's big-graph options. */
const RENDERERS = [
  { renderer: 'canvas', webgl: false, fast: false },
  { renderer: 'canvas+webgl', webgl: true, fast: false },
  { renderer: 'canvas, haystack edges hidden on pan', webgl: false, fast: true },
];

interface ElementJson {
  group: 'nodes' | 'edges';
  data: Record<string, unknown>;
  position?: { x: number; y: number };
}

/** A scale-free view of n entities with precomputed positions: hubs at the centre of a sunflower spiral. */
export function viewElements(nodes: number, seed = 11): ElementJson[] {
  const rng = createRng(seed);
  const ends: number[] = [];
  const edges: [number, number][] = [];
  for (let i = 1; i < nodes; i += 1) {
    // Each new node links to one earlier node, chosen by degree, so the view is one component.
    const target = ends.length === 0 ? 0 : rng.chance(0.3) ? rng.int(i) : ends[rng.int(ends.length)]!;
    edges.push([i, target]);
    ends.push(i, target);
  }
  while (edges.length < nodes * EDGES_PER_NODE) {
    const a = ends[rng.int(ends.length)]!;
    const b = rng.int(nodes);
    if (a === b) continue;
    edges.push([a, b]);
    ends.push(a, b);
  }
  const degree = new Array<number>(nodes).fill(0);
  for (const [a, b] of edges) {
    degree[a]! += 1;
    degree[b]! += 1;
  }
  const byDegree = [...degree.keys()].sort((a, b) => degree[b]! - degree[a]! || a - b);
  const position = new Array<{ x: number; y: number }>(nodes);
  byDegree.forEach((node, rank) => {
    const radius = 28 * Math.sqrt(rank);
    const angle = rank * 2.399963229728653; // the golden angle
    position[node] = { x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * Math.sin(angle)) };
  });
  const elements: ElementJson[] = [];
  for (let i = 0; i < nodes; i += 1) {
    elements.push({
      group: 'nodes',
      data: { id: `n${i}`, name: `Entity ${i}`, kind: KINDS[i % KINDS.length], size: Math.min(60, 14 + 3 * Math.sqrt(degree[i]!)) },
      position: position[i]!,
    });
  }
  edges.forEach(([a, b], index) => {
    elements.push({
      group: 'edges',
      data: { id: `e${index}`, source: `n${a}`, target: `n${b}`, polarity: POLARITIES[rng.int(POLARITIES.length)], directed: rng.chance(0.6), width: 1 + rng.int(4) },
    });
  });
  return elements;
}

export interface RenderBenchOptions {
  sizes?: number[];
  panZoomMs?: number;
  log: (line: string) => void;
}

interface ViewResult {
  constructedMs: number;
  firstRenderMs: number;
  panFps: number;
  zoomFps: number;
  nodes: number;
  edges: number;
}

export async function runRenderBench({ sizes = VIEW_SIZES, panZoomMs = 4000, log }: RenderBenchOptions): Promise<RenderFigures> {
  const notes: string[] = [];
  if (!existsSync(CHROMIUM)) return { views: [], notes: [`${CHROMIUM} is not installed (apt-get install chromium): render skipped`] };
  const { chromium } = await import('playwright-core');
  const server = await serve();
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
    const webglAvailable = await page.evaluate(() => (window as unknown as { webglAvailable(): boolean }).webglAvailable());
    notes.push(
      `Chromium ${browser.version()} headless, --disable-gpu: canvas is software-rasterised${webglAvailable ? '; WebGL runs on SwiftShader (software), so its figures understate a real GPU' : '; no WebGL context: webgl views skipped'}`,
      `positions precomputed (preset layout), bezier edges, labels, ${EDGES_PER_NODE} edges per node; fps: redraws per second while the viewport changes every frame, panning for ${panZoomMs / 2000} s, then zooming for ${panZoomMs / 2000} s`,
    );
    const views: RenderFigures['views'] = [];
    for (const size of sizes) {
      const elements = viewElements(size);
      for (const { renderer, webgl, fast } of RENDERERS.filter((r) => webglAvailable || !r.webgl)) {
        log(`render: ${size} nodes, ${renderer}...`);
        const result = await page.evaluate(
          (args) => (window as unknown as { benchView(a: typeof args): Promise<ViewResult> }).benchView(args),
          { elements, webgl, fast, panZoomMs },
        );
        views.push({ nodes: result.nodes, edges: result.edges, renderer, firstRenderMs: result.firstRenderMs, constructMs: result.constructedMs, panFps: result.panFps, zoomFps: result.zoomFps });
      }
    }
    if (errors.length > 0) notes.push(`the page logged ${errors.length} error(s), first: ${errors[0]}`);
    return { views, notes };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

function serve(): Promise<Server> {
  const files: Record<string, { path: string; type: string }> = {
    '/': { path: PAGE, type: 'text/html; charset=utf-8' },
    '/cytoscape.js': { path: CYTOSCAPE, type: 'text/javascript; charset=utf-8' },
  };
  const server = createServer((req, res) => {
    const file = files[req.url ?? ''];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file.type }).end(readFileSync(file.path));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
