// The paths between two entities: fetched when the path ends changed, listed in the paths panel
// (all, or the one chosen), and highlighted in the graph with the focus and the selection.
import { ApiError, type ApiClient } from '../api/api-client.ts';
import type { GraphResponse, PathsResponse } from '../../contract/index.ts';
import type { GraphView } from '../graph/graph-view.ts';
import { pathElements } from '../graph/highlight.ts';
import type { NameBook } from '../state/entity-names.ts';
import { pathsQuery } from '../state/graph-query.ts';
import type { ViewState } from '../state/view-state.ts';
import type { PathsPanel } from '../ui/paths-panel.ts';

export interface PathsLoaderOptions {
  api: ApiClient;
  names: NameBook;
  view: GraphView;
  panel: PathsPanel;
}

export interface PathsLoader {
  /** Fetches the state's paths when the ends changed; true when they were newly asked for (not the first view of a link). */
  load(state: ViewState, stale: () => boolean): Promise<boolean>;
  /** Lists the paths found (or why there are none) in the panel. */
  show(graph: GraphResponse | null): void;
  /** One path chosen in the list, or all (null). */
  choose(index: number | null): void;
  /** Highlights the focus, the selection and the paths shown. */
  highlight(state: ViewState, graph: GraphResponse | null): void;
}

export function createPathsLoader({ api, names, view, panel }: PathsLoaderOptions): PathsLoader {
  let result: PathsResponse | null = null;
  let key: string | null = null;
  let error: string | null = null;
  let chosen: number | null = null;

  /** The elements of the paths shown (all, or the one chosen in the list); null without paths. */
  function shownPaths(graph: GraphResponse | null) {
    const shown = result && result.paths.length > 0 ? (chosen !== null ? [result.paths[chosen]!] : result.paths) : null;
    return shown && graph ? pathElements(shown, graph.edges, new Set(graph.nodes.map((n) => n.id))) : null;
  }

  /** The paths, or the message of a request the server refused (a fault of the server is thrown). */
  async function fetchPaths(query: URLSearchParams): Promise<{ result: PathsResponse | null; error: string | null }> {
    try {
      return { result: await api.paths(query), error: null };
    } catch (failure) {
      if (!(failure instanceof ApiError) || failure.retryable) throw failure;
      return { result: null, error: failure.message };
    }
  }

  return {
    async load(state, stale) {
      const query = pathsQuery(state);
      const next = query?.toString() ?? '';
      if (next === key) return false;
      chosen = null;
      error = null;
      result = null;
      if (query) {
        ({ result, error } = await fetchPaths(query));
        if (stale()) return false;
        await names.resolve([state.pathFrom!, state.pathTo!, ...(result?.paths.flatMap((p) => p.ids) ?? [])]);
        if (stale()) return false;
      }
      const asked = key !== null && query !== null;
      key = next;
      return asked;
    },
    show(graph) {
      if (error) panel.showMessage(error);
      else panel.showPaths(result, chosen, shownPaths(graph)?.missing.size ?? 0);
    },
    choose(index) {
      chosen = index;
    },
    highlight(state, graph) {
      view.highlight({ focus: state.focus, selection: state.selection, path: shownPaths(graph) });
    },
  };
}
