// The Cypher console: a drawer under the graph with a Cypher editor, the saved queries and their
// parameters, a table of the result, and "Show as graph" to draw a result in the main view. Its
// open state, query text and parameter values live in the view state (state/console-view.ts), so
// they are in the URL. Signals for tests: on the drawer, data-console-state (idle, running, done,
// error), data-console-runs (finished runs), data-editor="ready", data-queries="ready", and
// data-result-graph ("drawing", then "shown" once the result's layout has stopped).
import { isAbort, type ApiClient } from '../api/api-client.ts';
import type { ConsoleResult, GraphResponse, SavedQuery } from '../../contract/index.ts';
import type { GraphView } from '../graph/graph-view.ts';
import { sameParams, type ConsoleView } from '../state/console-view.ts';
import type { Selection, ViewState } from '../state/view-state.ts';
import { append, clear, h } from '../ui/dom.ts';
import { elementSummary } from './cell-format.ts';
import { describeError, errorRange, type ConsoleErrorView } from './console-error.ts';
import type { CypherEditor } from './cypher-editor.ts';
import { createParamsForm } from './params-form.ts';
import { isSavedText, paramFields, planRun, savedQueryFor, usedValues, type RunPlan } from './query-params.ts';
import { toResultGraph, type ResultGraph } from './result-graph.ts';
import { createResultOverlay } from './result-overlay.ts';
import { OTHER_CLASS, RESULT_CLASS, resultStylesheet } from './result-style.ts';
import { resultTable } from './result-table.ts';
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

type RunState = 'idle' | 'running' | 'done' | 'error';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const RUN_KEYS = MAC ? '⌘+Enter' : 'Ctrl+Enter';

