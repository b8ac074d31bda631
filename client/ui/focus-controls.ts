// Search and focus: find an entity (typo-tolerant suggestions), show its neighbourhood at depth
// 1 or 2, or go back to the whole graph.
import type { ViewState } from '../state/view-state.ts';
import { clear, h } from './dom.ts';
import { createSearchBox, type EntitySearch } from './search-box.ts';

export interface FocusControlsOptions {
  search: EntitySearch;
  name: (id: string) => string;
  onChange: (patch: Partial<ViewState>) => void;
}

export interface FocusControls {
  element: HTMLElement;
  update(state: ViewState): void;
}

/** The depths offered; the API allows up to 3, but beyond 2 a neighbourhood is most of this corpus. */
const DEPTHS = [1, 2] as const;

export function createFocusControls({ search, name, onChange }: FocusControlsOptions): FocusControls {
  const box = createSearchBox({
    label: 'Find an entity',
    id: 'entity-search',
    placeholder: 'Country, person, organization…',
    keepPicked: false,
    search,
    onPick: (hit) => onChange({ focus: hit.id, selection: { kind: 'node', id: hit.id } }),
  });
  const depthButtons = DEPTHS.map((depth) =>
    h(
      'button',
      {
        class: 'segment',
        attrs: { type: 'button', 'aria-pressed': 'false' },
        dataset: { depth: String(depth) },
        on: { click: () => onChange({ depth }) },
      },
      String(depth),
    ),
  );
  const focusLine = h('div', { class: 'focus-line', attrs: { id: 'focus-line' } });
  const element = h(
    'section',
    { class: 'panel-section', attrs: { id: 'search', 'aria-label': 'Search and focus' } },
    box.element,
    focusLine,
    h(
      'div',
      { class: 'inline-field' },
      h('span', { attrs: { id: 'depth-label' } }, 'Neighbourhood depth'),
      h('div', { class: 'segmented', attrs: { role: 'group', 'aria-labelledby': 'depth-label' } }, ...depthButtons),
    ),
  );

  return {
    element,
    update(state) {
      for (const button of depthButtons) button.setAttribute('aria-pressed', String(Number(button.dataset.depth) === state.depth));
      clear(focusLine);
      if (state.focus) {
        focusLine.append(
          h('span', { class: 'muted' }, 'Focused on '),
          h('strong', { attrs: { id: 'focus-name' } }, name(state.focus)),
          h(
            'button',
            { class: 'link-button', attrs: { type: 'button', id: 'clear-focus' }, on: { click: () => onChange({ focus: null }) } },
            'Show whole graph',
          ),
        );
      } else {
        focusLine.append(h('span', { class: 'muted' }, 'Showing the whole graph'));
      }
    },
  };
}
