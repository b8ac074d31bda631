// Running a query: the text goes by the saved query's name or as the user's own Cypher (planRun),
// the view state records it (so the URL does), a newer run or Cancel aborts the one before, and
// the answer or the error is shown. Signals on the drawer: data-console-state (idle, running,
// done, error) and data-console-runs (finished runs).
import { isAbort, type ApiClient } from '../api/api-client.ts';
import type { ConsoleView } from '../state/console-view.ts';
import { describeError, errorRange } from './console-error.ts';
import type { ConsoleLayout } from './console-layout.ts';
import { planRun, usedValues } from './query-params.ts';
import type { QueryText } from './query-text.ts';
import { showError, showIdle, showResult, showRunning } from './result-view.ts';
import type { SavedQueryPicker } from './saved-query-picker.ts';
import type { ShowAsGraph } from './show-as-graph.ts';

type RunState = 'idle' | 'running' | 'done' | 'error';

export interface ConsoleRunOptions {
  api: ApiClient;
  layout: ConsoleLayout;
  /** The drawer, which carries the run signals. */
  slot: HTMLElement;
  input: QueryText;
  picker: SavedQueryPicker;
  graph: ShowAsGraph;
  /** Records the query run in the view state. */
  navigate: (patch: { console: ConsoleView }) => void;
}

export interface ConsoleRun {
  run(): Promise<void>;
  /** Stops the query running, if any. */
  cancel(): void;
}

export function createConsoleRun({ api, layout, slot, input, picker, graph, navigate }: ConsoleRunOptions): ConsoleRun {
  let request: AbortController | undefined;
  let runs = 0;
  slot.dataset.consoleState = 'idle';
  slot.dataset.consoleRuns = '0';

  function start(): AbortController {
    request?.abort();
    const controller = new AbortController();
    request = controller;
    input.editor?.markError(null);
    layout.errorBox.hidden = true;
    layout.results.classList.add('console-stale');
    showRunning(layout);
    slot.dataset.consoleState = 'running';
    return controller;
  }

  function finish(state: RunState): void {
    request = undefined;
    layout.cancelButton.hidden = true;
    layout.results.classList.remove('console-stale');
    runs += 1;
    slot.dataset.consoleRuns = String(runs);
    slot.dataset.consoleState = state;
  }

  async function run(): Promise<void> {
    const editor = input.editor;
    if (!editor) return;
    const current = editor.text();
    if (current.trim() === '') return;
    const runInput = { ...picker.runInput(), text: current };
    const plan = planRun(runInput);
    navigate({ console: { open: true, query: current, params: usedValues(runInput) } });
    const controller = start();
    try {
      const answer =
        plan.via === 'saved'
          ? await api.runSavedQuery(plan.name, plan.params, controller.signal)
          : await api.cypher(plan.query, plan.params, controller.signal);
      if (request !== controller) return;
      graph.setResult(answer);
      showResult(layout, answer, plan.via, () => void graph.show());
      finish('done');
    } catch (error) {
      // A newer run replaced this one: its answer no longer matters.
      if (request !== controller) return;
      if (isAbort(error)) {
        showIdle(layout, 'Cancelled. The query was stopped.');
        finish('idle');
        return;
      }
      const sent = plan.via === 'saved' ? (picker.saved?.cypher ?? current) : current;
      const view = describeError(error);
      showError(layout, view, () => void run());
      graph.setResult(null);
      if (view.position && input.editor && input.editor.text() === sent) input.editor.markError(errorRange(sent, view.position));
      finish('error');
    }
  }

  return { run, cancel: () => request?.abort() };
}
