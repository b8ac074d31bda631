// The console's output side: the status line (a hint, "Running…", or the rows, time and "Show as
// graph"), the result table, and the error box with its title, detail, hint and "Try again".
import type { ConsoleResult } from '../../contract/index.ts';
import { append, clear, h } from '../ui/dom.ts';
import type { ConsoleErrorView } from './console-error.ts';
import { RUN_KEYS, type ConsoleLayout } from './console-layout.ts';
import { resultTable } from './result-table.ts';
import { graphButtonText, rowsText, timingText, truncationText } from './result-summary.ts';

type Output = Pick<ConsoleLayout, 'status' | 'errorBox' | 'results' | 'cancelButton'>;

export function showIdle(
  output: Output,
  message = `Run a query with the Run button or ${RUN_KEYS}. Nothing here can change the graph.`,
): void {
  output.status.replaceChildren(h('span', { class: 'console-hint-inline' }, message));
}

export function showRunning(output: Output): void {
  output.cancelButton.hidden = false;
  output.status.replaceChildren(
    h('span', { class: 'console-spinner', attrs: { 'aria-hidden': 'true' } }),
    h('span', { attrs: { id: 'console-running' } }, 'Running…'),
  );
}

/** The rows, the time, "Show as graph" (calls `showGraph`), a truncation notice, and the table. */
export function showResult(output: Output, answer: ConsoleResult, via: 'saved' | 'cypher', showGraph: () => void): void {
  const rows = answer.rows.length;
  const graph = graphButtonText({ nodes: answer.graph.nodes.length, relationships: answer.graph.relationships.length });
  output.status.replaceChildren(
    h('strong', { attrs: { id: 'console-count' }, dataset: { rows: String(rows) } }, rowsText(rows)),
    h('span', { class: 'console-meta' }, timingText(answer.summary, via)),
    h(
      'button',
      {
        class: 'button button-quiet',
        attrs: { type: 'button', id: 'console-show-graph', disabled: !graph.enabled, title: graph.title },
        on: { click: showGraph },
      },
      graph.label,
    ),
  );
  if (answer.truncated) {
    const by = answer.summary.truncatedBy;
    output.status.append(
      h(
        'span',
        { class: 'console-truncated', attrs: { id: 'console-truncated' }, dataset: { truncatedBy: by ?? 'unknown' } },
        truncationText(answer.summary, rows),
      ),
    );
  }
  clear(output.results);
  append(
    output.results,
    answer.columns.length > 0 ? resultTable(answer) : h('p', { class: 'console-hint' }, 'The query returned no columns.'),
    rows === 0 && answer.columns.length > 0 ? h('p', { class: 'console-hint', attrs: { id: 'console-no-rows' } }, 'No rows match.') : null,
  );
  output.results.scrollTop = 0;
}

/** The error box (with "Try again", calling `retry`, when the database was out of reach); the table is emptied. */
export function showError(output: Output, error: ConsoleErrorView, retry: () => void): void {
  const { errorBox } = output;
  clear(errorBox);
  errorBox.dataset.errorCode = error.code;
  errorBox.dataset.errorKind = error.kind;
  const retryable = error.kind === 'unavailable' || error.kind === 'unreachable';
  append(
    errorBox,
    h('h3', { attrs: { id: 'console-error-title' } }, error.title),
    error.detail ? h('p', { class: 'console-error-detail' }, error.detail) : null,
    error.hint ? h('p', { class: 'console-error-hint' }, error.hint) : null,
    retryable ? h('button', { class: 'button', attrs: { type: 'button' }, on: { click: retry } }, 'Try again') : null,
  );
  errorBox.hidden = false;
  output.status.replaceChildren(h('span', { class: 'console-hint-inline' }, 'The query did not run to the end.'));
  output.results.replaceChildren();
}
