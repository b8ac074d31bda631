// The timeline feature: follows the view (a ViewExtension of the explorer). The strip shows the
// whole view without its date range, so the user sees the context while choosing a narrower
// range: that view comes from /api/graph with the view's filters minus from/to/undated (the server
// caches it; when the view has no range it is the graph already fetched). Bins are computed once
// per such view; the range and the undated toggle go back into the view state.
import type { ApiClient } from '../api/api-client.ts';
import type { GraphResponse } from '../../contract/index.ts';
import type { ViewExtension } from '../explorer.ts';
import { DEFAULT_DATE_RANGE } from '../state/date-range.ts';
import { graphQuery } from '../state/graph-query.ts';
import type { ViewState } from '../state/view-state.ts';
import { buildTimeline, type TimelineBins } from './timeline-bins.ts';
import { createTimelineStrip } from './timeline-strip.ts';

export interface TimelineOptions {
  api: ApiClient;
  navigate: (patch: Partial<ViewState>) => void;
}

export interface Timeline extends ViewExtension {
  element: HTMLElement;
}

export function createTimeline({ api, navigate }: TimelineOptions): Timeline {
  const strip = createTimelineStrip({
    onRange: (range) => navigate(range),
    onUndated: (undated) => navigate({ undated }),
  });
  let key: string | null = null;
  /** The view the bins come from: a new graph object (a refetch, a reload) is binned again. */
  let source: GraphResponse | null = null;
  let bins: TimelineBins | null = null;
  let request: AbortController | undefined;

  /** The view without its range: the graph itself when the view has none, else fetched (cached by the server). */
  async function context(query: URLSearchParams, state: ViewState, graph: GraphResponse | null): Promise<GraphResponse> {
    if (graph && query.toString() === graphQuery(state).toString()) return graph;
    if (query.toString() === key && source) return source;
    request?.abort();
    request = new AbortController();
    return api.graph(query, request.signal);
  }

  return {
    element: strip.element,
    async sync({ state, graph, stale }) {
      // Compare mode's sides carry their own dates: the view's range would not apply to them.
      strip.element.hidden = state.compare.open;
      if (state.compare.open) return;
      const query = graphQuery({ ...state, ...DEFAULT_DATE_RANGE });
      const view = await context(query, state, graph);
      if (stale()) return;
      if (view !== source || !bins) {
        bins = buildTimeline(view.edges);
        source = view;
        key = query.toString();
      }
      strip.show(bins, state);
    },
  };
}
