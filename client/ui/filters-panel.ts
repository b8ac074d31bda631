// Filters: polarity, relationship type, entity kind, article, speaker, minimum articles. An empty
// choice means "any". Each change is reported as a patch of the view state; update() redraws the
// controls from the state (so back/forward and links set them too).
import {
  ENTITY_KINDS,
  POLARITIES,
  type ArticleListItem as Article,
  type EntityKind,
  type Polarity,
  type VocabularyEntry,
} from '../../contract/index.ts';
import { humanType } from '../graph/graph-elements.ts';
import { KIND_STYLE, POLARITY_STYLE } from '../graph/graph-style.ts';
import type { ViewState } from '../state/view-state.ts';
import { clear, h } from './dom.ts';
import { lineSwatch } from './legend.ts';
import { createSearchBox, type EntitySearch } from './search-box.ts';

export interface FiltersPanelOptions {
  vocabulary: VocabularyEntry[];
  articles: Article[];
  search: EntitySearch;
  name: (id: string) => string;
  onChange: (patch: Partial<ViewState>) => void;
  onClear: () => void;
}

export interface FiltersPanel {
  element: HTMLElement;
  update(state: ViewState, speakersInView: { id: string; claims: number }[]): void;
}

const toggled = <T extends string>(list: readonly T[], value: T): T[] =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

/** A control that shows a part of the view state: its element, and sync() to follow the state. */
interface Control {
  element: HTMLElement;
  sync(): void;
}

const chip = (label: Node[], pressed: () => boolean, toggle: () => void, data: Record<string, string>): Control => {
  const element = h(
    'button',
    { class: 'chip', attrs: { type: 'button', 'aria-pressed': 'false' }, dataset: data, on: { click: toggle } },
    ...label,
  );
  return { element, sync: () => element.setAttribute('aria-pressed', String(pressed())) };
};

/** A checkbox with its label; the options object says what it shows and does. */
function checkbox(options: {
  label: Node | string;
  title?: string;
  checked: () => boolean;
  toggle: () => void;
  data: Record<string, string>;
}): Control {
  const input = h('input', { attrs: { type: 'checkbox' }, dataset: options.data, on: { change: options.toggle } });
  const element = h('label', { class: 'check', attrs: options.title ? { title: options.title } : {} }, input, h('span', {}, options.label));
  return { element, sync: () => void (input.checked = options.checked()) };
}

/** A facet of many checkboxes in a collapsible list, with a count of the ones checked. */
interface Facet {
  element: HTMLElement;
  controls: Control[];
  count: HTMLElement;
}

type Current = () => ViewState | undefined;

/** Relationship types, grouped by polarity. */
function typeFacet(vocabulary: readonly VocabularyEntry[], state: Current, onChange: FiltersPanelOptions['onChange']): Facet {
  const checks = POLARITIES.flatMap((polarity) =>
    vocabulary
      .filter((entry) => entry.polarity === polarity)
      .map((entry) => ({
        polarity,
        ...checkbox({
          label: humanType(entry.type),
          title: `${entry.meaning}${entry.symmetric ? '' : ' (directed)'}`,
          checked: () => !!state()?.type.includes(entry.type),
          toggle: () => void toggleIn(state(), 'type', entry.type, onChange),
          data: { type: entry.type },
        }),
      })),
  );
  const count = h('span', { class: 'facet-count' });
  const element = h(
    'details',
    { class: 'facet-details' },
    h('summary', {}, 'Relationship types ', count),
    ...POLARITIES.map((polarity) =>
      h(
        'div',
        { class: 'type-group' },
        h('p', { class: 'type-group-title' }, POLARITY_STYLE[polarity].label),
        ...checks.filter((c) => c.polarity === polarity).map((c) => c.element),
      ),
    ),
  );
  return { element, controls: checks, count };
}

/** The articles of the corpus, with their outlets. */
function articlesFacet(articles: readonly Article[], state: Current, onChange: FiltersPanelOptions['onChange']): Facet {
  const checks = articles.map((article) =>
    checkbox({
      label: h('span', {}, article.title, article.outlet ? h('span', { class: 'muted' }, ` · ${article.outlet}`) : null),
      checked: () => !!state()?.article.includes(article.id),
      toggle: () => void toggleIn(state(), 'article', article.id, onChange),
      data: { article: article.id },
    }),
  );
  const count = h('span', { class: 'facet-count' });
  return {
    element: h('details', { class: 'facet-details' }, h('summary', {}, 'Articles ', count), ...checks.map((c) => c.element)),
    controls: checks,
    count,
  };
}

/** Adds a value to one of the state's lists, or takes it out. */
function toggleIn(state: ViewState | undefined, key: 'type' | 'article', value: string, onChange: FiltersPanelOptions['onChange']): void {
  if (state) onChange({ [key]: toggled(state[key], value) });
}

