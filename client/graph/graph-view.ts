// The Cytoscape canvas: draws a graph response, runs the layout, reports taps, keeps pins, and
// applies highlights. Exposes the instance as window.cy for tests and for the console task.
import cytoscape, {
  type Core,
  type EventObjectEdge,
  type EventObjectNode,
  type Layouts,
  type Position,
  type StylesheetJson,
} from 'cytoscape';
import cola from 'cytoscape-cola';
import fcose from 'cytoscape-fcose';
import type { GraphResponse } from '../../contract/index.ts';
import type { Selection } from '../state/view-state.ts';
import { placeElements, toElements, type ElementOptions } from './graph-elements.ts';
import { stylesheet } from './graph-style.ts';
import { fitViewport, isLargeView, largeViewStylesheet, setLargeViewRendering, spiralPositions } from './large-view.ts';
import { LAYOUT_DEFAULTS, layoutOptions, seededPositions, type LayoutSettings } from './layout.ts';

cytoscape.use(cola);
cytoscape.use(fcose);

declare global {
  interface Window {
    cy?: Core;
  }
}

/** Fitting a small graph stops at this zoom, so a handful of nodes is not blown up to poster size. */
const MAX_FIT_ZOOM = 1.25;
const MAX_ZOOM = 4;

export interface GraphViewOptions {
  container: HTMLElement;
  /** A tap on a node or an edge, or on the background (null). */
  onSelect: (selection: Selection | null) => void;
  /** The set of pinned nodes changed (drag, double-click, unpin all). */
  onPinsChange?: (count: number) => void;
  layout?: LayoutSettings;
  elements?: ElementOptions;
}

export interface Highlight {
  focus: string | null;
  selection: Selection | null;
  /** Elements on the highlighted paths; null when no paths are shown. */
  path: { nodes: Set<string>; edges: Set<string> } | null;
}

export interface GraphView {
  cy: Core;
  /** Draws the graph and starts the layout; settled() tells when the layout has stopped. */
  render(graph: GraphResponse): void;
  relayout(): Promise<void>;
  settled(): Promise<void>;
  unpinAll(): void;
  highlight(highlight: Highlight): void;
  fit(): void;
}

/** Taps become selections; hovered edges show their label; a dragged node is pinned, a double-clicked one unpinned. */
function listen(cy: Core, options: GraphViewOptions, pins: Map<string, Position>, layoutRunning: () => boolean): void {
  // Cytoscape types every event's target as any; the selector says what it is.
  cy.on('tap', 'node', (event: EventObjectNode) => options.onSelect({ kind: 'node', id: event.target.id() }));
  cy.on('tap', 'edge', (event: EventObjectEdge) => options.onSelect({ kind: 'edge', id: event.target.id() }));
  cy.on('tap', (event) => event.target === cy && options.onSelect(null));
  cy.on('mouseover', 'edge', (event: EventObjectEdge) => event.target.addClass('hover'));
  cy.on('mouseout', 'edge', (event: EventObjectEdge) => event.target.removeClass('hover'));
  cy.on('dragfree', 'node', (event: EventObjectNode) => {
    const node = event.target;
    pins.set(node.id(), { ...node.position() });
    node.addClass('pinned');
    // A node dropped while the layout still runs stays where it was dropped.
    if (layoutRunning()) node.lock();
    options.onPinsChange?.(pins.size);
  });
  cy.on('dbltap', 'node', (event: EventObjectNode) => {
    pins.delete(event.target.id());
    event.target.removeClass('pinned').unlock();
    options.onPinsChange?.(pins.size);
  });
}

/** Marks the focus, selects the selection, and dims what is off the paths (or fades what does not touch the selection). */
function applyHighlight(cy: Core, { focus, selection, path }: Highlight): void {
  cy.batch(() => {
    cy.elements().removeClass('path dimmed faded focus');
    cy.elements().unselect();
    if (focus) cy.$id(focus).addClass('focus');
    const selected = selection ? cy.$id(selection.id) : cy.collection();
    selected.select();
    if (path) {
      const on = cy.elements().filter((el) => (el.isNode() ? path.nodes.has(el.id()) : path.edges.has(el.id())));
      on.addClass('path');
      cy.elements().not(on).addClass('dimmed');
    } else if (selected.nonempty()) {
      // Keep the selection and what touches it readable; fade the rest.
      const ends = selected.edges().connectedNodes();
      const keep = selected.nodes().nonempty() ? selected.nodes().closedNeighborhood() : ends.union(ends.edgesWith(ends));
      cy.elements().not(keep).addClass('faded');
    }
  });
}

