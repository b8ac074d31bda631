// The message over an empty graph, so "nothing matches" never looks like "still loading".
import { append, clear, h } from './dom.ts';

export interface EmptyState {
  element: HTMLElement;
  show(title: string, hint: string, action?: { label: string; run: () => void }): void;
  hide(): void;
}

export function createEmptyState(): EmptyState {
  const element = h('div', { class: 'empty-state', attrs: { hidden: true, role: 'status' } });
  return {
    element,
    show(title, hint, action) {
      clear(element);
      append(
        element,
        h('p', { class: 'empty-title' }, title),
        h('p', { class: 'empty-hint' }, hint),
        action ? h('button', { class: 'button', attrs: { type: 'button' }, on: { click: () => action.run() } }, action.label) : null,
      );
      element.hidden = false;
    },
    hide() {
      element.hidden = true;
    },
  };
}
