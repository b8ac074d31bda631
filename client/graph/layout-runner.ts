// Runs the view's layout and says when it has stopped: the signed force layout (layout.ts), then
// overlaps cleared (overlap-removal.ts), then the entities moved there. A full run lays out every
// entity but the pinned ones and animates them into place, fitted; a calm run, after a filter or
// focus change, keeps the entities that were already on screen where they were, clears room for
// the new ones (which start beside the entities they join), at once, and eases the viewport to fit
// only when the view no longer fits it: no re-shuffle. Re-layout runs the full layout again.
import type { Core, Layouts, NodeSingular, Position } from 'cytoscape';
import { fitViewport } from './large-view.ts';
import {
  DISTANCE_START_NODES,
  LAYOUT_DEFAULTS,
  layoutOptions,
  plainLayoutOptions,
  startFromDistances,
  type LayoutEngine,
  type LayoutSettings,
} from './layout.ts';
import { separate, type Footprint } from './overlap-removal.ts';

/** Fitting a small graph stops at this zoom, so a handful of nodes is not blown up to poster size. */
export const MAX_FIT_ZOOM = 1.25;
export const MAX_ZOOM = 4;
/** How long a calm change eases the viewport to its new fit, in ms. */
const CALM_FIT_MS = 250;
/** How long a full layout animates the entities from their seeded places, in ms. */
const SETTLE_MS = 500;

/** An entity's shape and label as a box around its position. */
function footprint(node: NodeSingular, fixed: ReadonlyMap<string, Position>): Footprint {
  const position = node.position();
  const at = fixed.get(node.id());
  const bb = node.boundingBox({ includeNodes: true, includeLabels: true, includeEdges: false, includeOverlays: false });
  const box = { x1: bb.x1 - position.x, y1: bb.y1 - position.y, x2: bb.x2 - position.x, y2: bb.y2 - position.y };
  // fcose holds a fixed entity by the centre of its shape and label, which is not its position: it
  // comes back where it was, not where fcose left it.
  return { id: node.id(), position: { ...(at ?? position) }, box, fixed: at !== undefined };
}

export interface LayoutRunner {
  /** Lays out the view; `kept`: entities that stay where they are (a calm run). Pins always stay. */
  run(kept?: ReadonlySet<string>, engine?: LayoutEngine): Promise<void>;
  /** A large view keeps its computed positions (pins win); `moved`: put the nodes back there first. */
  placeLarge(start: ReadonlyMap<string, Position>, moved: boolean): Promise<void>;
  stop(): void;
  /** Resolves when the layout has stopped, including one started while waiting. */
  settled(): Promise<void>;
  /** A layout is running (a node dropped now must be held in place). */
  readonly active: boolean;
}

/** The viewport fit, with the zoom capped. */
export function fitCapped(cy: Core, padding: number, duration = 0): void {
  cy.maxZoom(MAX_FIT_ZOOM);
  const target = { eles: cy.elements(), padding };
  if (duration > 0) cy.animate({ fit: target }, { duration, complete: () => void cy.maxZoom(MAX_ZOOM) });
  else {
    cy.fit(target.eles, padding);
    cy.maxZoom(MAX_ZOOM);
  }
}

/** Every element lies inside the viewport as it is. */
export function fitsViewport(cy: Core): boolean {
  const bb = cy.elements().renderedBoundingBox({ includeOverlays: false });
  return bb.x1 >= 0 && bb.y1 >= 0 && bb.x2 <= cy.width() && bb.y2 <= cy.height();
}

/** Entities that keep their place: the pins, and for a calm run the entities kept. */
function fixedOf(cy: Core, pins: ReadonlyMap<string, Position>, kept: ReadonlySet<string> | undefined): Map<string, Position> {
  const fixed = new Map(pins);
  for (const node of cy.nodes()) if (kept?.has(node.id()) && !pins.has(node.id())) fixed.set(node.id(), { ...node.position() });
  return fixed;
}

/**
 * Where a full run starts: a large view from graph distances (a first view and a re-layout alike),
 * a smaller one where it is (seeded by the view, layout.ts#seededPositions): undefined.
 */
function freshStart(cy: Core, pins: ReadonlyMap<string, Position>, settings: LayoutSettings): Map<string, Position> | undefined {
  if (cy.nodes().length <= DISTANCE_START_NODES) return undefined;
  const edges = cy.edges().map((edge) => ({ source: edge.source().id(), target: edge.target().id(), sign: Number(edge.data('sign')) }));
  return startFromDistances(
    cy.nodes().map((node) => node.id()),
    edges,
    pins,
    settings,
  );
}