/** The speakers filtered on (each a chip that removes it), and up to six speakers in view to add. */
function showSpeakers(
  into: { chips: HTMLElement; picks: HTMLElement },
  state: ViewState,
  speakersInView: { id: string; claims: number }[],
  { name, onChange }: Pick<FiltersPanelOptions, 'name' | 'onChange'>,
): void {
  clear(into.chips);
  for (const id of state.statedBy) {
    into.chips.append(
      h(
        'button',
        {
          class: 'chip',
          attrs: { type: 'button', 'aria-pressed': 'true', title: 'Remove this speaker' },
          dataset: { speaker: id },
          on: { click: () => onChange({ statedBy: state.statedBy.filter((s) => s !== id) }) },
        },
        name(id),
        h('span', { attrs: { 'aria-hidden': 'true' } }, ' ×'),
      ),
    );
  }
  clear(into.picks);
  const picks = speakersInView.filter(({ id }) => !state.statedBy.includes(id)).slice(0, 6);
  if (picks.length > 0) {
    into.picks.append(
      h('span', { class: 'muted' }, 'In view: '),
      ...picks.map(({ id, claims }) =>
        h(
          'button',
          {
            class: 'link-button',
            attrs: { type: 'button', title: `${claims} claims stated by ${name(id)}` },
            dataset: { speaker: id },
            on: { click: () => onChange({ statedBy: [...state.statedBy, id] }) },
          },
          name(id),
        ),
      ),
    );
  }
}

/** The polarity and kind chips: each toggles its value in the view's filter. */
function chipFacets(state: Current, onChange: FiltersPanelOptions['onChange']) {
  const polarityChips = POLARITIES.map((polarity: Polarity) =>
    chip(
      [lineSwatch(POLARITY_STYLE[polarity]), document.createTextNode(POLARITY_STYLE[polarity].label)],
      () => !!state()?.polarity.includes(polarity),
      () => {
        const now = state();
        if (now) onChange({ polarity: toggled(now.polarity, polarity) });
      },
      { polarity },
    ),
  );
  const kindChips = ENTITY_KINDS.map((kind: EntityKind) =>
    chip(
      [
        h('span', { class: 'kind-dot', style: { '--kind-fill': KIND_STYLE[kind].fill, '--kind-border': KIND_STYLE[kind].border } }),
        document.createTextNode(KIND_STYLE[kind].label),
      ],
      () => !!state()?.kind.includes(kind),
      () => {
        const now = state();
        if (now) onChange({ kind: toggled(now.kind, kind) });
      },
      { kind },
    ),
  );
  return { polarityChips, kindChips };
}

/** "Articles per line": 1–5, plus the current value when a link asks for more. */
function minArticlesField(onPick: (value: number) => void) {
  const select = h('select', { attrs: { id: 'min-articles' }, on: { change: () => onPick(Number(select.value)) } });
  return {
    element: h('label', { class: 'inline-field', attrs: { for: 'min-articles' } }, 'Articles per line ', select),
    show(current: number) {
      const values = [...new Set([1, 2, 3, 4, 5, current])].sort((a, b) => a - b);
      select.replaceChildren(...values.map((n) => h('option', { attrs: { value: n } }, n === 1 ? 'any' : `${n}+`)));
      select.value = String(current);
    },
  };
}

const hasFilters = (state: ViewState): boolean =>
  state.polarity.length > 0 ||
  state.kind.length > 0 ||
  state.type.length > 0 ||
  state.article.length > 0 ||
  state.statedBy.length > 0 ||
  state.minArticles > 1;

export function createFiltersPanel(options: FiltersPanelOptions): FiltersPanel {
  const { vocabulary, articles, onChange } = options;
  let state: ViewState | undefined;

  const current = () => state;
  const { polarityChips, kindChips } = chipFacets(current, onChange);
  const types = typeFacet(vocabulary, current, onChange);
  const articleFacet = articlesFacet(articles, current, onChange);

  const speakerChips = h('div', { class: 'chips', attrs: { id: 'speaker-chips' } });
  const speakerPicks = h('div', { class: 'quick-picks' });
  const speakerSearch = createSearchBox({
    label: 'Speaker',
    id: 'speaker-search',
    placeholder: 'Who states it…',
    keepPicked: false,
    search: options.search,
    onPick: (hit) => state && onChange({ statedBy: [...new Set([...state.statedBy, hit.id])] }),
  });

  const minArticles = minArticlesField((value) => onChange({ minArticles: value }));
  const clearButton = h(
    'button',
    { class: 'link-button', attrs: { type: 'button', id: 'clear-filters' }, on: { click: () => options.onClear() } },
    'Clear filters',
  );

  const element = h(
    'section',
    { class: 'panel-section', attrs: { id: 'filters', 'aria-labelledby': 'filters-title' } },
    h('div', { class: 'section-head' }, h('h2', { attrs: { id: 'filters-title' } }, 'Filters'), clearButton),
    h('p', { class: 'field-label' }, 'Polarity'),
    h('div', { class: 'chips', attrs: { role: 'group', 'aria-label': 'Polarity' } }, ...polarityChips.map((c) => c.element)),
    h('p', { class: 'field-label' }, 'Entity kind'),
    h('div', { class: 'chips', attrs: { role: 'group', 'aria-label': 'Entity kind' } }, ...kindChips.map((c) => c.element)),
    types.element,
    articleFacet.element,
    speakerSearch.element,
    speakerChips,
    speakerPicks,
    minArticles.element,
  );

  return {
    element,
    update(next, speakersInView) {
      state = next;
      for (const control of [...polarityChips, ...kindChips, ...types.controls, ...articleFacet.controls]) control.sync();
      types.count.textContent = next.type.length > 0 ? `${next.type.length} of ${vocabulary.length}` : 'any';
      articleFacet.count.textContent = next.article.length > 0 ? `${next.article.length} of ${articles.length}` : 'any';
      minArticles.show(next.minArticles);
      clearButton.hidden = !hasFilters(next);

      showSpeakers({ chips: speakerChips, picks: speakerPicks }, next, speakersInView, options);
    },
  };
}
