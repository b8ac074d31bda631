// The timeline strip's elements: heading row (unit, range, coarse-date note, undated toggle, Clear
// range), the plot (canvas, band, two slider handles) and the note shown when nothing is dated.
import { h } from '../ui/dom.ts';
import './timeline.css';

export type HandleName = 'start' | 'end';

export interface StripElements {
  element: HTMLElement;
  plot: HTMLElement;
  canvas: HTMLCanvasElement;
  band: HTMLElement;
  handles: Record<HandleName, HTMLElement>;
  unit: HTMLElement;
  range: HTMLElement;
  coarse: HTMLElement;
  undated: HTMLElement;
  undatedBox: HTMLInputElement;
  undatedText: HTMLElement;
  clear: HTMLButtonElement;
  emptyNote: HTMLElement;
}

function handle(which: HandleName, label: string): HTMLElement {
  return h('div', {
    class: 'timeline-handle',
    dataset: { handle: which },
    attrs: { role: 'slider', tabindex: 0, 'aria-label': label, 'aria-valuemin': 0, id: `timeline-${which}` },
  });
}

export function stripElements(): StripElements {
  const canvas = h('canvas', { class: 'timeline-canvas', attrs: { role: 'img' } });
  const band = h('div', { class: 'timeline-band' });
  const handles = { start: handle('start', 'Start of the date range'), end: handle('end', 'End of the date range') };
  const plot = h('div', { class: 'timeline-plot' }, canvas, band, handles.start, handles.end);
  const unit = h('span', { class: 'timeline-unit' });
  const range = h('span', { class: 'timeline-range', attrs: { id: 'timeline-range' } });
  const coarse = h('span', { class: 'timeline-coarse', attrs: { id: 'timeline-coarse' } });
  const undatedBox = h('input', { attrs: { type: 'checkbox', id: 'timeline-undated' } });
  const undatedText = h('span', {});
  const undated = h('label', { class: 'timeline-undated' }, undatedBox, undatedText);
  const clear = h('button', { class: 'button button-quiet', attrs: { type: 'button', id: 'timeline-clear' } }, 'Clear range');
  const emptyNote = h('p', { class: 'timeline-empty', attrs: { hidden: true } }, 'No claim in this view is dated.');
  const head = h('div', { class: 'timeline-head' }, h('h3', {}, 'Timeline'), unit, range, coarse, undated, clear);
  const element = h(
    'section',
    { class: 'timeline', attrs: { id: 'timeline', 'aria-label': 'Timeline: claims over time' } },
    head,
    plot,
    emptyNote,
  );
  return { element, plot, canvas, band, handles, unit, range, coarse, undated, undatedBox, undatedText, clear, emptyNote };
}
