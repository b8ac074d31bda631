// The Cytoscape canvas: draws a graph response, runs the layout, reports taps, keeps pins, and
// applies highlights. Exposes the instance as window.cy for tests and for the console task.
import cytoscape, { type Core, type EventObjectEdge, type EventObjectNode, type Position, type StylesheetJson } from 'cytoscape';
import cola from 'cytoscape-cola';
import fcose from 'cytoscape-fcose';
import type { GraphResponse } from '../../contract/index.ts';
import type { Pin, Selection } from '../state/view-state.ts';
import { placeElements, toElements, type ElementOptions, type LineMode } from './graph-elements.ts';
import { stylesheet } from './graph-style.ts';
import { attachKeyboardWalk } from './keyboard-walk.ts';
import { isLargeView, largeViewStylesheet, setLargeViewRendering, spiralPositions } from './large-view.ts';
import { calmStart, LAYOUT_DEFAULTS, seededPositions, type LayoutEngine, type LayoutSettings } from './layout.ts';
import { createLayoutRunner, fitCapped, fitsViewport, MAX_ZOOM, type LayoutRunner } from './layout-runner.ts';
import { endsOf } from './pair-edges.ts';

cytoscape.use(fcose);
cytoscape.use(cola);

declare global {
  interface Window {
    cy?: Core;
  }
}

export interface GraphViewOptions {
  container: HTMLElement;
  /** A tap on a node or an edge, or on the background (null). */
  onSelect: (selection: Selection | null) => void;
  /** The pinned nodes changed (drag, double-click, unpin all). */
  onPinsChange?: (pins: Pin[]) => void;
  layout?: LayoutSettings;
  elements?: ElementOptions;
}

export interface Highlight {
  focus: string | null;
  selection: Selection | null;
  /** Elements on the highlighted paths; null when no paths are shown. */
  path: { nodes: Set<string>; edges: Set<string> } | null;
}

/** How a view is drawn besides its graph. */
export interface RenderOptions {
  lines: LineMode;
  /** The focus entity: marked before the layout measures the labels. */
  focus: string | null;
  /** Historical claims count in the pairs' verdicts, as the view asked the API (default false). */
  historical?: boolean;
  /** 'plain' (cola) for a console result, whose lines carry no sign; default 'signed' (fcose). */
  layout?: LayoutEngine;
}

export interface GraphView {
  cy: Core;
  /**
   * Draws the graph and starts the layout; settled() tells when the layout has stopped. Entities
   * already on screen keep their place (a calm change); a view with none of them is laid out afresh.
   */
  render(graph: GraphResponse, options: RenderOptions): void;
  /** Lays the whole view out again; pins stay. */
  relayout(): Promise<void>;
  settled(): Promise<void>;
  unpinAll(): void;
  /** The pins of the view (from its link): pinned entities move there and stay. */
  setPins(pins: readonly Pin[]): void;
  highlight(highlight: Highlight): void;
  fit(): void;
}

/** Taps become selections; hovered edges show their label; a dragged node is pinned, a double-clicked one unpinned. */
function listen(cy: Core, options: GraphViewOptions, pins: Map<string, Position>, runner: LayoutRunner): void {
  // Cytoscape types every event's target as any; the selector says what it is.
  cy.on('tap', 'node', (event: EventObjectNode) => options.onSelect({ kind: 'node', id: event.target.id() }));
  cy.on('tap', 'edge', (event: EventObjectEdge) => options.onSelect({ kind: 'edge', id: event.target.id() }));
  cy.on('tap', (event) => event.target === cy && options.onSelect(null));
  cy.on('mouseover', 'edge', (event: EventObjectEdge) => event.target.addClass('hover'));
  cy.on('mouseout', 'edge', (event: EventObjectEdge) => event.target.removeClass('hover'));
  cy.on('dragfree', 'node', (event: EventObjectNode) => {
    const node = event.target;
    // Whole model px, as the link keeps them.
    const dropped = { x: Math.round(node.position('x')), y: Math.round(node.position('y')) };
    pins.set(node.id(), dropped);
    node.position(dropped);
    node.addClass('pinned');
    // A node dropped while the layout still runs stays where it was dropped.
    if (runner.active) node.lock();
    options.onPinsChange?.(pinList(pins));
  });
  cy.on('dbltap', 'node', (event: EventObjectNode) => {
    pins.delete(event.target.id());
    event.target.removeClass('pinned').unlock();
    options.onPinsChange?.(pinList(pins));
  });
}

const pinList = (pins: ReadonlyMap<string, Position>): Pin[] => [...pins].map(([id, { x, y }]) => ({ id, x, y }));

