// The bar over the graph while it shows a console result instead of the explorer's view: what is
// drawn, what was left out, the way back, and what a tapped non-entity element holds.
import { append, clear, h } from '../ui/dom.ts';
import { OTHER_STYLE } from './result-style.ts';

export interface ResultOverlayInfo {
  nodes: number;
  /** Lines drawn: claims of one type between one pair are merged into one line. */
  edges: number;
  /** Relationships behind the lines. */
  relationships: number;
  /** Relationships not drawn because an end node is not in the result. */
  dangling: number;
  /** Some of the result's nodes or relationships are not entities or claims. */
  others: boolean;
}

export interface ResultOverlay {
  element: HTMLElement;
  show(info: ResultOverlayInfo): void;
  /** Lines about a tapped element; null clears them. */
  inspect(lines: string[] | null): void;
  hide(): void;
}

export function createResultOverlay(back: () => void): ResultOverlay {
  const summary = h('span', { class: 'console-overlay-summary' });
  const inspector = h('div', { class: 'console-overlay-inspect', attrs: { id: 'console-inspect', hidden: true } });
  const element = h(
    'div',
    { class: 'console-overlay', attrs: { id: 'console-overlay', role: 'status', hidden: true } },
    h(
      'div',
      { class: 'console-overlay-head' },
      h('strong', {}, 'Query result'),
      summary,
      h(
        'button',
        {
          class: 'button console-back',
          attrs: { type: 'button', id: 'console-back', title: 'Draw the explorer’s view again' },
          on: { click: back },
        },
        '← Back to the explorer',
      ),
    ),
    inspector,
  );
  return {
    element,
    show({ nodes, edges, relationships, dangling, others }) {
      clear(summary);
      const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
      const note = (text: string, title: string, ...before: Node[]) =>
        h('span', { class: 'console-overlay-note', attrs: { title } }, ' · ', ...before, text);
      append(
        summary,
        `${plural(nodes, 'node', 'nodes')} · ${plural(relationships, 'relationship', 'relationships')}`,
        edges !== relationships
          ? note(plural(edges, 'line', 'lines'), 'Claims of one type between one pair share a line, as in the explorer')
          : null,
        dangling > 0
          ? note(`${dangling} not drawn`, 'Relationships whose end nodes are not in the result: return the nodes too, or a path')
          : null,
        others ? note(' other', OTHER_STYLE.label, h('span', { class: 'console-other-swatch', attrs: { 'aria-hidden': 'true' } })) : null,
      );
      element.hidden = false;
    },
    inspect(lines) {
      clear(inspector);
      inspector.hidden = !lines;
      for (const line of lines ?? []) inspector.append(h('div', { class: 'console-inspect-line' }, line));
    },
    hide() {
      element.hidden = true;
      inspector.hidden = true;
      clear(inspector);
    },
  };
}
