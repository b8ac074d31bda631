// The view's graph: fetched when the graph's part of the state changed (and only then), the names
// of its speakers resolved, the counts shown, and drawn, or the empty-view message when there is
// nothing to draw. A newer fetch aborts the one before.
import type { ApiClient } from '../api/api-client.ts';
import { pairKey, type GraphResponse } from '../../contract/index.ts';
import { speakersInView } from '../graph/graph-elements.ts';
import type { GraphView } from '../graph/graph-view.ts';
import type { NameBook } from '../state/entity-names.ts';
import { graphQuery } from '../state/graph-query.ts';
import { hasFilters, type ViewState } from '../state/view-state.ts';
import type { EmptyState } from '../ui/empty-state.ts';
import type { Toolbar } from '../ui/toolbar.ts';

/** What the empty graph says: why nothing shows, and whether clearing the filters would help. */
export function emptyViewMessage(state: ViewState): { title: string; hint: string; clearFilters: boolean } {
  const filtered = hasFilters(state);
  const hint = filtered
    ? 'No stated relationship matches these filters.'
    : state.focus
      ? 'This entity has no stated relationships.'
      : 'The graph is empty: load a corpus with npm run load.';
  return { title: 'Nothing to show', hint, clearFilters: filtered };
}

export interface GraphLoaderOptions {
  api: ApiClient;
  names: NameBook;
  view: GraphView;
  toolbar: Toolbar;
  empty: EmptyState;
  /** The graph changed: the controls that list what is in view follow. */
  onGraph: () => void;
  /** The empty view's "Clear filters". */
  clearFilters: () => void;
}

export interface GraphLoader {
  readonly graph: GraphResponse | null;
  /** Fetches and draws the state's graph unless it is the one drawn (drawn again, not fetched, when only the line mode changed); returns early when stale() turns true. */
  load(state: ViewState, stale: () => boolean): Promise<void>;
  /** The next load fetches and draws again (after the console drew a result in the graph's place). */
  invalidate(): void;
}

export function createGraphLoader(options: GraphLoaderOptions): GraphLoader {
  const { api, names, view } = options;
  let graph: GraphResponse | null = null;
  let graphKey: string | null = null;
  /** The query and the line mode drawn: a new line mode draws again without fetching. */
  let drawnKey: string | null = null;
  let request: AbortController | undefined;

  function draw(state: ViewState, next: GraphResponse): void {
    // Compare mode draws its own graph in this one's place (client/compare/): one layout, not two racing.
    if (state.compare.open) return options.onGraph();
    options.toolbar.show(
      { ...next.counts, pairs: new Set(next.edges.map((edge) => pairKey(edge.source, edge.target))).size },
      next.truncated,
    );
    options.onGraph();
    if (next.nodes.length === 0) {
      const { title, hint, clearFilters } = emptyViewMessage(state);
      options.empty.show(title, hint, clearFilters ? { label: 'Clear filters', run: options.clearFilters } : undefined);
    } else options.empty.hide();
    view.render(next, { lines: state.lines, focus: state.focus, historical: state.historical });
  }

  return {
    get graph() {
      return graph;
    },
    async load(state, stale) {
      const key = graphQuery(state).toString();
      // Compare mode draws its own graph over this one: leaving it draws this one again.
      const drawing = `${key}#${state.lines}${state.compare.open ? '#compare' : ''}`;
      if (drawing === drawnKey && graph) return;
      if (key === graphKey && graph) {
        draw(state, graph);
        drawnKey = drawing;
        return;
      }
      request?.abort();
      request = new AbortController();
      const next = await api.graph(graphQuery(state), request.signal);
      if (stale()) return;
      graph = next;
      graphKey = key;
      names.remember(next.nodes);
      await names.resolve(speakersInView(next.edges).map((s) => s.id));
      if (stale()) return;
      draw(state, next);
      drawnKey = drawing;
    },
    invalidate() {
      graphKey = null;
      drawnKey = null;
    },
  };
}
