// The timeline feature: follows the view (a ViewExtension of the explorer). The strip shows the
// whole view without its date range, so the user sees the context while choosing a narrower
// range: that view comes from /api/graph with the view's filters minus from/to/undated (the server
// caches it; when the view has no range it is the graph already fetched). Bins are computed once
// per such view; the range and the undated toggle go back into the view state.
import type { ApiClient } from '../api/api-client.ts';
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
  let bins: TimelineBins | null = null;
  let request: AbortController | undefined;

  return {
    element: strip.element,
    async sync({ state, graph, stale }) {
      const query = graphQuery({ ...state, ...DEFAULT_DATE_RANGE });
      if (query.toString() !== key || !bins) {
        request?.abort();
        request = new AbortController();
        const context = graph && query.toString() === graphQuery(state).toString() ? graph : await api.graph(query, request.signal);
        if (stale()) return;
        bins = buildTimeline(context.edges);
        key = query.toString();
      }
      strip.show(bins, state);
    },
  };
}
