// The header's live counts, the truncated flag, and the layout buttons.
import type { GraphCounts } from '../../contract/index.ts';
import type { LineMode } from '../graph/graph-elements.ts';
import type { ViewState } from '../state/view-state.ts';
import { append, clear, h } from './dom.ts';

export interface ToolbarActions {
  fit: () => void;
  relayout: () => void;
  unpinAll: () => void;
  /** One line per pair, or per relationship type. */
  setLines: (lines: LineMode) => void;
}

export interface Toolbar {
  counts: HTMLElement;
  buttons: HTMLElement;
  /** The view's counts; `pairs`: the pairs of entities its relationships join (the lines of the pair view). */
  show(counts: (GraphCounts & { pairs: number }) | null, truncated: boolean): void;
  /** The line mode and the pins of the view. */
  update(state: Pick<ViewState, 'lines' | 'pins'>): void;
}

export function createToolbar(actions: ToolbarActions): Toolbar {
  const counts = h('div', { class: 'counts', attrs: { 'aria-live': 'polite', id: 'counts' } });
  const button = (label: string, title: string, run: () => void, id: string) =>
    h('button', { class: 'button button-quiet', attrs: { type: 'button', title, id }, on: { click: run } }, label);
  const unpin = button('Unpin all', 'Release every node you dragged into place', actions.unpinAll, 'unpin-all');
  unpin.disabled = true;
  let lines: LineMode = 'pairs';
  const byType = button(
    'By relationship type',
    'One line per relationship type instead of one per pair',
    () => actions.setLines(lines === 'pairs' ? 'types' : 'pairs'),
    'lines-by-type',
  );
  const buttons = h(
    'div',
    { class: 'toolbar' },
    byType,
    button('Fit', 'Fit the whole graph in the window', actions.fit, 'fit'),
    button('Re-layout', 'Run the layout again; dragged (pinned) nodes stay where you put them', actions.relayout, 'relayout'),
    unpin,
  );
  return {
    counts,
    buttons,
    show(value, truncated) {
      clear(counts);
      if (!value) return;
      const item = (n: number, one: string, many: string, key: string) =>
        h('span', { class: 'count', dataset: { count: key } }, h('strong', {}, String(n)), ` ${n === 1 ? one : many}`);
      append(
        counts,
        item(value.nodes, 'entity', 'entities', 'nodes'),
        item(value.pairs, 'pair', 'pairs', 'pairs'),
        item(value.edges, 'relationship', 'relationships', 'edges'),
        item(value.claims, 'claim', 'claims', 'claims'),
        item(value.articles, 'article', 'articles', 'articles'),
        truncated
          ? h(
              'span',
              {
                class: 'truncated',
                attrs: {
                  id: 'truncated',
                  title:
                    'More entities or claims match than the server sends at once; the best connected entities are shown with every claim among them. Narrow the filters or focus on an entity.',
                },
              },
              'Truncated',
            )
          : null,
      );
    },
    update(state) {
      lines = state.lines;
      byType.setAttribute('aria-pressed', String(lines === 'types'));
      const count = state.pins.length;
      unpin.disabled = count === 0;
      unpin.textContent = count > 0 ? `Unpin all (${count})` : 'Unpin all';
    },
  };
}