/** What draws a selection: the element itself, or for a relationship in the pair view (or a pair by type), the lines between its two ends. */
function drawnSelection(cy: Core, selection: Selection) {
  const element = cy.$id(selection.id);
  if (element.nonempty() || selection.kind === 'node') return element;
  const [a, b] = endsOf(selection.id);
  return cy.$id(a).edgesWith(cy.$id(b));
}

/** Marks the focus, selects the selection, and dims what is off the paths (or fades what does not touch the selection). */
function applyHighlight(cy: Core, { focus, selection, path }: Highlight): void {
  cy.batch(() => {
    cy.elements().removeClass('path dimmed faded focus');
    cy.elements().unselect();
    if (focus) cy.$id(focus).addClass('focus');
    const selected = selection ? drawnSelection(cy, selection) : cy.collection();
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

/** Where each entity of the next view starts, and which ones keep their place (none: a fresh layout). */
function startOf(cy: Core, graph: GraphResponse, calm: boolean): { start: Map<string, Position>; kept?: Set<string> } {
  const ids = graph.nodes.map((node) => node.id);
  const previous = new Map(cy.nodes().map((node) => [node.id(), { ...node.position() }]));
  const kept = new Set(ids.filter((id) => previous.has(id)));
  if (!calm || kept.size === 0) return { start: seededPositions(ids) };
  const neighbours = new Map<string, string[]>();
  for (const { source, target } of graph.edges) {
    neighbours.set(source, [...(neighbours.get(source) ?? []), target]);
    neighbours.set(target, [...(neighbours.get(target) ?? []), source]);
  }
  return { start: calmStart(ids, neighbours, previous), kept };
}

/**
 * The stage changes size when the panels around it do (the compare legend, the timeline strip):
 * Cytoscape is told, and a graph that fitted before the change is fitted again. A user's own zoom
 * (a graph that did not fit) is left alone.
 */
function keepInView(cy: Core, container: HTMLElement, runner: LayoutRunner, padding: number): void {
  new ResizeObserver(() => {
    // Cytoscape still holds the old size here, so this asks whether everything was in view; a
    // running layout fits the view it started with, which this change may have made too small.
    const fitted = runner.active || fitsViewport(cy);
    cy.resize();
    if (!fitted) return;
    void runner.settled().then(() => {
      if (cy.nodes().nonempty() && !fitsViewport(cy)) fitCapped(cy, padding);
    });
  }).observe(container);
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
  const runner = createLayoutRunner(cy, pins, options.layout);
  /** Start positions of the view on screen when it is large (no layout runs then); else null. */
  let spiral: Map<string, Position> | null = null;
  let baseRules = stylesheet().length;
  /** The layout of the view on screen, which Re-layout runs again. */
  let engine: LayoutEngine = 'signed';

  listen(cy, options, pins, runner);
  attachKeyboardWalk(cy, options.container, options.onSelect);
  keepInView(cy, options.container, runner, options.layout?.padding ?? LAYOUT_DEFAULTS.padding);

  function draw(graph: GraphResponse, { lines, focus, historical = false, layout = 'signed' }: RenderOptions): void {
    const large = isLargeView(graph.nodes.length, options.layout?.largeViewThreshold);
    // Calm only after a finished view: one cut short mid-layout is laid out afresh.
    const { start, kept } = large ? { start: spiralPositions(graph.nodes) } : startOf(cy, graph, !runner.active);
    runner.stop();
    const wasLarge = spiral !== null;
    spiral = large ? start : null;
    const elements = placeElements(toElements(graph, { ...options.elements, lines, focus, historical }), start, pins);
    // One batch with positions in the definitions: styles and geometry are computed once.
    cy.batch(() => {
      cy.elements().remove();
      if (large !== wasLarge) baseRules = swapStylesheet(cy, large, baseRules);
      cy.add(elements);
    });
    engine = layout;
    void (large ? runner.placeLarge(start, false) : runner.run(kept, engine));
  }

  return {
    cy,
    render: draw,
    relayout: () => (spiral ? runner.placeLarge(spiral, true) : runner.run(undefined, engine)),
    settled: () => runner.settled(),
    unpinAll() {
      pins.clear();
      cy.nodes().removeClass('pinned').unlock();
      options.onPinsChange?.([]);
    },
    setPins(next) {
      if (sameSet(pinList(pins), next)) return;
      pins.clear();
      for (const pin of next) pins.set(pin.id, { x: pin.x, y: pin.y });
      cy.batch(() => {
        cy.nodes().removeClass('pinned');
        for (const pin of next) cy.$id(pin.id).position({ x: pin.x, y: pin.y }).addClass('pinned');
      });
    },
    highlight: (highlight) => applyHighlight(cy, highlight),
    fit: () => fitCapped(cy, 40),
  };
}

const sameSet = (a: readonly Pin[], b: readonly Pin[]): boolean =>
  a.length === b.length && a.every((pin) => b.some((other) => other.id === pin.id && other.x === pin.x && other.y === pin.y));
