// The Cypher console's drawer, built once: the header button that opens it, the head (title,
// read-only mark, saved-query picker, Close), the input side (what the saved query answers, the
// editor's place, the parameters, Run and Cancel, the run mode) and the output side (status, error,
// result table). The parts are returned for the modules that fill them.
import { h } from '../ui/dom.ts';
import { createParamsForm, type ParamsForm } from './params-form.ts';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
/** The run shortcut as this platform writes it. */
export const RUN_KEYS = MAC ? '⌘+Enter' : 'Ctrl+Enter';

export const TOGGLE_TITLE = {
  open: 'Close the Cypher console',
  closed: 'Open the Cypher console: read-only queries over the graph',
} as const;

export interface ConsoleLayoutHandlers {
  /** The header button: opens or closes the drawer. */
  toggle(): void;
  close(): void;
  /** A saved query chosen in the picker, by name. */
  pick(name: string): void;
  run(): void;
  cancel(): void;
  /** A parameter's input changed. */
  param(name: string, value: string): void;
}

export interface ConsoleLayout {
  toggle: HTMLButtonElement;
  picker: HTMLSelectElement;
  /** What the saved query answers. */
  answers: HTMLElement;
  /** Whether a run goes by the saved query's name or as the user's own Cypher. */
  mode: HTMLElement;
  runButton: HTMLButtonElement;
  cancelButton: HTMLButtonElement;
  /** Where the editor goes once loaded. */
  editorHost: HTMLElement;
  params: ParamsForm;
  status: HTMLElement;
  errorBox: HTMLElement;
  results: HTMLElement;
}

/** Builds the drawer into `slot` (the [data-slot="console"] element); the toggle is left to the caller to place. */
export function buildConsoleLayout(slot: HTMLElement, on: ConsoleLayoutHandlers): ConsoleLayout {
  const toggle = h(
    'button',
    {
      class: 'button button-quiet console-toggle',
      attrs: {
        type: 'button',
        id: 'console-toggle',
        'aria-pressed': 'false',
        'aria-controls': 'console-drawer',
        title: TOGGLE_TITLE.closed,
      },
      on: { click: () => on.toggle() },
    },
    'Cypher',
  );
  const picker = h(
    'select',
    { attrs: { id: 'console-saved', disabled: true }, on: { change: () => on.pick(picker.value) } },
    h('option', { attrs: { value: '' } }, 'Loading saved queries…'),
  );
  const parts: ConsoleLayout = {
    toggle,
    picker,
    answers: h('p', { class: 'console-answers', attrs: { id: 'console-answers', hidden: true } }),
    mode: h('div', { class: 'console-mode', attrs: { id: 'console-mode' } }),
    runButton: h(
      'button',
      {
        class: 'button console-run',
        attrs: { type: 'button', id: 'console-run', disabled: true, title: `Run the query (${RUN_KEYS})` },
        on: { click: () => on.run() },
      },
      'Run',
      h('kbd', {}, RUN_KEYS),
    ),
    cancelButton: h(
      'button',
      { class: 'button button-quiet', attrs: { type: 'button', id: 'console-cancel', hidden: true }, on: { click: () => on.cancel() } },
      'Cancel',
    ),
    editorHost: h(
      'div',
      { class: 'console-editor', attrs: { id: 'console-editor' } },
      h('p', { class: 'console-hint' }, 'Loading the editor…'),
    ),
    params: createParamsForm((name, value) => on.param(name, value)),
    status: h('div', { class: 'console-status', attrs: { id: 'console-status', 'aria-live': 'polite' } }),
    errorBox: h('div', { class: 'console-error', attrs: { id: 'console-error', role: 'alert', hidden: true } }),
    results: h('div', {
      class: 'console-results',
      attrs: { id: 'console-results', tabindex: 0, role: 'region', 'aria-label': 'Query result' },
    }),
  };
  slot.id = 'console-drawer';
  slot.setAttribute('aria-label', 'Cypher console');
  slot.append(h('div', { class: 'console' }, head(parts, on), body(parts)));
  return parts;
}

function head(parts: ConsoleLayout, on: ConsoleLayoutHandlers): HTMLElement {
  return h(
    'div',
    { class: 'console-head' },
    h('h2', { class: 'console-title' }, 'Cypher console'),
    h('span', { class: 'console-readonly', attrs: { title: 'Queries can read the graph, never change it' } }, 'read-only'),
    h('label', { class: 'console-picker', attrs: { for: 'console-saved' } }, 'Saved query', parts.picker),
    h(
      'button',
      {
        class: 'button button-quiet console-close',
        attrs: { type: 'button', id: 'console-close', title: 'Close the console' },
        on: { click: () => on.close() },
      },
      'Close',
    ),
  );
}

function body(parts: ConsoleLayout): HTMLElement {
  return h(
    'div',
    { class: 'console-body' },
    h(
      'div',
      { class: 'console-input' },
      parts.answers,
      parts.editorHost,
      parts.params.element,
      h('div', { class: 'console-actions' }, parts.runButton, parts.cancelButton, parts.mode),
    ),
    h('div', { class: 'console-output' }, parts.status, parts.errorBox, parts.results),
  );
}
