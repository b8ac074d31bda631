// The view state and the browser's history: the state is read from the URL at start (and written
// back in its canonical form), every change of the view is a new history entry, a change of the
// console or the pins alone replaces the current one, and back/forward restore a state.
import { applyPatch, fromSearchParams, sameView, toSearchParams, type ViewState } from '../state/view-state.ts';

/** The page's URL for a state: the path, and the state's parameters when there are any. */
export function viewUrl(pathname: string, state: ViewState): string {
  const params = toSearchParams(state);
  return `${pathname}${params.size > 0 ? `?${params}` : ''}`;
}

/**
 * What a change of state is: nothing; quiet: the console alone (open, closed, a query run) or the
 * pins alone (a node dragged: the graph already shows it); or the view.
 */
export function changeOf(current: ViewState, next: ViewState): 'none' | 'quiet' | 'view' {
  if (sameView(next, current)) return 'none';
  return sameView({ ...next, console: current.console, pins: current.pins }, current) ? 'quiet' : 'view';
}

export interface ViewHistoryOptions {
  /** The state changed in any way (controls follow at once). */
  onState: () => void;
  /** The view changed: graph, panels and highlights are to follow. */
  onView: () => void;
}

export interface ViewHistory {
  readonly state: ViewState;
  navigate(patch: Partial<ViewState>): void;
  /** Writes the canonical URL and starts following back/forward. */
  start(): void;
}

export function createViewHistory({ onState, onView }: ViewHistoryOptions): ViewHistory {
  let state = fromSearchParams(new URLSearchParams(location.search));
  return {
    get state() {
      return state;
    },
    navigate(patch) {
      const next = applyPatch(state, patch);
      const change = changeOf(state, next);
      state = next;
      onState();
      if (change === 'none') return;
      // The console or the pins alone: the URL follows without a new history entry, and nothing is drawn again.
      if (change === 'quiet') return history.replaceState(null, '', viewUrl(location.pathname, state));
      history.pushState(null, '', viewUrl(location.pathname, state));
      onView();
    },
    start() {
      // A hand-edited link is rewritten to its canonical form (invalid values dropped).
      history.replaceState(null, '', viewUrl(location.pathname, state));
      addEventListener('popstate', () => {
        state = fromSearchParams(new URLSearchParams(location.search));
        onState();
        onView();
      });
    },
  };
}
