// What the fault banner says when a view cannot be drawn, as a pure function of the error and the
// view: a view that cannot be shown as asked (bad input, an entity not found) gets a warning and
// a way out; a server out of reach or failing gets an error and Retry. An aborted request is no fault.
import { ApiError, isAbort } from '../api/api-client.ts';
import type { ViewState } from '../state/view-state.ts';

export interface FaultNotice {
  tone: 'error' | 'warning';
  message: string;
  /** The banner's button: leave the focus, reset the whole view, or try the same again. */
  action: 'show-whole-graph' | 'reset-view' | 'retry';
}

export const FAULT_ACTION_LABEL: Record<FaultNotice['action'], string> = {
  'show-whole-graph': 'Show whole graph',
  'reset-view': 'Reset view',
  retry: 'Retry',
};

export function faultNotice(error: unknown, state: Pick<ViewState, 'focus'>): FaultNotice | null {
  if (isAbort(error)) return null;
  if (error instanceof ApiError && !error.retryable) {
    const focusMissing = error.code === 'not_found' && !!state.focus;
    return focusMissing
      ? { tone: 'warning', message: 'The entity this view is focused on was not found.', action: 'show-whole-graph' }
      : { tone: 'warning', message: `This view cannot be shown: ${error.message}`, action: 'reset-view' };
  }
  const message =
    error instanceof ApiError
      ? error.status === 0
        ? 'The entente server cannot be reached.'
        : `The server could not answer (${error.status} ${error.code}).`
      : 'Something went wrong while drawing this view.';
  return { tone: 'error', message, action: 'retry' };
}
