// The explorer's controller: the view state is the single source of truth. User actions become a
// new state (pushed to the URL); back/forward restore one; sync() brings graph, panels and
// highlights in line with it, fetching only what changed.
import { ApiError, isAbort, type ApiClient } from './api/api-client.ts';
import type { ArticleListItem as Article, EntityDetail, GraphResponse, PathsResponse } from '../contract/index.ts';
import { speakersInView, siblingEdges } from './graph/graph-elements.ts';
import type { GraphView } from './graph/graph-view.ts';
import { pathElements } from './graph/highlight.ts';
import type { NameBook } from './state/entity-names.ts';
import { graphQuery, pathsQuery } from './state/graph-query.ts';
import { applyPatch, DEFAULT_VIEW, fromSearchParams, hasFilters, sameView, toSearchParams, withoutFilters, type ViewState } from './state/view-state.ts';
import type { Banner } from './ui/banner.ts';
import type { EmptyState } from './ui/empty-state.ts';
import type { EvidencePanel } from './ui/evidence-panel.ts';
import type { FiltersPanel } from './ui/filters-panel.ts';
import type { FocusControls } from './ui/focus-controls.ts';
import type { PathsPanel } from './ui/paths-panel.ts';
import type { ReadySignal } from './ui/ready-signal.ts';
import type { Toolbar } from './ui/toolbar.ts';

export interface ExplorerParts {
  api: ApiClient;
  names: NameBook;
  view: GraphView;
  evidence: EvidencePanel;
  banner: Banner;
  empty: EmptyState;
  toolbar: Toolbar;
  focus: FocusControls;
  paths: PathsPanel;
  signal: ReadySignal;
  /** Builds the filters once the vocabulary and the article list are known. */
  createFilters(data: { vocabulary: Awaited<ReturnType<ApiClient['vocabulary']>>; articles: Article[] }): FiltersPanel;
  /** Features that follow the view (the Alignments panel): synced after graph, paths and selection. */
  extensions?: ViewExtension[];
  /** The Cypher console: follows the view's console part (open, query) on every change, at once. */
  console?: { update(state: ViewState): void };
}

/**
 * A feature that brings its own part of the page in line with the view. sync() runs at the end of
 * every sync, before the view is signalled ready; it returns early when stale() turns true.
 */
export interface ViewExtension {
  sync(context: { state: ViewState; graph: GraphResponse | null; stale: () => boolean }): Promise<void>;
}

export interface Explorer {
  start(): Promise<void>;
  navigate(patch: Partial<ViewState>): void;
  choosePath(index: number | null): void;
  relayout(): Promise<void>;
  /** Fetches and draws the view's graph again (after the console drew a query result in its place). */
  redraw(): Promise<void>;
  readonly state: ViewState;
  readonly graph: GraphResponse | null;
}

