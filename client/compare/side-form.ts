// One side's filters as a form: from/to (checked as the API checks them, the problem said next to
// the fields and nothing applied until it is fixed), outlets, outlet countries, articles, speakers,
// and whether undated claims count. Every control has a label and is reached with Tab.
import type { ArticleListItem as Article } from '../../contract/index.ts';
import { rangeProblem, type CompareSide, type SideName } from '../state/compare-view.ts';
import { h } from '../ui/dom.ts';

/** What the lists offer: the corpus's outlets and countries and articles, the view's speakers. */
export interface SideChoices {
  articles: readonly Article[];
  speakers: readonly { id: string; name: string }[];
}

export interface SideForm {
  element: HTMLElement;
  /** Shows the side's filters (a field being typed in keeps its text). */
  update(side: CompareSide, choices: SideChoices): void;
}

type Multi = 'outlet' | 'outletCountry' | 'article' | 'statedBy';

/** The outlets and countries of the articles, by name. */
function outletOptions(articles: readonly Article[]): { outlets: [string, string][]; countries: string[] } {
  const outlets = new Map<string, string>();
  const countries = new Set<string>();
  for (const article of articles) {
    if (article.outletId) outlets.set(article.outletId, article.outlet ?? article.outletId);
    if (article.outletCountry) countries.add(article.outletCountry);
  }
  return { outlets: [...outlets].sort((x, y) => x[1].localeCompare(y[1])), countries: [...countries].sort() };
}

/** The lists' options: outlets and countries of the articles, the articles, the speakers. */
function fillOptions(selects: Record<Multi, HTMLSelectElement>, choices: SideChoices): void {
  const { outlets, countries } = outletOptions(choices.articles);
  const options = (element: HTMLSelectElement, pairs: [string, string][]) =>
    element.replaceChildren(...pairs.map(([value, text]) => h('option', { attrs: { value } }, text)));
  options(selects.outlet, outlets);
  options(
    selects.outletCountry,
    countries.map((code) => [code, code]),
  );
  options(
    selects.article,
    choices.articles.map((article) => [article.id, [article.title, article.outlet].filter(Boolean).join(' · ')]),
  );
  options(
    selects.statedBy,
    choices.speakers.map((speaker) => [speaker.id, speaker.name]),
  );
}

export function createSideForm(name: SideName, onChange: (patch: Partial<CompareSide>) => void): SideForm {
  const id = (field: string) => `compare-${name}-${field}`;
  const dateInput = (field: 'from' | 'to') =>
    h('input', {
      class: 'search-input cmp-date',
      attrs: {
        id: id(field),
        type: 'text',
        inputmode: 'numeric',
        placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD',
        maxlength: 10,
        autocomplete: 'off',
      },
    });
  const from = dateInput('from');
  const to = dateInput('to');
  const problem = h('p', { class: 'cmp-problem', attrs: { id: id('problem'), role: 'alert' } });
  const undated = h('input', { attrs: { id: id('undated'), type: 'checkbox' } });
  const select = (field: Multi) => h('select', { class: 'cmp-select', attrs: { id: id(field), multiple: true, size: 3 } });
  const selects: Record<Multi, HTMLSelectElement> = {
    outlet: select('outlet'),
    outletCountry: select('outletCountry'),
    article: select('article'),
    statedBy: select('statedBy'),
  };
  let shownChoices: SideChoices | null = null;

  function applyDates(): void {
    const text = { from: from.value.trim(), to: to.value.trim() };
    problem.textContent = rangeProblem(text.from, text.to) ?? '';
    if (!problem.textContent) onChange({ from: text.from || null, to: text.to || null });
  }
  from.addEventListener('change', applyDates);
  to.addEventListener('change', applyDates);
  undated.addEventListener('change', () => onChange({ undated: undated.checked }));
  for (const [field, element] of Object.entries(selects) as [Multi, HTMLSelectElement][])
    element.addEventListener('change', () => onChange({ [field]: [...element.selectedOptions].map((option) => option.value) }));

  const label = (field: string, text: string) => h('label', { class: 'field-label', attrs: { for: id(field) } }, text);
  const element = h(
    'fieldset',
    { class: 'cmp-side-form', dataset: { side: name } },
    h('legend', {}, `Side ${name.toUpperCase()}`),
    h('div', { class: 'cmp-dates' }, h('div', {}, label('from', 'From'), from), h('div', {}, label('to', 'To'), to)),
    problem,
    h('div', { class: 'cmp-check' }, undated, h('label', { attrs: { for: id('undated') } }, 'Keep undated claims')),
    // The lists fold away so both sides' dates and the changes fit the sidebar.
    h(
      'details',
      { class: 'cmp-more' },
      h('summary', {}, 'Outlets, countries, articles, speakers'),
      label('outlet', 'Outlets'),
      selects.outlet,
      label('outletCountry', 'Outlet countries'),
      selects.outletCountry,
      label('article', 'Articles'),
      selects.article,
      label('statedBy', 'Speakers'),
      selects.statedBy,
    ),
  );

  return {
    element,
    update(side, choices) {
      if (choices !== shownChoices) fillOptions(selects, (shownChoices = choices));
      // A field being typed in keeps its text; one left shows the side's value.
      if (document.activeElement !== from) from.value = side.from ?? '';
      if (document.activeElement !== to) to.value = side.to ?? '';
      if (!rangeProblem(from.value.trim(), to.value.trim())) problem.textContent = '';
      undated.checked = side.undated;
      for (const [field, select] of Object.entries(selects) as [Multi, HTMLSelectElement][]) {
        const chosen = new Set(side[field]);
        for (const option of select.options) option.selected = chosen.has(option.value);
      }
    },
  };
}
