// Compare mode as an explorer extension: while the view's compare part is on, it fetches
// /api/compare for the two sides, draws the union over the explorer's graph (one line per pair,
// marked by status), fills the panel, the legend and the evidence of a selected pair. The explorer
// draws its own graph again when compare mode ends (the graph loader keys its drawing on it).
import type { ApiClient } from '../api/api-client.ts';
import { askedOnce } from '../api/asked-once.ts';
import type { ArticleListItem as Article, CompareResponse, GraphResponse } from '../../contract/index.ts';
import type { ViewExtension } from '../explorer.ts';
import { speakersInView } from '../graph/graph-elements.ts';
import { isPairId } from '../graph/pair-edges.ts';
import type { GraphView } from '../graph/graph-view.ts';
import type { NameBook } from '../state/entity-names.ts';
import type { CompareSide, SideName } from '../state/compare-view.ts';
import type { ViewState } from '../state/view-state.ts';
import type { EmptyState } from '../ui/empty-state.ts';
import type { EvidencePanel } from '../ui/evidence-panel.ts';
import { h } from '../ui/dom.ts';
import { pairEvidence, type CompareContext } from './compare-evidence.ts';
import { compareGraph, compareLineData } from './compare-graph.ts';
import { createCompareLegend } from './compare-legend.ts';
import { createComparePanel } from './compare-panel.ts';
import { compareQuery, sidesOfView, splitByDate } from './compare-query.ts';
import { compareStylesheet } from './compare-style.ts';
import { sideText } from './side-text.ts';
import { claimsById } from './what-changed.ts';
import type { Toolbar } from '../ui/toolbar.ts';

export interface CompareModeOptions {
  api: ApiClient;
  view: GraphView;
  names: NameBook;
  evidence: EvidencePanel;
  empty: EmptyState;
  toolbar: Pick<Toolbar, 'show'>;
  state: () => ViewState;
  navigate: (patch: Partial<ViewState>) => void;
  /** Saves the "What changed" sheet of what is on screen. */
  exportSheet: (kind: 'pdf' | 'svg', compare: CompareMode) => Promise<string>;
}

export interface CompareMode extends ViewExtension {
  /** The header's Compare button. */
  toggle: HTMLButtonElement;
  panel: HTMLElement;
  legend: HTMLElement;
  /** The comparison on screen and what its evidence is read with; null outside compare mode. */
  current(): { response: CompareResponse; context: CompareContext; state: ViewState } | null;
}

/** Marks the drawn comparison's elements; anything without the mark was drawn by the explorer. */
const DRAWN = 'cmp';

/** The header's Compare button: on with both sides as the view (a comparison of the view with itself), or off. */
function compareToggle(options: Pick<CompareModeOptions, 'state' | 'navigate'>): HTMLButtonElement {
  const toggle = h(
    'button',
    {
      class: 'button button-quiet',
      attrs: {
        type: 'button',
        id: 'compare-toggle',
        'aria-pressed': 'false',
        title: 'Compare two sets of claims: two periods, outlets, countries, articles or speakers',
      },
    },
    'Compare',
  );
  toggle.addEventListener('click', () => {
    const state = options.state();
    const compare = state.compare.open ? { ...state.compare, open: false } : { open: true, ...sidesOfView(state) };
    options.navigate({ compare });
  });
  return toggle;
}

/** What the evidence of a comparison is read with: claims, articles, names, each side in words. */
async function contextOf(names: NameBook, list: readonly Article[], state: ViewState, response: CompareResponse): Promise<CompareContext> {
  const byId = new Map(list.map((article) => [article.id, article]));
  const outlets = new Map(
    list.flatMap((article) => (article.outletId ? [[article.outletId, article.outlet ?? article.outletId] as const] : [])),
  );
  const sideNames = { name: names.name, outlet: (id: string) => outlets.get(id) ?? id, article: (id: string) => byId.get(id)?.title ?? id };
  names.remember(response.nodes);
  const speakers = response.claims.flatMap((claim) => (claim.statedBy ? [claim.statedBy] : []));
  await names.resolve([...state.compare.a.statedBy, ...state.compare.b.statedBy, ...speakers]);
  return {
    claims: claimsById(response),
    articles: byId,
    name: names.name,
    sides: { a: sideText(state.compare.a, sideNames), b: sideText(state.compare.b, sideNames) },
  };
}