export function createExplorer(parts: ExplorerParts): Explorer {
  const { api, names, view, evidence, banner, empty, toolbar, signal } = parts;
  let state = fromSearchParams(new URLSearchParams(location.search));
  let filters: FiltersPanel | undefined;
  let articles = new Map<string, Article>();
  let graph: GraphResponse | null = null;
  let graphKey: string | null = null;
  let pathsResult: PathsResponse | null = null;
  let pathsKey: string | null = null;
  let pathsError: string | null = null;
  let chosenPath: number | null = null;
  const details = new Map<string, EntityDetail>();
  let generation = 0;
  let pending = 0;
  let failed = false;
  let graphRequest: AbortController | undefined;

  /** Marks work in progress; the ready signal fires when the last piece of work ends without a fault. */
  async function track(work: () => Promise<void>): Promise<void> {
    pending += 1;
    signal.busy();
    try {
      await work();
    } finally {
      pending -= 1;
      if (pending === 0) (failed ? signal.error() : signal.ready());
    }
  }

  function urlOf(next: ViewState): string {
    const params = toSearchParams(next);
    return `${location.pathname}${params.size > 0 ? `?${params}` : ''}`;
  }

  function navigate(patch: Partial<ViewState>): void {
    const next = applyPatch(state, patch);
    const changed = !sameView(next, state);
    // Only the console changed (opened, closed, a query run): the URL follows without a new
    // history entry, and nothing in the view needs drawing again.
    const consoleOnly = changed && sameView({ ...next, console: state.console }, state);
    state = next;
    updateControls();
    if (!changed) return;
    if (consoleOnly) return history.replaceState(null, '', urlOf(state));
    history.pushState(null, '', urlOf(state));
    void sync();
  }

  function updateControls(): void {
    parts.focus.update(state);
    parts.paths.update(state);
    filters?.update(state, graph ? speakersInView(graph.edges) : []);
    parts.console?.update(state);
  }

  function fail(error: unknown, retry: () => void): void {
    if (isAbort(error)) return;
    failed = true;
    if (error instanceof ApiError && !error.retryable) {
      const focusMissing = error.code === 'not_found' && state.focus;
      banner.show({
        tone: 'warning',
        message: focusMissing ? 'The entity this view is focused on was not found.' : `This view cannot be shown: ${error.message}`,
        action: focusMissing ? { label: 'Show whole graph', run: () => navigate({ focus: null, selection: null }) } : { label: 'Reset view', run: () => navigate({ ...DEFAULT_VIEW }) },
      });
      return;
    }
    const message =
      error instanceof ApiError
        ? error.status === 0
          ? 'The entente server cannot be reached.'
          : `The server could not answer (${error.status} ${error.code}).`
        : 'Something went wrong while drawing this view.';
    if (!(error instanceof ApiError)) console.error(error);
    banner.show({ tone: 'error', message, action: { label: 'Retry', run: retry } });
  }

  async function sync(): Promise<void> {
    const gen = ++generation;
    const stale = () => gen !== generation;
    await track(async () => {
      failed = false;
      try {
        await loadGraph(stale);
        if (stale()) return;
        const asked = await loadPaths(stale);
        if (stale()) return;
        parts.paths.update(state);
        showPaths();
        if (asked) parts.paths.reveal();
        applyHighlight();
        await showSelection(stale);
        if (stale()) return;
        for (const extension of parts.extensions ?? []) {
          await extension.sync({ state, graph, stale });
          if (stale()) return;
        }
        await view.settled();
        if (!stale()) banner.hide();
      } catch (error) {
        if (!stale()) fail(error, () => void sync());
      }
    });
  }

  async function loadGraph(stale: () => boolean): Promise<void> {
    const key = graphQuery(state).toString();
    if (key === graphKey && graph) return;
    graphRequest?.abort();
    graphRequest = new AbortController();
    const next = await api.graph(graphQuery(state), graphRequest.signal);
    if (stale()) return;
    graph = next;
    graphKey = key;
    names.remember(next.nodes);
    const speakers = speakersInView(next.edges);
    await names.resolve(speakers.map((s) => s.id));
    if (stale()) return;
    toolbar.show(next.counts, next.truncated);
    updateControls();
    if (next.nodes.length === 0) {
      empty.show(
        'Nothing to show',
        hasFilters(state) ? 'No stated relationship matches these filters.' : state.focus ? 'This entity has no stated relationships.' : 'The graph is empty: load a corpus with npm run load.',
        hasFilters(state) ? { label: 'Clear filters', run: () => navigate(withoutFilters(state)) } : undefined,
      );
    } else empty.hide();
    view.render(next);
  }

  async function loadPaths(stale: () => boolean): Promise<boolean> {
    const query = pathsQuery(state);
    const key = query?.toString() ?? '';
    if (key !== pathsKey) {
      chosenPath = null;
      pathsError = null;
      pathsResult = null;
      if (query) {
        try {
          pathsResult = await api.paths(query);
        } catch (error) {
          if (!(error instanceof ApiError) || error.retryable) throw error;
          pathsError = error.message;
        }
        if (stale()) return false;
        await names.resolve([state.pathFrom!, state.pathTo!, ...(pathsResult?.paths.flatMap((p) => p.ids) ?? [])]);
        if (stale()) return false;
      }
      // Newly asked for (not the first view of a link): bring the results into sight.
      const asked = pathsKey !== null && query !== null;
      pathsKey = key;
      return asked;
    }
    return false;
  }

  /** The elements of the paths shown (all, or the one chosen in the list); null without paths. */
  function shownPaths() {
    const shown = pathsResult && pathsResult.paths.length > 0 ? (chosenPath !== null ? [pathsResult.paths[chosenPath]!] : pathsResult.paths) : null;
    return shown && graph ? pathElements(shown, graph.edges, new Set(graph.nodes.map((n) => n.id))) : null;
  }

  function showPaths(): void {
    if (pathsError) parts.paths.showMessage(pathsError);
    else parts.paths.showPaths(pathsResult, chosenPath, shownPaths()?.missing.size ?? 0);
  }

  function applyHighlight(): void {
    view.highlight({ focus: state.focus, selection: state.selection, path: shownPaths() });
  }

  async function showSelection(stale: () => boolean): Promise<void> {
    const selection = state.selection;
    if (!selection) return evidence.showIntro();
    if (selection.kind === 'edge') {
      const edge = graph?.edges.find((e) => e.id === selection.id);
      if (!edge || !graph) return evidence.showMessage('That relationship is not in the current view. Clear a filter or the focus to see it again.');
      await names.resolve([edge.source, edge.target, ...edge.claims.flatMap((c) => (c.statedBy ? [c.statedBy] : []))]);
      if (stale()) return;
      return evidence.showEdge(edge, { articles, name: names.name, siblings: siblingEdges(graph.edges, edge) });
    }
    let detail = details.get(selection.id);
    if (!detail) {
      try {
        detail = await api.entity(selection.id);
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return evidence.showMessage('That entity was not found.');
        throw error;
      }
      details.set(selection.id, detail);
      names.remember([detail.entity, ...Object.values(detail.counterparts).flat()]);
    }
    if (stale()) return;
    evidence.showNode(detail, { inView: !!graph?.nodes.some((n) => n.id === selection.id), focused: state.focus === selection.id });
  }

  async function start(): Promise<void> {
    // A hand-edited link is rewritten to its canonical form (invalid values dropped).
    history.replaceState(null, '', urlOf(state));
    updateControls();
    addEventListener('popstate', () => {
      state = fromSearchParams(new URLSearchParams(location.search));
      updateControls();
      void sync();
    });
    await boot();
  }

  async function boot(): Promise<void> {
    await track(async () => {
      failed = false;
      try {
        const [vocabulary, list] = await Promise.all([api.vocabulary(), api.articles()]);
        articles = new Map(list.map((article) => [article.id, article]));
        filters = parts.createFilters({ vocabulary, articles: list });
        const ids = [state.focus, state.pathFrom, state.pathTo, ...state.statedBy].filter((id): id is string => !!id);
        await names.resolve(ids);
      } catch (error) {
        fail(error, () => void boot());
        return;
      }
      updateControls();
      await sync();
    });
  }

  return {
    start,
    navigate,
    choosePath(index) {
      chosenPath = index;
      showPaths();
      applyHighlight();
    },
    relayout: () => track(() => view.relayout()),
    redraw() {
      graphKey = null;
      return sync();
    },
    get state() {
      return state;
    },
    get graph() {
      return graph;
    },
  };
}
