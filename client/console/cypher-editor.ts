// The query editor: CodeMirror 6 with Cypher highlighting (the legacy Cypher mode through
// StreamLanguage), line numbers, undo history, Ctrl/Cmd+Enter to run, and a mark on the place a
// syntax error points at. Loaded on first opening of the console, so the explorer starts without it.
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import { EditorState, Prec, StateEffect, StateField } from '@codemirror/state';
import {
  Decoration,
  drawSelection,
  EditorView,
  highlightActiveLine,
  keymap,
  lineNumbers,
  placeholder,
  type DecorationSet,
} from '@codemirror/view';

export interface CypherEditorOptions {
  parent: HTMLElement;
  /** The starting text. */
  doc?: string;
  /** Ctrl+Enter or Cmd+Enter. */
  onRun: () => void;
  /** Every change of the text. */
  onChange: (text: string) => void;
  /** The accessible name of the text area. */
  label?: string;
}

export interface CypherEditor {
  view: EditorView;
  text(): string;
  /** Replaces the whole text (not an undoable user edit's worth of history: it is a new query). */
  setText(text: string): void;
  /** Marks a range (a syntax error) and brings it into sight; null clears the mark. */
  markError(range: { from: number; to: number } | null): void;
  focus(): void;
}

const setErrorMark = StateEffect.define<{ from: number; to: number } | null>();
const errorMark = Decoration.mark({ class: 'cm-console-error', attributes: { title: 'The syntax error is here' } });
const errorLine = Decoration.line({ class: 'cm-console-error-line' });

/** The error mark; any edit clears it, since the text it pointed at has changed. */
const errorField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    for (const effect of tr.effects) {
      if (!effect.is(setErrorMark)) continue;
      if (!effect.value) return Decoration.none;
      const { from, to } = effect.value;
      const line = tr.state.doc.lineAt(from);
      return Decoration.set([errorLine.range(line.from), errorMark.range(from, to)], true);
    }
    return tr.docChanged ? Decoration.none : marks;
  },
  provide: (field) => EditorView.decorations.from(field),
});

const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '12.5px', backgroundColor: '#fff' },
  '.cm-scroller': { fontFamily: 'ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace', lineHeight: '1.5' },
  '.cm-gutters': { backgroundColor: '#f6f7f9', color: '#8c939c', borderRight: '1px solid #dfe2e6' },
  '.cm-activeLine': { backgroundColor: '#f3f6fa' },
  '&.cm-focused': { outline: 'none' },
  '.cm-console-error': { textDecoration: 'underline wavy #b3261e', textUnderlineOffset: '3px', backgroundColor: 'rgba(179, 38, 30, 0.12)' },
  '.cm-console-error-line': { backgroundColor: 'rgba(179, 38, 30, 0.06)' },
});

export function createCypherEditor(options: CypherEditorOptions): CypherEditor {
  const run = () => {
    options.onRun();
    return true;
  };
  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.doc ?? '',
      extensions: [
        // Before the default keymap, where Mod-Enter inserts a blank line.
        Prec.highest(
          keymap.of([
            { key: 'Mod-Enter', run },
            { key: 'Ctrl-Enter', run },
          ]),
        ),
        lineNumbers(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        bracketMatching(),
        StreamLanguage.define(cypher),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        placeholder('MATCH (e:Entity)-[r]-(o:Entity) RETURN e, r, o LIMIT 25'),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': options.label ?? 'Cypher query' }),
        EditorView.updateListener.of((update) => update.docChanged && options.onChange(update.state.doc.toString())),
        errorField,
        theme,
      ],
    }),
  });

  return {
    view,
    text: () => view.state.doc.toString(),
    setText(text) {
      if (text === view.state.doc.toString()) return;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: 0 } });
    },
    markError(range) {
      const length = view.state.doc.length;
      const clamped =
        range && length > 0 ? { from: Math.min(range.from, length - 1), to: Math.min(Math.max(range.to, range.from + 1), length) } : null;
      view.dispatch({
        effects: [setErrorMark.of(clamped), ...(clamped ? [EditorView.scrollIntoView(clamped.from, { y: 'center' })] : [])],
        ...(clamped ? { selection: { anchor: clamped.from } } : {}),
      });
    },
    focus: () => view.focus(),
  };
}
