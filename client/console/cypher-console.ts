// The Cypher console: a drawer under the graph with a Cypher editor, the saved queries and their
// parameters, a table of the result, and "Show as graph" to draw a result in the main view. Its
// open state, query text and parameter values live in the view state (state/console-view.ts), so
// they are in the URL. This module wires the parts and follows the view state:
// console-layout.ts (the drawer), query-text.ts (the editor), saved-query-picker.ts (saved queries
// and values), console-run.ts (running, and the data-console-* signals), result-view.ts (output)
// and show-as-graph.ts (a result in the main view).
import type { ApiClient } from '../api/api-client.ts';
import type { GraphResponse } from '../../contract/index.ts';
import type { GraphView } from '../graph/graph-view.ts';
import { sameParams, type ConsoleView } from '../state/console-view.ts';
import type { Selection, ViewState } from '../state/view-state.ts';
import { buildConsoleLayout, TOGGLE_TITLE } from './console-layout.ts';
import { createConsoleRun } from './console-run.ts';
import { createQueryText } from './query-text.ts';
import { showIdle } from './result-view.ts';
import { createSavedQueryPicker } from './saved-query-picker.ts';
import { createShowAsGraph } from './show-as-graph.ts';
import './console.css';

export interface CypherConsoleOptions {
  api: ApiClient;
  /** The main graph view: "Show as graph" draws a result there. */
  view: GraphView;
  /** The drawer element ([data-slot="console"]). */
  slot: HTMLElement;
  /** The element over which the result bar floats (the graph's area). */
  graphArea: HTMLElement;
  /** The explorer's state, navigate and redraw; called late (the explorer is made after the console). */
  state: () => ViewState;
  navigate: (patch: Partial<ViewState>) => void;
  redraw: () => Promise<void>;
  /** The explorer's own graph: its edges are left to the evidence panel when tapped in a result. */
  explorerGraph: () => GraphResponse | null;
}

export interface CypherConsole {
  /** The header button that opens and closes the drawer. */
  toggle: HTMLButtonElement;
  /** Follows the view state (called by the explorer on every change). */
  update(state: ViewState): void;
  /** A tap in the graph: true when the console takes it (a result element the explorer does not know). */
  handlesSelection(selection: Selection | null): boolean;
}

export function createCypherConsole(options: CypherConsoleOptions): CypherConsole {
  const { api, view, slot } = options;
  /** The console part of the view state last applied. */
  let applied: ConsoleView = { open: false, query: '', params: {} };
  let isOpen = false;

  const setOpen = (open: boolean) => options.navigate({ console: { ...options.state().console, open } });
  const layout = buildConsoleLayout(slot, {
    toggle: () => setOpen(!isOpen),
    close: () => setOpen(false),
    pick: (name) => picker.pick(name),
    run: () => void runner.run(),
    cancel: () => runner.cancel(),
    param: (name, value) => picker.setValue(name, value),
  });
  const input = createQueryText({ host: layout.editorHost, slot, onRun: () => void runner.run(), onChange: () => picker.refresh() });
  const picker = createSavedQueryPicker({ api, layout, slot, input });
  const graph = createShowAsGraph({
    api,
    view,
    slot,
    graphArea: options.graphArea,
    redraw: options.redraw,
    explorerGraph: options.explorerGraph,
  });
  const runner = createConsoleRun({ api, layout, slot, input, picker, graph, navigate: options.navigate });
  showIdle(layout);

  // Ctrl/Cmd+Enter anywhere in the drawer runs (the editor handles its own and marks it handled).
  slot.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.defaultPrevented) {
      event.preventDefault();
      void runner.run();
    }
  });

  function applyOpen(open: boolean): void {
    isOpen = open;
    slot.hidden = !open;
    layout.toggle.setAttribute('aria-pressed', String(open));
    layout.toggle.title = open ? TOGGLE_TITLE.open : TOGGLE_TITLE.closed;
    if (open) {
      void input.load();
      void picker.load();
    }
    // The graph's area changed height: Cytoscape measures again, and the graph is fitted into it.
    requestAnimationFrame(() => {
      view.cy.resize();
      view.fit();
    });
  }

  return {
    toggle: layout.toggle,
    update(state) {
      const next = state.console;
      if (next.open !== isOpen) applyOpen(next.open);
      const queryChanged = next.query !== applied.query;
      if (queryChanged || !sameParams(next.params, applied.params)) picker.follow(next, queryChanged);
      applied = next;
    },
    handlesSelection: (selection) => graph.handlesSelection(selection),
  };
}
