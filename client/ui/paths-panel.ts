// Paths between two entities: two search boxes and a hop limit; the list of paths, each with its
// sign (aligned, opposed, mixed) and the quotes of every hop. Choosing a path in the list shows it
// alone in the graph; choosing it again shows all.
import type { EntityPath, PathsResponse } from '../../contract/index.ts';
import { signName } from '../graph/highlight.ts';
import type { ViewState } from '../state/view-state.ts';
import { append, clear, h } from './dom.ts';
import { plural } from './evidence-format.ts';
import { createSearchBox, type EntitySearch, type SearchBox } from './search-box.ts';
import { hopDetails, SIGN_MARK } from './hop-details.ts';

export interface PathsPanelOptions {
  search: EntitySearch;
  name: (id: string) => string;
  onChange: (patch: Partial<ViewState>) => void;
  /** A path chosen in the list (its index), or null for all. */
  onChoose: (index: number | null) => void;
}

export interface PathsPanel {
  element: HTMLElement;
  update(state: ViewState): void;
  /** `outside`: entities on the paths that the current view does not draw. */
  showPaths(response: PathsResponse | null, chosen: number | null, outside?: number): void;
  /** Scrolls the results into sight (after the user asked for paths). */
  reveal(): void;
  showMessage(text: string): void;
}

const SIGN_TEXT = { aligned: 'Aligned', opposed: 'Opposed', mixed: 'Mixed' } as const;

interface PathItemOptions extends Pick<PathsPanelOptions, 'name' | 'onChoose'> {
  index: number;
  /** The path shown alone, if any: choosing it again shows all. */
  chosen: number | null;
}

/** One path in the list: its sign, its steps, and every hop with its quotes. */
function pathItem(path: EntityPath, { index, chosen, name, onChoose }: PathItemOptions): HTMLElement {
  const sign = signName(path.sign);
  return h(
    'li',
    { class: 'path', dataset: { index: String(index), sign }, attrs: { 'aria-current': chosen === index ? 'true' : undefined } },
    h(
      'button',
      {
        class: 'path-choose',
        attrs: { type: 'button', title: chosen === index ? 'Show all paths' : 'Show only this path' },
        on: { click: () => onChoose(chosen === index ? null : index) },
      },
      h('span', { class: `sign-badge sign-${sign}` }, `${SIGN_MARK[sign]} ${SIGN_TEXT[sign]}`),
      h('span', { class: 'path-steps' }, path.ids.map(name).join(' → ')),
    ),
    ...path.hops.map((hop) => hopDetails(hop, name)),
  );
}

export function createPathsPanel(options: PathsPanelOptions): PathsPanel {
  const { name, onChange } = options;
  const end = (label: string, id: string, key: 'pathFrom' | 'pathTo') =>
    createSearchBox({ label, id, search: options.search, onPick: (hit) => onChange({ [key]: hit.id }), showChosen: true });
  const showEnd = (box: SearchBox, id: string | null) => {
    box.setValue(id ? name(id) : '');
    box.setChosen(id ? { name: name(id) } : null);
  };
  const from = end('From', 'path-from', 'pathFrom');
  const to = end('To', 'path-to', 'pathTo');
  const hops = h(
    'select',
    { attrs: { id: 'max-hops' }, on: { change: () => onChange({ maxHops: Number(hops.value) as ViewState['maxHops'] }) } },
    ...[1, 2, 3, 4].map((n) => h('option', { attrs: { value: n } }, String(n))),
  );
  const clearButton = h(
    'button',
    { class: 'link-button', attrs: { type: 'button', id: 'clear-paths' }, on: { click: () => onChange({ pathFrom: null, pathTo: null }) } },
    'Clear',
  );
  const results = h('div', { class: 'path-results', attrs: { id: 'path-results', 'aria-live': 'polite' } });

  const element = h(
    'section',
    { class: 'panel-section', attrs: { id: 'paths', 'aria-labelledby': 'paths-title' } },
    h('div', { class: 'section-head' }, h('h2', { attrs: { id: 'paths-title' } }, 'Paths'), clearButton),
    from.element,
    to.element,
    h('label', { class: 'inline-field', attrs: { for: 'max-hops' } }, 'Up to ', hops, ' hops'),
    results,
  );

  return {
    element,
    update(state) {
      showEnd(from, state.pathFrom);
      showEnd(to, state.pathTo);
      hops.value = String(state.maxHops);
      clearButton.hidden = !state.pathFrom && !state.pathTo;
    },
    showPaths(response, chosen, outside = 0) {
      clear(results);
      if (!response) {
        results.append(
          h('p', { class: 'muted' }, 'Pick two entities to see how they connect, and whether the chain reads as aligned or opposed.'),
        );
        return;
      }
      if (response.paths.length === 0) {
        results.append(h('p', { class: 'empty-inline' }, `No path within ${plural(response.maxHops, 'hop')}.`));
        return;
      }
      append(
        results,
        h(
          'p',
          { class: 'muted' },
          `${plural(response.paths.length, 'path')}${response.paths.length >= response.limit ? ' (the most the list holds)' : ''}, shortest first. The sign multiplies the hops: the ally of an adversary reads as opposed.`,
        ),
        outside > 0
          ? h(
              'p',
              { class: 'empty-inline' },
              `${plural(outside, 'entity', 'entities')} on these paths ${outside === 1 ? 'is' : 'are'} outside the current view; clear the focus or filters to see the whole route.`,
            )
          : null,
        h(
          'ol',
          { class: 'path-list' },
          ...response.paths.map((path, index) => pathItem(path, { index, chosen, name, onChoose: options.onChoose })),
        ),
      );
    },
    reveal() {
      element.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    },
    showMessage(text) {
      clear(results);
      results.append(h('p', { class: 'empty-inline' }, text));
    },
  };
}
