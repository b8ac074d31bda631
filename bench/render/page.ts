// The render benchmark's page script, bundled from the explorer's own modules by render-bench.ts:
// the explorer's stylesheet and elements, and its graph view with the large-view fast path.
import cytoscape, { type Core } from 'cytoscape';
import type { GraphResponse } from '../../contract/index.ts';
import { toElements } from '../../client/graph/graph-elements.ts';
import { stylesheet } from '../../client/graph/graph-style.ts';
import { createGraphView } from '../../client/graph/graph-view.ts';
import { spiralPositions } from '../../client/graph/large-view.ts';
import './timeline-page.ts';

/**
 * explorer: the explorer's look for small views (bezier edges, arrows), drawn from positions;
 * layout: the app's own render() of a small view, signed layout and overlap pass included;
 * large: the app's own render() on its large-view path.
 */
export type BenchMode = 'explorer' | 'explorer-webgl' | 'layout' | 'large';

export interface BenchArgs {
  graph: GraphResponse;
  mode: BenchMode;
  panZoomMs: number;
}

export interface ViewResult {
  constructedMs: number;
  firstRenderMs: number;
  panFps: number;
  zoomFps: number;
  nodes: number;
  edges: number;
}

declare global {
  interface Window {
    webglAvailable(): boolean;
    benchView(args: BenchArgs): Promise<ViewResult>;
  }
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const container = document.getElementById('graph')!;

window.webglAvailable = () => {
  const canvas = document.createElement('canvas');
  return Boolean(canvas.getContext('webgl2') || canvas.getContext('webgl'));
};

function drawExplorer(graph: GraphResponse, webgl: boolean): Core {
  const positions = spiralPositions(graph.nodes);
  const elements = toElements(graph).map((element) =>
    element.group === 'nodes' ? { ...element, position: positions.get(element.data.id!)! } : element,
  );
  return cytoscape({
    container,
    elements,
    style: stylesheet(),
    layout: { name: 'preset', fit: true, padding: 40 },
    // The option exists at run time but not in @types/cytoscape.
    ...({ renderer: { name: 'canvas', webgl } } as object),
    minZoom: 0.1,
    maxZoom: 4,
  });
}

/** The explorer's own render(); `large`: every size takes the fast path (the explorer takes it above LARGE_VIEW_NODES). */
function drawView(graph: GraphResponse, large: boolean): { cy: Core; settled: Promise<void> } {
  const layout = large ? { largeViewThreshold: 0 } : { animate: false };
  const view = createGraphView({ container, onSelect: () => undefined, layout });
  view.render(graph, { lines: 'pairs', focus: null });
  return { cy: view.cy, settled: view.settled() };
}

/** Draws one view; returns first-render time and pan/zoom frame rate. */
window.benchView = async ({ graph, mode, panZoomMs }) => {
  window.cy?.destroy();
  await frame();
  let renders = 0;
  const started = performance.now();
  const drawn =
    mode === 'large' || mode === 'layout' ? drawView(graph, mode === 'large') : { cy: drawExplorer(graph, mode === 'explorer-webgl') };
  const cy = drawn.cy;
  window.cy = cy;
  // Count the renderer's draws: the WebGL path emits no 'render' event, so wrap its draw call.
  const renderer = (cy as unknown as { renderer(): { render: (...args: unknown[]) => unknown } }).renderer();
  const draw = renderer.render.bind(renderer);
  renderer.render = (...args) => {
    renders += 1;
    return draw(...args);
  };
  const constructedMs = performance.now() - started;
  // A laid-out view is ready when its layout has stopped and the next frame is painted.
  if ('settled' in drawn) await drawn.settled;
  while (renders === 0 && performance.now() - started < 60000) await frame();
  await frame();
  const firstRenderMs = performance.now() - started;

  // Scripted viewport changes, a new viewport every animation frame: first panning alone (the
  // renderer may reuse its cached textures), then zooming in and out (it must redraw them).
  const zoom = cy.zoom();
  const pan = cy.pan();
  const measure = async (move: (seconds: number) => void) => {
    renders = 0;
    const start = performance.now();
    while (performance.now() - start < panZoomMs / 2) {
      move((performance.now() - start) / 1000);
      await frame();
    }
    return renders / ((performance.now() - start) / 1000);
  };
  const panFps = await measure((t) =>
    cy.viewport({ zoom: zoom * 1.6, pan: { x: pan.x - 300 * Math.sin(t), y: pan.y - 200 * Math.cos(t * 0.7) } }),
  );
  const zoomFps = await measure((t) => cy.zoom({ level: zoom * (1.6 + 0.8 * Math.sin(t * 1.5)), renderedPosition: { x: 800, y: 500 } }));
  return { constructedMs, firstRenderMs, panFps, zoomFps, nodes: cy.nodes().length, edges: cy.edges().length };
};
