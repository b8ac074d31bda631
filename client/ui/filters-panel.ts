// Filters: polarity, relationship type, entity kind, article, speaker, minimum articles. An empty
// choice means "any". Each change is reported as a patch of the view state; update() redraws the
// controls from the state (so back/forward and links set them too).
import { ENTITY_KINDS, POLARITIES, type ArticleListItem as Article, type EntityHit, type EntityKind, type Polarity, type VocabularyEntry } from '../../contract/index.ts';
import { humanType } from '../graph/graph-elements.ts';
import { KIND_STYLE, POLARITY_STYLE } from '../graph/graph-style.ts';
import type { ViewState } from '../state/view-state.ts';
import { clear, h } from './dom.ts';
import { lineSwatch } from './legend.ts';
import { createSearchBox } from './search-box.ts';

export interface FiltersPanelOptions {
  vocabulary: VocabularyEntry[];
  articles: Article[];
  search: (query: string, signal: AbortSignal) => Promise<EntityHit[]>;
  name: (id: string) => string;
  onChange: (patch: Partial<ViewState>) => void;
  onClear: () => void;
}

export interface FiltersPanel {
  element: HTMLElement;
  update(state: ViewState, speakersInView: { id: string; claims: number }[]): void;
}

const toggled = <T extends string>(list: readonly T[], value: T): T[] => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

