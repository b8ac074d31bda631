// The explorer's controller: the view state is the single source of truth. User actions become a
// new state (pushed to the URL, explorer/view-history.ts); back/forward restore one; sync() brings
// graph, paths, highlights, the evidence panel and the extensions in line with it, fetching only
// what changed (explorer/graph-loader.ts, paths-loader.ts, selection-view.ts).
import { ApiError, type ApiClient } from './api/api-client.ts';
import type { ArticleListItem as Article, GraphResponse } from '../contract/index.ts';
import { FAULT_ACTION_LABEL, faultNotice } from './explorer/fault-notice.ts';
import { createGraphLoader, type GraphLoader } from './explorer/graph-loader.ts';
import { createPathsLoader, type PathsLoader } from './explorer/paths-loader.ts';
import { createSelectionView, type SelectionView } from './explorer/selection-view.ts';
import { createViewHistory } from './explorer/view-history.ts';
import { createWorkTracker } from './explorer/work-tracker.ts';
import { speakersInView } from './graph/graph-elements.ts';
import type { GraphView } from './graph/graph-view.ts';
import type { NameBook } from './state/entity-names.ts';
import { DEFAULT_VIEW, withoutFilters, type ViewState } from './state/view-state.ts';
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
  /** Loads the vocabulary, the article list and the view again: the corpus changed (an article was added). */
  reload(): Promise<void>;
  readonly state: ViewState;
  readonly graph: GraphResponse | null;
}

/** What a sync brings in line with the state, in order. */
interface SyncParts {
  parts: ExplorerParts;
  state: () => ViewState;
  graphs: GraphLoader;
  paths: PathsLoader;
  showSelection: SelectionView;
}

/** Graph, paths, highlights, the evidence panel, the extensions; returns early when stale() turns true. */
async function syncView({ parts, state, graphs, paths, showSelection }: SyncParts, stale: () => boolean): Promise<void> {
  parts.view.setPins(state().pins);
  await graphs.load(state(), stale);
  if (stale()) return;
  const asked = await paths.load(state(), stale);
  if (stale()) return;
  parts.paths.update(state());
  paths.show(graphs.graph);
  if (asked) parts.paths.reveal();
  paths.highlight(state(), graphs.graph);
  await showSelection(state(), graphs.graph, stale);
  if (stale()) return;
  for (const extension of parts.extensions ?? []) {
    await extension.sync({ state: state(), graph: graphs.graph, stale });
    if (stale()) return;
  }
  await parts.view.settled();
  if (!stale()) parts.banner.hide();
}

/** Shows what went wrong in the banner, with the action that may fix it; false when it was no fault (an abort). */
function showFault(
  banner: Banner,
  error: unknown,
  context: { state: ViewState; navigate: (patch: Partial<ViewState>) => void; retry: () => void },
): boolean {
  const notice = faultNotice(error, context.state);
  if (!notice) return false;
  if (!(error instanceof ApiError)) console.error(error);
  const actions = {
    'show-whole-graph': () => context.navigate({ focus: null, selection: null }),
    'reset-view': () => context.navigate({ ...DEFAULT_VIEW }),
    retry: context.retry,
  };
  banner.show({
    tone: notice.tone,
    message: notice.message,
    action: { label: FAULT_ACTION_LABEL[notice.action], run: actions[notice.action] },
  });
  return true;
}

/** Runs `then` with the graph fetched again, not taken from the last fetch. */
function refetched(graphs: GraphLoader, then: () => Promise<void>): Promise<void> {
  graphs.invalidate();
  return then();
}

export function createExplorer(parts: ExplorerParts): Explorer {
  const { api, names, view, signal } = parts;
  let filters: FiltersPanel | undefined;
  let articles = new Map<string, Article>();
  let generation = 0;
  const work = createWorkTracker(signal);
  const url = createViewHistory({ onState: () => updateControls(), onView: () => void sync() });
  const navigate = (patch: Partial<ViewState>) => url.navigate(patch);
  const graphs = createGraphLoader({
    api,
    names,
    view,
    toolbar: parts.toolbar,
    empty: parts.empty,
    onGraph: () => updateControls(),
    clearFilters: () => navigate(withoutFilters(url.state)),
  });
  const paths = createPathsLoader({ api, names, view, panel: parts.paths });
  const showSelection = createSelectionView({ api, names, evidence: parts.evidence, articles: () => articles });
  const syncParts: SyncParts = { parts, state: () => url.state, graphs, paths, showSelection };

  function updateControls(): void {
    const { state } = url;
    parts.focus.update(state);
    parts.toolbar.update(state);
    parts.paths.update(state);
    filters?.update(state, graphs.graph ? speakersInView(graphs.graph.edges) : []);
    parts.console?.update(state);
  }

  const fail = (error: unknown, retry: () => void) =>
    void (showFault(parts.banner, error, { state: url.state, navigate, retry }) && work.fault());

  /** Brings everything in line with the state; a newer sync makes this one stale, and it stops. */
  async function sync(): Promise<void> {
    const gen = ++generation;
    const stale = () => gen !== generation;
    await work.track(async () => {
      work.begin();
      await syncView(syncParts, stale).catch((error: unknown) => void (stale() || fail(error, () => void sync())));
    });
  }

  /** Loads what every view needs (vocabulary, articles, the names in the link), builds the filters, and draws the first view. */
  async function boot(): Promise<void> {
    await work.track(async () => {
      work.begin();
      try {
        const [vocabulary, list] = await Promise.all([api.vocabulary(), api.articles()]);
        articles = new Map(list.map((article) => [article.id, article]));
        filters = parts.createFilters({ vocabulary, articles: list });
        const { focus, pathFrom, pathTo, statedBy } = url.state;
        await names.resolve([focus, pathFrom, pathTo, ...statedBy].filter((id): id is string => !!id));
      } catch (error) {
        return fail(error, () => void boot());
      }
      updateControls();
      await sync();
    });
  }

  return {
    async start() {
      url.start();
      updateControls();
      await boot();
    },
    navigate,
    choosePath(index) {
      paths.choose(index);
      paths.show(graphs.graph);
      paths.highlight(url.state, graphs.graph);
    },
    relayout: () => work.track(() => view.relayout()),
    redraw: () => refetched(graphs, sync),
    reload: () => refetched(graphs, boot),
    get state() {
      return url.state;
    },
    get graph() {
      return graphs.graph;
    },
  };
}
