// "Show as graph": draws the last result's nodes and relationships in the main view (entities and
// claims as the explorer draws them, other nodes greyed), shows the bar over the graph, and keeps
// a tap on a result's own element (an Article, …) for the console. Result mode ends when the
// explorer draws its own graph again. Signals data-result-graph on the drawer: "drawing", then
// "shown" once the result's layout has stopped.
import type { EventObjectEdge, EventObjectNode } from 'cytoscape';
import type { ApiClient } from '../api/api-client.ts';
import { askedOnce } from '../api/asked-once.ts';
import type { ConsoleResult, GraphResponse } from '../../contract/index.ts';
import type { GraphView } from '../graph/graph-view.ts';
import type { Selection } from '../state/view-state.ts';
import { elementSummary } from './cell-format.ts';
import { overlayInfo, toResultGraph, type ResultGraph } from './result-graph.ts';
import { createResultOverlay } from './result-overlay.ts';
import { OTHER_CLASS, RESULT_CLASS, resultStylesheet } from './result-style.ts';

export interface ShowAsGraphOptions {
  api: ApiClient;
  view: GraphView;
  /** The drawer, which carries the data-result-graph signal. */
  slot: HTMLElement;
  /** The element over which the result bar floats (the graph's area). */
  graphArea: HTMLElement;
  /** Draws the explorer's own graph again (the bar's way back). */
  redraw: () => Promise<void>;
  /** The explorer's own graph: its edges are left to the evidence panel when tapped in a result. */
  explorerGraph: () => GraphResponse | null;
}

export interface ShowAsGraph {
  /** The result "Show as graph" draws; null when there is none (an error, nothing run). */
  setResult(result: ConsoleResult | null): void;
  show(): Promise<void>;
  /** A tap in the graph: true when the console takes it (a result element the explorer does not know). */
  handlesSelection(selection: Selection | null): boolean;
}

/** The symmetric relationship types (drawn without arrows), asked once; again after a failure. */
function symmetricTypes(api: Pick<ApiClient, 'vocabulary'>): () => Promise<Set<string>> {
  const types = askedOnce(() => api.vocabulary().then((list) => new Set(list.filter((type) => type.symmetric).map((type) => type.type))));
  return () => types().catch(() => new Set<string>());
}

export function createShowAsGraph(options: ShowAsGraphOptions): ShowAsGraph {
  const { api, view, slot } = options;
  const overlay = createResultOverlay(() => void options.redraw());
  let result: ConsoleResult | null = null;
  let shown: ResultGraph | null = null;
  let drawing = false;
  const symmetric = symmetricTypes(api);

  options.graphArea.append(overlay.element);
  view.cy.style().append(resultStylesheet()).update();
  // The explorer drew its own graph over the result (a new view, or the way back): result mode ends.
  view.cy.on('remove', (event: EventObjectNode | EventObjectEdge) => {
    if (shown && !drawing && event.target.hasClass(RESULT_CLASS)) leave();
  });

  function leave(): void {
    shown = null;
    overlay.hide();
    delete slot.dataset.resultGraph;
  }

  /** Puts the result's elements in the view, marked as a result (and as others where not entities or claims). */
  function draw(drawn: ResultGraph): void {
    drawing = true;
    try {
      // A result is drawn as it came: one line per relationship returned, laid out by cola, since
      // its lines (HAS_CLAIM, PUBLISHED_BY, …) carry no sign for the signed layout to read.
      view.render(drawn.graph, { lines: 'types', focus: null, layout: 'plain' });
      view.cy.batch(() => {
        view.cy.elements().addClass(RESULT_CLASS);
        for (const id of [...drawn.otherNodes, ...drawn.otherEdges]) view.cy.$id(id).addClass(OTHER_CLASS);
      });
    } finally {
      drawing = false;
    }
  }

  async function show(): Promise<void> {
    const answer = result;
    if (!answer) return;
    slot.dataset.resultGraph = 'drawing';
    const types = await symmetric();
    if (answer !== result) return;
    const drawn = toResultGraph(answer.graph, { isSymmetric: (type) => types.has(type) });
    draw(drawn);
    shown = drawn;
    overlay.show(overlayInfo(answer.graph.relationships.length, drawn));
    overlay.inspect(null);
    await view.settled();
    if (shown === drawn) slot.dataset.resultGraph = 'shown';
  }

  return {
    setResult(next) {
      result = next;
    },
    show,
    handlesSelection(selection) {
      if (!shown) return false;
      const explorerKnows =
        !selection ||
        (selection.kind === 'node'
          ? !shown.otherNodes.has(selection.id)
          : !!options.explorerGraph()?.edges.some((edge) => edge.id === selection.id));
      if (explorerKnows) {
        overlay.inspect(null);
        return false;
      }
      const source = shown.sources.get(selection.id);
      overlay.inspect(source ? elementSummary(source) : null);
      return true;
    },
  };
}