/** Draws the union as the explorer draws a view, then marks each line by its status. */
function drawComparison(
  { view, empty, toolbar }: Pick<CompareModeOptions, 'view' | 'empty' | 'toolbar'>,
  state: ViewState,
  response: CompareResponse,
): void {
  const claims = claimsById(response);
  const graph = compareGraph(response);
  view.render(graph, { lines: 'pairs', focus: state.focus, historical: state.historical });
  // The header counts what is drawn: the union of both sides, one line per pair.
  toolbar.show({ ...graph.counts, pairs: graph.edges.length }, graph.truncated);
  view.cy.batch(() => {
    view.cy.elements().addClass(DRAWN);
    for (const edge of response.edges) {
      const { classes, ...data } = compareLineData(edge, claims);
      view.cy.$id(edge.id).data(data).addClass(classes.join(' '));
    }
  });
  view.highlight({ focus: state.focus, selection: state.selection, path: null });
  if (response.nodes.length === 0) empty.show('Nothing to compare', 'Neither side matches any claims.');
  else empty.hide();
}

export function createCompareMode(options: CompareModeOptions): CompareMode {
  const { api, view, names } = options;
  const loadArticles = askedOnce(() => api.articles());
  let fetched: { key: string; response: CompareResponse } | null = null;
  let drawnKey: string | null = null;
  let request: AbortController | undefined;
  let shown: ReturnType<CompareMode['current']> = null;

  view.cy.style().append(compareStylesheet()).update();
  const legend = createCompareLegend();
  const setCompare = (patch: Partial<ViewState['compare']>) => options.navigate({ compare: { ...options.state().compare, ...patch } });
  const panel = createComparePanel({
    setSide: (name: SideName, patch: Partial<CompareSide>) => setCompare({ [name]: { ...options.state().compare[name], ...patch } }),
    splitByDate: () =>
      void loadArticles().then((list) => {
        const sides = splitByDate(list);
        if (sides) setCompare(sides);
      }),
    asView: () => setCompare(sidesOfView(options.state())),
    swap: () => setCompare({ a: options.state().compare.b, b: options.state().compare.a }),
    close: () => setCompare({ open: false }),
    exportSheet: (kind) => void exportSheet(kind),
    select: (id) => options.navigate({ selection: { kind: 'edge', id } }),
  });
  const toggle = compareToggle(options);

  async function exportSheet(kind: 'pdf' | 'svg'): Promise<void> {
    panel.setStatus(`Making the ${kind.toUpperCase()}…`);
    try {
      await view.settled();
      panel.setStatus(`Saved ${await options.exportSheet(kind, mode)}`);
    } catch (error) {
      console.error(error);
      panel.setStatus(`The ${kind.toUpperCase()} could not be made: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  function showSelection(state: ViewState, response: CompareResponse, context: CompareContext): void {
    const selection = state.selection;
    if (selection?.kind !== 'edge' || !isPairId(selection.id)) return;
    const edge = response.edges.find((candidate) => candidate.id === selection.id);
    if (edge) options.evidence.showContent(...pairEvidence(edge, context));
    else options.evidence.showMessage('Neither side states that pair.');
  }

  async function fetchCompare(key: string, stale: () => boolean): Promise<CompareResponse | null> {
    if (fetched?.key === key) return fetched.response;
    panel.showResult(null, null);
    request?.abort();
    request = new AbortController();
    const response = await api.compare(new URLSearchParams(key), request.signal);
    if (stale()) return null;
    fetched = { key, response };
    return response;
  }

  async function sync({ state, graph, stale }: { state: ViewState; graph: GraphResponse | null; stale: () => boolean }): Promise<void> {
    toggle.setAttribute('aria-pressed', String(state.compare.open));
    const speakers = graph ? speakersInView(graph.edges).map(({ id }) => id) : [];
    await names.resolve(speakers);
    panel.update(state.compare, { articles: await loadArticles(), speakers: speakers.map((id) => ({ id, name: names.name(id) })) });
    if (!state.compare.open) {
      [shown, drawnKey] = [null, null];
      return legend.show(null);
    }
    const key = compareQuery(state).toString();
    const response = await fetchCompare(key, stale);
    if (!response || stale()) return;
    const context = await contextOf(names, await loadArticles(), state, response);
    if (stale()) return;
    // Drawn again when the sides changed or the explorer drew its own graph over the comparison.
    if (key !== drawnKey || view.cy.elements().not(`.${DRAWN}`).nonempty()) drawComparison(options, state, response);
    drawnKey = key;
    shown = { response, context, state };
    panel.showResult(response, context);
    legend.show(response.summary);
    showSelection(state, response, context);
  }

  const mode: CompareMode = { toggle, panel: panel.element, legend: legend.element, sync, current: () => shown };
  return mode;
}
