// The fault banner over the graph: what went wrong, and the one action that may fix it.
import { append, clear, h } from './dom.ts';

export interface BannerMessage {
  message: string;
  /** 'error' for faults (API down, 5xx), 'warning' for a view that cannot be shown as asked. */
  tone?: 'error' | 'warning';
  action?: { label: string; run: () => void };
}

export interface Banner {
  element: HTMLElement;
  show(message: BannerMessage): void;
  hide(): void;
}

export function createBanner(): Banner {
  const element = h('div', { class: 'banner', attrs: { role: 'alert', hidden: true } });
  return {
    element,
    show({ message, tone = 'error', action }) {
      clear(element);
      element.dataset.tone = tone;
      append(
        element,
        h('span', { class: 'banner-text' }, message),
        action
          ? h('button', { class: 'button banner-action', attrs: { type: 'button' }, on: { click: () => action.run() } }, action.label)
          : null,
      );
      element.hidden = false;
    },
    hide() {
      element.hidden = true;
      clear(element);
    },
  };
}