export function createFiltersPanel(options: FiltersPanelOptions): FiltersPanel {
  const { vocabulary, articles, onChange } = options;
  let state: ViewState | undefined;

  const chip = (label: Node[], pressed: () => boolean, toggle: () => void, data: Record<string, string>) => {
    const element = h('button', { class: 'chip', attrs: { type: 'button', 'aria-pressed': 'false' }, dataset: data, on: { click: toggle } }, ...label);
    return { element, sync: () => element.setAttribute('aria-pressed', String(pressed())) };
  };

  const polarityChips = POLARITIES.map((polarity: Polarity) =>
    chip([lineSwatch(POLARITY_STYLE[polarity]), document.createTextNode(POLARITY_STYLE[polarity].label)], () => !!state?.polarity.includes(polarity), () => state && onChange({ polarity: toggled(state.polarity, polarity) }), { polarity }),
  );
  const kindChips = ENTITY_KINDS.map((kind: EntityKind) =>
    chip([h('span', { class: 'kind-dot', attrs: { style: `--kind-fill:${KIND_STYLE[kind].fill};--kind-border:${KIND_STYLE[kind].border}` } }), document.createTextNode(KIND_STYLE[kind].label)], () => !!state?.kind.includes(kind), () => state && onChange({ kind: toggled(state.kind, kind) }), { kind }),
  );

  const checkbox = (label: Node | string, title: string | undefined, checked: () => boolean, toggle: () => void, data: Record<string, string>) => {
    const input = h('input', { attrs: { type: 'checkbox' }, dataset: data, on: { change: toggle } });
    const element = h('label', { class: 'check', attrs: title ? { title } : {} }, input, h('span', {}, label));
    return { element, sync: () => void (input.checked = checked()) };
  };

  const typeChecks = POLARITIES.flatMap((polarity) =>
    vocabulary
      .filter((entry) => entry.polarity === polarity)
      .map((entry) => ({
        polarity,
        ...checkbox(humanType(entry.type), `${entry.meaning}${entry.symmetric ? '' : ' (directed)'}`, () => !!state?.type.includes(entry.type), () => state && onChange({ type: toggled(state.type, entry.type) }), { type: entry.type }),
      })),
  );
  const typeCount = h('span', { class: 'facet-count' });
  const types = h(
    'details',
    { class: 'facet-details' },
    h('summary', {}, 'Relationship types ', typeCount),
    ...POLARITIES.map((polarity) => h('div', { class: 'type-group' }, h('p', { class: 'type-group-title' }, POLARITY_STYLE[polarity].label), ...typeChecks.filter((c) => c.polarity === polarity).map((c) => c.element))),
  );

  const articleChecks = articles.map((article) =>
    checkbox(
      h('span', {}, article.title, article.outlet ? h('span', { class: 'muted' }, ` · ${article.outlet}`) : null),
      undefined,
      () => !!state?.article.includes(article.id),
      () => state && onChange({ article: toggled(state.article, article.id) }),
      { article: article.id },
    ),
  );
  const articleCount = h('span', { class: 'facet-count' });
  const articleFacet = h('details', { class: 'facet-details' }, h('summary', {}, 'Articles ', articleCount), ...articleChecks.map((c) => c.element));

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

  const minArticles = h('select', { attrs: { id: 'min-articles' }, on: { change: () => onChange({ minArticles: Number(minArticles.value) }) } });
  /** 1–5, plus the current value when a link asks for more. */
  const minArticleOptions = (current: number) => {
    const values = [...new Set([1, 2, 3, 4, 5, current])].sort((a, b) => a - b);
    minArticles.replaceChildren(...values.map((n) => h('option', { attrs: { value: n } }, n === 1 ? 'any' : `${n}+`)));
    minArticles.value = String(current);
  };

  const clearButton = h('button', { class: 'link-button', attrs: { type: 'button', id: 'clear-filters' }, on: { click: () => options.onClear() } }, 'Clear filters');

  const element = h(
    'section',
    { class: 'panel-section', attrs: { id: 'filters', 'aria-labelledby': 'filters-title' } },
    h('div', { class: 'section-head' }, h('h2', { attrs: { id: 'filters-title' } }, 'Filters'), clearButton),
    h('p', { class: 'field-label' }, 'Polarity'),
    h('div', { class: 'chips', attrs: { role: 'group', 'aria-label': 'Polarity' } }, ...polarityChips.map((c) => c.element)),
    h('p', { class: 'field-label' }, 'Entity kind'),
    h('div', { class: 'chips', attrs: { role: 'group', 'aria-label': 'Entity kind' } }, ...kindChips.map((c) => c.element)),
    types,
    articleFacet,
    speakerSearch.element,
    speakerChips,
    speakerPicks,
    h('label', { class: 'inline-field', attrs: { for: 'min-articles' } }, 'Articles per line ', minArticles),
  );

  return {
    element,
    update(next, speakersInView) {
      state = next;
      for (const control of [...polarityChips, ...kindChips, ...typeChecks, ...articleChecks]) control.sync();
      typeCount.textContent = next.type.length > 0 ? `${next.type.length} of ${vocabulary.length}` : 'any';
      articleCount.textContent = next.article.length > 0 ? `${next.article.length} of ${articles.length}` : 'any';
      minArticleOptions(next.minArticles);
      clearButton.hidden = !(next.polarity.length || next.kind.length || next.type.length || next.article.length || next.statedBy.length || next.minArticles > 1);

      clear(speakerChips);
      for (const id of next.statedBy) {
        speakerChips.append(
          h('button', { class: 'chip', attrs: { type: 'button', 'aria-pressed': 'true', title: 'Remove this speaker' }, dataset: { speaker: id }, on: { click: () => onChange({ statedBy: next.statedBy.filter((s) => s !== id) }) } }, options.name(id), h('span', { attrs: { 'aria-hidden': 'true' } }, ' ×')),
        );
      }
      clear(speakerPicks);
      const picks = speakersInView.filter(({ id }) => !next.statedBy.includes(id)).slice(0, 6);
      if (picks.length > 0) {
        speakerPicks.append(
          h('span', { class: 'muted' }, 'In view: '),
          ...picks.map(({ id, claims }) => h('button', { class: 'link-button', attrs: { type: 'button', title: `${claims} claims stated by ${options.name(id)}` }, dataset: { speaker: id }, on: { click: () => onChange({ statedBy: [...next.statedBy, id] }) } }, options.name(id))),
        );
      }
    },
  };
}
