// The saved queries: the picker's list (loaded on first open), the query picked or recognised in
// the text (kept while its text is edited), the parameter values, and how the picker, the
// parameters, Run and the run mode follow the text. Signals data-queries="ready" (or "error").
import type { ApiClient } from '../api/api-client.ts';
import type { SavedQuery } from '../../contract/index.ts';
import type { ConsoleView } from '../state/console-view.ts';
import { append, clear, h } from '../ui/dom.ts';
import type { ConsoleLayout } from './console-layout.ts';
import { isSavedText, paramFields, savedQueryFor, type RunInput } from './query-params.ts';
import type { QueryText } from './query-text.ts';

export interface SavedQueryPickerOptions {
  api: ApiClient;
  layout: ConsoleLayout;
  /** The drawer, which carries the data-queries signal. */
  slot: HTMLElement;
  input: QueryText;
}

export interface SavedQueryPicker {
  /** Loads the list once; after a failure, the next call tries again. */
  load(): Promise<void>;
  /** A saved query chosen by name: its text and its default values replace the current ones. */
  pick(name: string): void;
  /** Brings the picker, the parameters and the run mode in line with the text. */
  refresh(): void;
  setValue(name: string, value: string): void;
  /** What a run of the current text is made of. */
  runInput(): RunInput;
  /** The saved query picked or recognised; null for the user's own Cypher. */
  readonly saved: SavedQuery | null;
  /** The query and values a link or back/forward brought (the query only when it changed). */
  follow(view: Pick<ConsoleView, 'query' | 'params'>, queryChanged: boolean): void;
}

/** How a run of the text goes: by the saved query's name, or as the user's own Cypher (with "Revert" when a saved query's text was edited). */
function showMode(
  mode: HTMLElement,
  { current, saved, revert }: { current: string; saved: SavedQuery | null; revert: (query: SavedQuery) => void },
): void {
  clear(mode);
  if (saved && isSavedText(current, saved)) {
    mode.dataset.via = 'saved';
    append(mode, 'Runs the saved query ', h('strong', {}, saved.title), ' by name.');
  } else if (saved) {
    mode.dataset.via = 'cypher';
    append(
      mode,
      'Edited: runs as your own Cypher. ',
      h(
        'button',
        { class: 'link-button', attrs: { type: 'button', id: 'console-revert' }, on: { click: () => revert(saved) } },
        `Revert to “${saved.title}”`,
      ),
    );
  } else {
    mode.dataset.via = 'cypher';
    append(mode, current.trim() === '' ? 'Write a query, or choose a saved one.' : 'Runs as your own Cypher.');
  }
}

export function createSavedQueryPicker({ api, layout, slot, input }: SavedQueryPickerOptions): SavedQueryPicker {
  let queries: SavedQuery[] = [];
  let loading: Promise<void> | null = null;
  /** The saved query picked (or recognised in the text); kept while its text is edited. */
  let saved: SavedQuery | null = null;
  let values: Record<string, string> = {};

  function refresh(): void {
    const current = input.text();
    layout.params.show(paramFields(current, saved), values);
    layout.picker.value = saved?.name ?? '';
    layout.answers.textContent = saved?.answers ?? '';
    layout.answers.hidden = !saved;
    layout.runButton.disabled = !input.editor || current.trim() === '';
    showMode(layout.mode, { current, saved, revert });
  }

  function revert(query: SavedQuery): void {
    saved = query;
    input.setText(query.cypher);
    refresh();
  }

  function load(): Promise<void> {
    loading ??= api
      .savedQueries()
      .then((list) => {
        queries = list;
        layout.picker.replaceChildren(
          h('option', { attrs: { value: '' } }, 'Choose a saved query…'),
          ...list.map((query) => h('option', { attrs: { value: query.name, title: query.answers } }, query.title)),
        );
        layout.picker.disabled = false;
        saved ??= savedQueryFor(input.text(), queries);
        slot.dataset.queries = 'ready';
        refresh();
      })
      .catch(() => {
        loading = null;
        layout.picker.replaceChildren(h('option', { attrs: { value: '' } }, 'Saved queries unavailable'));
        slot.dataset.queries = 'error';
      });
    return loading;
  }

  return {
    load,
    refresh,
    pick(name) {
      const query = queries.find((each) => each.name === name);
      if (!query) return;
      saved = query;
      values = Object.fromEntries(query.params.map((param) => [param.name, param.default]));
      input.setText(query.cypher);
      refresh();
      layout.params.fill(values);
    },
    setValue(name, value) {
      values = { ...values, [name]: value };
    },
    runInput: () => ({ text: input.text(), saved, values }),
    get saved() {
      return saved;
    },
    follow(view, queryChanged) {
      values = { ...values, ...view.params };
      if (queryChanged && view.query !== input.text()) {
        // A link or back/forward brought another query: recognise a saved one in it.
        saved = savedQueryFor(view.query, queries);
        input.setText(view.query);
      }
      refresh();
      layout.params.fill(values);
    },
  };
}
