// Compare mode's sidebar section: what the sides are (two forms), quick ways to set them (split
// the dated articles by date, both as the view, swap), the exports, the summary and the "What
// changed" list. It shows while compare mode is on.
import type { CompareResponse } from '../../contract/index.ts';
import type { CompareSide, CompareView, SideName } from '../state/compare-view.ts';
import { h } from '../ui/dom.ts';
import type { CompareContext } from './compare-evidence.ts';
import { createSideForm, type SideChoices } from './side-form.ts';
import { summaryList, whatChangedList } from './what-changed-list.ts';

export interface ComparePanelActions {
  /** A side's filters changed. */
  setSide: (name: SideName, patch: Partial<CompareSide>) => void;
  /** A = the earlier half of the dated articles, B = the later. */
  splitByDate: () => void;
  /** Both sides as the view stands. */
  asView: () => void;
  swap: () => void;
  close: () => void;
  /** The "What changed" sheet as PDF or SVG. */
  exportSheet: (kind: 'pdf' | 'svg') => void;
  /** A pair picked in the list. */
  select: (id: string) => void;
}

export interface ComparePanel {
  element: HTMLElement;
  update(view: CompareView, choices: SideChoices): void;
  /** The comparison's summary and changes, or a word that it is on its way. */
  showResult(response: CompareResponse | null, context: CompareContext | null): void;
  setStatus(text: string): void;
}

const button = (label: string, id: string, title: string, run: () => void) =>
  h('button', { class: 'button button-quiet', attrs: { type: 'button', id, title }, on: { click: run } }, label);

export function createComparePanel(actions: ComparePanelActions): ComparePanel {
  const forms = {
    a: createSideForm('a', (patch) => actions.setSide('a', patch)),
    b: createSideForm('b', (patch) => actions.setSide('b', patch)),
  };
  const summary = h('div', { class: 'cmp-result', attrs: { 'aria-live': 'polite' } });
  const result = h('div', { class: 'cmp-result' });
  const status = h('p', { class: 'export-status', attrs: { id: 'compare-export-status', role: 'status' } });
  const split = button(
    'Split by date',
    'compare-split',
    'A: the earlier half of the dated articles; B: the later half',
    actions.splitByDate,
  );
  const element = h(
    'section',
    { class: 'panel-section cmp-panel', attrs: { id: 'compare-panel', 'aria-labelledby': 'compare-heading', hidden: true } },
    h('h2', { class: 'panel-title', attrs: { id: 'compare-heading' } }, 'Compare A and B'),
    h('p', { class: 'muted' }, "The view's filters apply to both sides; each side adds its own."),
    h(
      'div',
      { class: 'export-row' },
      split,
      button('Both as the view', 'compare-as-view', 'Both sides as the view stands: everything in both', actions.asView),
      button('Swap', 'compare-swap', 'Swap sides A and B', actions.swap),
      button('Close', 'compare-close', 'Leave compare mode', actions.close),
    ),
    summary,
    forms.a.element,
    forms.b.element,
    h(
      'div',
      { class: 'export-row' },
      button('What changed PDF', 'compare-pdf', 'The "What changed" briefing sheet as PDF', () => actions.exportSheet('pdf')),
      button('SVG', 'compare-svg', 'The "What changed" briefing sheet as SVG', () => actions.exportSheet('svg')),
    ),
    status,
    h('h3', { class: 'cmp-heading' }, 'What changed'),
    result,
  );
  return {
    element,
    update(view, choices) {
      element.hidden = !view.open;
      forms.a.update(view.a, choices);
      forms.b.update(view.b, choices);
      split.disabled = choices.articles.filter((article) => article.publishedDate).length < 2;
    },
    showResult(response, context) {
      if (!response || !context) {
        summary.replaceChildren(h('p', { class: 'muted' }, 'Comparing…'));
        return result.replaceChildren();
      }
      summary.replaceChildren(summaryList(response));
      result.replaceChildren(whatChangedList(response, context, actions.select));
    },
    setStatus(text) {
      status.textContent = text;
    },
  };
}
