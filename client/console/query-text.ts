// The query's text: the Cypher editor, loaded on first open (its code is only needed then). Until
// it is there, a text that a link or a picked query brings is kept and handed to it on load.
// Signals data-editor="ready" on the drawer once it is loaded.
import { clear, h } from '../ui/dom.ts';
import type { CypherEditor } from './cypher-editor.ts';

export interface QueryTextOptions {
  /** Where the editor goes. */
  host: HTMLElement;
  /** The drawer, which carries the data-editor signal. */
  slot: HTMLElement;
  /** Ctrl/Cmd+Enter in the editor. */
  onRun: () => void;
  /** The text changed (typed, or set). */
  onChange: () => void;
}

export interface QueryText {
  text(): string;
  /** Puts a text in the editor (a link, back/forward, a picked query). */
  setText(text: string): void;
  /** Loads the editor once; after a failure, the next call tries again. */
  load(): Promise<void>;
  /** The editor, once loaded. */
  readonly editor: CypherEditor | null;
}

export function createQueryText(options: QueryTextOptions): QueryText {
  let editor: CypherEditor | null = null;
  let loading: Promise<void> | null = null;
  /** The text to start the editor with, until it is loaded. */
  let pending = '';

  return {
    text: () => editor?.text() ?? pending,
    setText(next) {
      if (editor) editor.setText(next);
      else pending = next;
    },
    load() {
      loading ??= import('./cypher-editor.ts')
        .then(({ createCypherEditor }) => {
          clear(options.host);
          editor = createCypherEditor({
            parent: options.host,
            doc: pending,
            label: 'Cypher query',
            onRun: options.onRun,
            onChange: options.onChange,
          });
          options.slot.dataset.editor = 'ready';
          options.onChange();
        })
        .catch((error: unknown) => {
          loading = null;
          console.error(error);
          options.host.replaceChildren(h('p', { class: 'console-hint' }, 'The editor could not be loaded. Reload the page to try again.'));
        });
      return loading;
    },
    get editor() {
      return editor;
    },
  };
}