export function createCypherConsole(options: CypherConsoleOptions): CypherConsole {
  const { api, view, slot } = options;
  let editor: CypherEditor | null = null;
  let editorLoading: Promise<void> | null = null;
  /** The text to start the editor with, until it is loaded. */
  let pendingText = '';
  let queries: SavedQuery[] = [];
  let queriesLoading: Promise<void> | null = null;
  /** The saved query picked (or recognised in the text); kept while its text is edited. */
  let saved: SavedQuery | null = null;
  let values: Record<string, string> = {};
  /** The console part of the view state last applied. */
  let applied: ConsoleView = { open: false, query: '', params: {} };
  let isOpen = false;
  let request: AbortController | undefined;
  let runs = 0;
  let result: ConsoleResult | null = null;
  let shown: ResultGraph | null = null;
  let drawing = false;
  let symmetricTypes: Promise<Set<string>> | null = null;

  const text = () => editor?.text() ?? pendingText;

  // The parts of the drawer.
  const toggle = h(
    'button',
    {
      class: 'button button-quiet console-toggle',
      attrs: { type: 'button', id: 'console-toggle', 'aria-pressed': 'false', 'aria-controls': 'console-drawer', title: 'Open the Cypher console: read-only queries over the graph' },
      on: { click: () => setOpen(!isOpen) },
    },
    'Cypher',
  );
  const picker = h(
    'select',
    { attrs: { id: 'console-saved', disabled: true }, on: { change: () => pick(picker.value) } },
    h('option', { attrs: { value: '' } }, 'Loading saved queries…'),
  );
  const answers = h('p', { class: 'console-answers', attrs: { id: 'console-answers', hidden: true } });
  const mode = h('div', { class: 'console-mode', attrs: { id: 'console-mode' } });
  const runButton = h(
    'button',
    { class: 'button console-run', attrs: { type: 'button', id: 'console-run', disabled: true, title: `Run the query (${RUN_KEYS})` }, on: { click: () => void run() } },
    'Run',
    h('kbd', {}, RUN_KEYS),
  );
  const cancelButton = h('button', { class: 'button button-quiet', attrs: { type: 'button', id: 'console-cancel', hidden: true }, on: { click: () => request?.abort() } }, 'Cancel');
  const editorHost = h('div', { class: 'console-editor', attrs: { id: 'console-editor' } }, h('p', { class: 'console-hint' }, 'Loading the editor…'));
  const params = createParamsForm((name, value) => void (values = { ...values, [name]: value }));
  const status = h('div', { class: 'console-status', attrs: { id: 'console-status', 'aria-live': 'polite' } });
  const errorBox = h('div', { class: 'console-error', attrs: { id: 'console-error', role: 'alert', hidden: true } });
  const results = h('div', { class: 'console-results', attrs: { id: 'console-results', tabindex: 0, role: 'region', 'aria-label': 'Query result' } });
  const overlay = createResultOverlay(() => void options.redraw());

  slot.id = 'console-drawer';
  slot.setAttribute('aria-label', 'Cypher console');
  slot.dataset.consoleState = 'idle';
  slot.dataset.consoleRuns = '0';
  slot.append(
    h(
      'div',
      { class: 'console' },
      h(
        'div',
        { class: 'console-head' },
        h('h2', { class: 'console-title' }, 'Cypher console'),
        h('span', { class: 'console-readonly', attrs: { title: 'Queries can read the graph, never change it' } }, 'read-only'),
        h('label', { class: 'console-picker', attrs: { for: 'console-saved' } }, 'Saved query', picker),
        h('button', { class: 'button button-quiet console-close', attrs: { type: 'button', id: 'console-close', title: 'Close the console' }, on: { click: () => setOpen(false) } }, 'Close'),
      ),
      h(
        'div',
        { class: 'console-body' },
        h('div', { class: 'console-input' }, answers, editorHost, params.element, h('div', { class: 'console-actions' }, runButton, cancelButton, mode)),
        h('div', { class: 'console-output' }, status, errorBox, results),
      ),
    ),
  );
  options.graphArea.append(overlay.element);
  showIdle();

  // Ctrl/Cmd+Enter anywhere in the drawer runs (the editor handles its own and marks it handled).
  slot.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.defaultPrevented) {
      event.preventDefault();
      void run();
    }
  });

  view.cy.style().append(resultStylesheet()).update();
  // The explorer drew its own graph over the result (a new view, or the way back): result mode ends.
  view.cy.on('remove', (event) => {
    if (shown && !drawing && event.target.hasClass(RESULT_CLASS)) leaveResult();
  });

  function setOpen(open: boolean): void {
    options.navigate({ console: { ...options.state().console, open } });
  }

  function applyOpen(open: boolean): void {
    isOpen = open;
    slot.hidden = !open;
    toggle.setAttribute('aria-pressed', String(open));
    toggle.title = open ? 'Close the Cypher console' : 'Open the Cypher console: read-only queries over the graph';
    if (open) {
      void loadEditor();
      void loadQueries();
    }
    // The graph's area changed height: Cytoscape measures again, and the graph is fitted into it.
    requestAnimationFrame(() => {
      view.cy.resize();
      view.fit();
    });
  }

  function loadEditor(): Promise<void> {
    editorLoading ??= import('./cypher-editor.ts')
      .then(({ createCypherEditor }) => {
        clear(editorHost);
        editor = createCypherEditor({ parent: editorHost, doc: pendingText, label: 'Cypher query', onRun: () => void run(), onChange: () => refresh() });
        slot.dataset.editor = 'ready';
        refresh();
      })
      .catch((error: unknown) => {
        editorLoading = null;
        console.error(error);
        editorHost.replaceChildren(h('p', { class: 'console-hint' }, 'The editor could not be loaded. Reload the page to try again.'));
      });
    return editorLoading;
  }

  function loadQueries(): Promise<void> {
    queriesLoading ??= api
      .savedQueries()
      .then((list) => {
        queries = list;
        picker.replaceChildren(
          h('option', { attrs: { value: '' } }, 'Choose a saved query…'),
          ...list.map((query) => h('option', { attrs: { value: query.name, title: query.answers } }, query.title)),
        );
        picker.disabled = false;
        saved ??= savedQueryFor(text(), queries);
        slot.dataset.queries = 'ready';
        refresh();
      })
      .catch(() => {
        queriesLoading = null;
        picker.replaceChildren(h('option', { attrs: { value: '' } }, 'Saved queries unavailable'));
        slot.dataset.queries = 'error';
      });
    return queriesLoading;
  }

  /** Puts a text in the editor (a link, back/forward, a picked query). */
  function setText(next: string): void {
    if (editor) editor.setText(next);
    else pendingText = next;
  }

  /** Brings the picker, the parameters and the run mode in line with the text. */
  function refresh(): void {
    const current = text();
    params.show(paramFields(current, saved), values);
    picker.value = saved?.name ?? '';
    answers.textContent = saved?.answers ?? '';
    answers.hidden = !saved;
    runButton.disabled = !editor || current.trim() === '';
    clear(mode);
    if (saved && isSavedText(current, saved)) {
      mode.dataset.via = 'saved';
      append(mode, 'Runs the saved query ', h('strong', {}, saved.title), ' by name.');
    } else if (saved) {
      mode.dataset.via = 'cypher';
      const from = saved;
      append(
        mode,
        'Edited: runs as your own Cypher. ',
        h('button', { class: 'link-button', attrs: { type: 'button', id: 'console-revert' }, on: { click: () => revert(from) } }, `Revert to “${from.title}”`),
      );
    } else {
      mode.dataset.via = 'cypher';
      append(mode, current.trim() === '' ? 'Write a query, or choose a saved one.' : 'Runs as your own Cypher.');
    }
  }

  function pick(name: string): void {
    const query = queries.find((each) => each.name === name);
    if (!query) return;
    saved = query;
    values = Object.fromEntries(query.params.map((param) => [param.name, param.default]));
    setText(query.cypher);
    refresh();
    params.fill(values);
  }

  function revert(query: SavedQuery): void {
    saved = query;
    setText(query.cypher);
    refresh();
  }

  function setRunState(state: RunState): void {
    slot.dataset.consoleState = state;
  }

  async function run(): Promise<void> {
    if (!editor) return;
    const current = editor.text();
    if (current.trim() === '') return;
    const input = { text: current, saved, values };
    const plan = planRun(input);
    options.navigate({ console: { open: true, query: current, params: usedValues(input) } });
    request?.abort();
    const controller = new AbortController();
    request = controller;
    editor.markError(null);
    errorBox.hidden = true;
    results.classList.add('console-stale');
    showRunning();
    setRunState('running');
    try {
      const answer =
        plan.via === 'saved' ? await api.runSavedQuery(plan.name, plan.params, controller.signal) : await api.cypher(plan.query, plan.params, controller.signal);
      if (request !== controller) return;
      showResult(answer, plan);
      finish('done');
    } catch (error) {
      // A newer run replaced this one: its answer no longer matters.
      if (request !== controller) return;
      if (isAbort(error)) {
        showIdle('Cancelled. The query was stopped.');
        finish('idle');
        return;
      }
      showError(describeError(error), plan.via === 'saved' ? (saved?.cypher ?? current) : current);
      finish('error');
    }
  }

  function finish(state: RunState): void {
    request = undefined;
    cancelButton.hidden = true;
    results.classList.remove('console-stale');
    runs += 1;
    slot.dataset.consoleRuns = String(runs);
    setRunState(state);
  }

  function showIdle(message = `Run a query with the Run button or ${RUN_KEYS}. Nothing here can change the graph.`): void {
    status.replaceChildren(h('span', { class: 'console-hint-inline' }, message));
  }

  function showRunning(): void {
    cancelButton.hidden = false;
    status.replaceChildren(h('span', { class: 'console-spinner', attrs: { 'aria-hidden': 'true' } }), h('span', { attrs: { id: 'console-running' } }, 'Running…'));
  }

  function showResult(answer: ConsoleResult, plan: RunPlan): void {
    result = answer;
    const rows = answer.rows.length;
    const { summary } = answer;
    const ms = (summary.resultAvailableAfterMs ?? 0) + (summary.resultConsumedAfterMs ?? 0);
    const nodes = answer.graph.nodes.length;
    const relationships = answer.graph.relationships.length;
    const graphButton = h(
      'button',
      {
        class: 'button button-quiet',
        attrs: {
          type: 'button',
          id: 'console-show-graph',
          disabled: nodes === 0,
          title: nodes === 0 ? 'This result holds no nodes to draw: return nodes, relationships or paths' : 'Draw the nodes and relationships of this result in the graph',
        },
        on: { click: () => void showGraph() },
      },
      nodes === 0 ? 'No graph to show' : `Show as graph (${nodes} ${nodes === 1 ? 'node' : 'nodes'}, ${relationships} ${relationships === 1 ? 'relationship' : 'relationships'})`,
    );
    status.replaceChildren(
      h('strong', { attrs: { id: 'console-count' }, dataset: { rows: String(rows) } }, `${rows} ${rows === 1 ? 'row' : 'rows'}`),
      h('span', { class: 'console-meta' }, `${ms} ms · ${plan.via === 'saved' ? 'saved query' : 'your Cypher'}`),
      graphButton,
    );
    if (answer.truncated) {
      const by = summary.truncatedBy;
      const limit =
        by === 'bytes'
          ? `the result passed the size limit of ${formatBytes(summary.limits.maxBytes)}`
          : `the result passed the limit of ${summary.limits.maxRows.toLocaleString('en')} rows`;
      status.append(
        h('span', { class: 'console-truncated', attrs: { id: 'console-truncated' }, dataset: { truncatedBy: by ?? 'unknown' } }, `Truncated (${by ?? 'limit'}): ${limit}; only the first ${rows.toLocaleString('en')} rows are shown.`),
      );
    }
    clear(results);
    append(
      results,
      answer.columns.length > 0 ? resultTable(answer) : h('p', { class: 'console-hint' }, 'The query returned no columns.'),
      rows === 0 && answer.columns.length > 0 ? h('p', { class: 'console-hint', attrs: { id: 'console-no-rows' } }, 'No rows match.') : null,
    );
    results.scrollTop = 0;
  }

  function showError(error: ConsoleErrorView, sent: string): void {
    clear(errorBox);
    errorBox.dataset.errorCode = error.code;
    errorBox.dataset.errorKind = error.kind;
    const retry = error.kind === 'unavailable' || error.kind === 'unreachable';
    append(
      errorBox,
      h('h3', { attrs: { id: 'console-error-title' } }, error.title),
      error.detail ? h('p', { class: 'console-error-detail' }, error.detail) : null,
      error.hint ? h('p', { class: 'console-error-hint' }, error.hint) : null,
      retry ? h('button', { class: 'button', attrs: { type: 'button' }, on: { click: () => void run() } }, 'Try again') : null,
    );
    errorBox.hidden = false;
    status.replaceChildren(h('span', { class: 'console-hint-inline' }, 'The query did not run to the end.'));
    results.replaceChildren();
    result = null;
    if (error.position && editor && editor.text() === sent) editor.markError(errorRange(sent, error.position));
  }

  function symmetric(): Promise<Set<string>> {
    symmetricTypes ??= api
      .vocabulary()
      .then((types) => new Set(types.filter((type) => type.symmetric).map((type) => type.type)))
      .catch(() => {
        symmetricTypes = null;
        return new Set<string>();
      });
    return symmetricTypes;
  }

  async function showGraph(): Promise<void> {
    const answer = result;
    if (!answer) return;
    slot.dataset.resultGraph = 'drawing';
    const types = await symmetric();
    if (answer !== result) return;
    const drawn = toResultGraph(answer.graph, { isSymmetric: (type) => types.has(type) });
    drawing = true;
    try {
      view.render(drawn.graph);
      view.cy.batch(() => {
        view.cy.elements().addClass(RESULT_CLASS);
        for (const id of [...drawn.otherNodes, ...drawn.otherEdges]) view.cy.$id(id).addClass(OTHER_CLASS);
      });
    } finally {
      drawing = false;
    }
    shown = drawn;
    overlay.show({
      nodes: drawn.graph.nodes.length,
      edges: drawn.graph.edges.length,
      relationships: answer.graph.relationships.length - drawn.dangling,
      dangling: drawn.dangling,
      others: drawn.otherNodes.size + drawn.otherEdges.size > 0,
    });
    overlay.inspect(null);
    await view.settled();
    if (shown === drawn) slot.dataset.resultGraph = 'shown';
  }

  function leaveResult(): void {
    shown = null;
    overlay.hide();
    delete slot.dataset.resultGraph;
  }

  return {
    toggle,
    update(state) {
      const next = state.console;
      if (next.open !== isOpen) applyOpen(next.open);
      const queryChanged = next.query !== applied.query;
      if (queryChanged || !sameParams(next.params, applied.params)) {
        values = { ...values, ...next.params };
        if (queryChanged && next.query !== text()) {
          // A link or back/forward brought another query: recognise a saved one in it.
          saved = savedQueryFor(next.query, queries);
          setText(next.query);
        }
        refresh();
        params.fill(values);
      }
      applied = next;
    },
    handlesSelection(selection) {
      if (!shown) return false;
      const explorerKnows = !selection || (selection.kind === 'node' ? !shown.otherNodes.has(selection.id) : !!options.explorerGraph()?.edges.some((edge) => edge.id === selection.id));
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

function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${Math.round(bytes / 100_000) / 10} MB` : `${Math.round(bytes / 100) / 10} kB`;
}