/** Between the full and the lean stylesheet, on an empty graph; rules others appended (the console's) stay. Returns the new base's rule count. */
function swapStylesheet(cy: Core, large: boolean, baseRules: number): number {
  const appended = (cy.style() as unknown as { json(): StylesheetJson }).json().slice(baseRules);
  const base = large ? largeViewStylesheet() : stylesheet();
  cy.style([...base, ...appended]);
  setLargeViewRendering(cy, large);
  return base.length;
}

/** Fits a large view from its node positions, which spares measuring every element's box before the first frame. */
function fitLarge(cy: Core, padding: number): void {
  cy.viewport(
    fitViewport(
      cy.nodes().map((node) => node.position()),
      { width: cy.width(), height: cy.height(), padding, maxZoom: MAX_FIT_ZOOM },
    ),
  );
}

/** Resolves when the layout has stopped; a layout started while waiting replaces the one waited for, so that one is waited for too. */
async function settle(running: () => Promise<void>): Promise<void> {
  let waited: Promise<void>;
  do {
    waited = running();
    await waited;
  } while (waited !== running());
}

export function createGraphView(options: GraphViewOptions): GraphView {
  const cy = cytoscape({
    container: options.container,
    style: stylesheet(),
    minZoom: 0.1,
    maxZoom: MAX_ZOOM,
    boxSelectionEnabled: false,
    selectionType: 'single',
  });
  window.cy = cy;
  /** Positions of nodes the user dragged, kept across re-layouts and re-renders. */
  const pins = new Map<string, Position>();
  let layout: Layouts | undefined;
  let running: Promise<void> = Promise.resolve();
  /** Start positions of the view on screen when it is large (no layout runs then); else null. */
  let spiral: Map<string, Position> | null = null;
  let baseRules = stylesheet().length;

  listen(cy, options, pins, () => layout !== undefined);

  function run(): Promise<void> {
    layout?.stop();
    if (spiral) return placeLarge(spiral, true);
    const pinned = cy.nodes().filter((node) => pins.has(node.id()));
    pinned.forEach((node) => void node.position({ ...pins.get(node.id())! }));
    // cola and fcose leave locked nodes in place; they are unlocked again when the layout stops.
    pinned.lock();
    const current = cy.elements().layout(layoutOptions(cy.nodes().length, pins, options.layout));
    layout = current;
    // The layout fits the viewport on every tick; cap how far that may zoom in.
    cy.maxZoom(MAX_FIT_ZOOM);
    running = new Promise((resolve) => {
      current.one('layoutstop', () => {
        if (layout === current) {
          layout = undefined;
          cy.nodes(':locked').unlock();
          cy.maxZoom(MAX_ZOOM);
        }
        resolve();
      });
      current.run();
    });
    return running;
  }

  /** A large view keeps its computed positions (pins win): a force layout of thousands of nodes takes seconds. */
  function placeLarge(start: ReadonlyMap<string, Position>, moved: boolean): Promise<void> {
    layout = undefined;
    if (moved) cy.batch(() => cy.nodes().forEach((node) => void node.position({ ...(pins.get(node.id()) ?? start.get(node.id())!) })));
    fitLarge(cy, options.layout?.padding ?? LAYOUT_DEFAULTS.padding);
    return (running = Promise.resolve());
  }

  return {
    cy,
    render(graph) {
      layout?.stop();
      const large = isLargeView(graph.nodes.length, options.layout?.largeViewThreshold);
      const start = large ? spiralPositions(graph.nodes) : seededPositions(graph.nodes.map((node) => node.id));
      const wasLarge = spiral !== null;
      spiral = large ? start : null;
      const elements = placeElements(toElements(graph, options.elements), start, pins);
      // One batch with positions in the definitions: styles and geometry are computed once.
      cy.batch(() => {
        cy.elements().remove();
        if (large !== wasLarge) baseRules = swapStylesheet(cy, large, baseRules);
        cy.add(elements);
      });
      void (large ? placeLarge(start, false) : run());
    },
    relayout: run,
    settled: () => settle(() => running),
    unpinAll() {
      pins.clear();
      cy.nodes().removeClass('pinned').unlock();
      options.onPinsChange?.(0);
    },
    highlight: (highlight) => applyHighlight(cy, highlight),
    fit() {
      cy.maxZoom(MAX_FIT_ZOOM);
      cy.fit(cy.elements(), 40);
      cy.maxZoom(MAX_ZOOM);
    },
  };
}