/** Pinned entities to their pins, the others to `start` when given. */
function moveToStart(cy: Core, pins: ReadonlyMap<string, Position>, start: ReadonlyMap<string, Position> | undefined): void {
  cy.batch(() =>
    cy.nodes().forEach((node) => {
      const to = pins.get(node.id()) ?? start?.get(node.id());
      if (to) node.position({ ...to });
    }),
  );
}

/** The force layout of a full run: signed (fcose, fixed entities as constraints) or plain (cola, fixed entities locked; settle() unlocks them). */
function forceLayout(cy: Core, fixed: ReadonlyMap<string, Position>, settings: LayoutSettings, engine: LayoutEngine): Layouts {
  if (engine === 'signed') return cy.elements().layout(layoutOptions(fixed, settings, cy.nodes().length));
  cy.nodes()
    .filter((node) => fixed.has(node.id()))
    .lock();
  return cy.elements().layout(plainLayoutOptions(settings));
}

export function createLayoutRunner(cy: Core, pins: ReadonlyMap<string, Position>, settings: LayoutSettings = {}): LayoutRunner {
  const padding = settings.padding ?? LAYOUT_DEFAULTS.padding;
  let layout: Layouts | undefined;
  let running: Promise<void> = Promise.resolve();

  /** Moves the entities to their places (animated for a full run); one dropped meanwhile stays where it was dropped. */
  function settle(target: ReadonlyMap<string, Position>, calm: boolean, resolve: () => void): void {
    const animate = !calm && (settings.animate ?? LAYOUT_DEFAULTS.animate);
    cy.maxZoom(MAX_FIT_ZOOM);
    const options = {
      name: 'preset',
      positions: (node: NodeSingular) => pins.get(node.id()) ?? target.get(node.id())!,
      fit: !calm,
      padding,
    };
    const current = cy.nodes().layout({ ...options, animate, animationDuration: SETTLE_MS } as Parameters<Core['layout']>[0]);
    layout = current;
    current.one('layoutstop', () => {
      if (layout === current) {
        layout = undefined;
        cy.nodes(':locked').unlock();
        cy.maxZoom(MAX_ZOOM);
        // Calm: the viewport stays while the view fits it, so entities that stay keep their place on screen too.
        if (calm && !fitsViewport(cy)) fitCapped(cy, padding, CALM_FIT_MS);
      }
      resolve();
    });
    current.run();
  }

  /** Clears overlaps around the fixed entities, then moves everything there. */
  const finish = (fixed: ReadonlyMap<string, Position>, calm: boolean, resolve: () => void) =>
    settle(separate(cy.nodes().map((node) => footprint(node, fixed))), calm, resolve);

  function start(kept: ReadonlySet<string> | undefined, engine: LayoutEngine): Promise<void> {
    const fixed = fixedOf(cy, pins, kept);
    moveToStart(cy, pins, kept ? undefined : freshStart(cy, pins, settings));
    // Calm: the new entities already start beside the kept ones they join (layout.ts#calmStart);
    // clearing overlaps is all that is left, in a few milliseconds.
    if (kept) return new Promise((resolve) => finish(fixed, true, resolve));
    const forces = forceLayout(cy, fixed, settings, engine);
    layout = forces;
    return new Promise((resolve) => {
      forces.one('layoutstop', () => (layout === forces ? finish(fixed, false, resolve) : resolve()));
      forces.run();
    });
  }

  return {
    run(kept, engine = 'signed') {
      layout?.stop();
      // Nothing new to place (the same entities, drawn another way): no layout at all.
      if (
        kept &&
        cy
          .nodes()
          .filter((node) => !kept.has(node.id()) && !pins.has(node.id()))
          .empty()
      )
        return (running = Promise.resolve());
      return (running = start(kept, engine));
    },
    placeLarge(positions, moved) {
      layout?.stop();
      layout = undefined;
      if (moved)
        cy.batch(() => cy.nodes().forEach((node) => void node.position({ ...(pins.get(node.id()) ?? positions.get(node.id())!) })));
      const size = { width: cy.width(), height: cy.height(), padding, maxZoom: MAX_FIT_ZOOM };
      // From node positions alone: spares measuring every element's box before the first frame.
      cy.viewport(
        fitViewport(
          cy.nodes().map((node) => node.position()),
          size,
        ),
      );
      return (running = Promise.resolve());
    },
    stop: () => layout?.stop(),
    async settled() {
      let waited: Promise<void>;
      do {
        waited = running;
        await waited;
      } while (waited !== running);
    },
    get active() {
      return layout !== undefined;
    },
  };
}
