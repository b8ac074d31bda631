// An entity search box with suggestions: debounced /api/entities?q= (typo-tolerant, best match
// first), an ARIA combobox navigable with ↑/↓, Enter and Escape. Enter takes the active suggestion,
// else the best match; a query that matches nothing says so and offers the nearest names, which
// only a click or an arrow key picks. Used for focus, path ends, pair ends and speakers.
import type { EntityHit, EntitySearchResponse } from '../../contract/index.ts';
import { isAbort } from '../api/api-client.ts';
import { kindStyle } from '../graph/graph-style.ts';
import { h } from './dom.ts';
import { debounce, suggestionKey } from './suggest-nav.ts';

export interface SearchBoxOptions {
  /** Visible label. */
  label: string;
  /** Element id of the input (tests and labels use it). */
  id: string;
  placeholder?: string;
  search: EntitySearch;
  onPick: (hit: EntityHit) => void;
  /** Wait this long after the last keystroke before asking; default 180 ms. */
  debounceMs?: number;
  /** Fewer characters than this ask nothing; default 2. */
  minChars?: number;
  /** After a pick, show the picked name (true) or empty the box (false); default true. */
  keepPicked?: boolean;
  /** Under the box, say which entity is chosen (its name and kind); default false. */
  showChosen?: boolean;
}

export type EntitySearch = (query: string, signal: AbortSignal) => Promise<EntitySearchResponse>;

export interface SearchBox {
  element: HTMLElement;
  input: HTMLInputElement;
  setValue(text: string): void;
  /** Shows this entity as the chosen one (name, and kind when known), or none. */
  setChosen(entity: { name: string; kind?: string } | null): void;
}

/** The labelled input (an ARIA combobox) and its list of suggestions, hidden until there are some. */
function buildSearchBox({ label, id, placeholder, listId }: { label: string; id: string; placeholder: string; listId: string }) {
  const input = h('input', {
    class: 'search-input',
    attrs: {
      id,
      type: 'search',
      placeholder,
      autocomplete: 'off',
      spellcheck: 'false',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
    },
  });
  const list = h('ul', {
    class: 'suggestions',
    attrs: { id: listId, role: 'listbox', hidden: true, 'aria-label': `${label} suggestions` },
  });
  const element = h('div', { class: 'search-box' }, h('label', { class: 'field-label', attrs: { for: id } }, label), input, list);
  return { input, list, element };
}

/** One option per hit: its name and kind; pressing it picks the hit. */
const kindBadge = (kind: string) => h('span', { class: 'kind-badge', style: { '--kind-fill': kindStyle(kind).fill } }, kind);

function suggestionItems(hits: readonly EntityHit[], listId: string, pick: (hit: EntityHit) => void): HTMLElement[] {
  return hits.map((hit, index) =>
    h(
      'li',
      {
        class: 'suggestion',
        attrs: { id: `${listId}-${index}`, role: 'option', 'aria-selected': 'false' },
        dataset: { id: hit.id },
        // mousedown, not click: it fires before the input's blur closes the list.
        on: { mousedown: (event) => (event.preventDefault(), pick(hit)) },
      },
      h('span', { class: 'suggestion-name' }, hit.name),
      kindBadge(hit.kind),
    ),
  );
}

export function createSearchBox(options: SearchBoxOptions): SearchBox {
  const { label, id, placeholder = 'Search entities…', search, onPick, debounceMs = 180, minChars = 2, keepPicked = true } = options;
  const listId = `${id}-suggestions`;
  const { input, list, element } = buildSearchBox({ label, id, placeholder, listId });
  const chosen = h('output', { class: 'search-chosen', attrs: { id: `${id}-chosen`, for: id, hidden: true } });
  if (options.showChosen) element.append(chosen);
  const setChosen = (entity: { name: string; kind?: string } | null) => {
    chosen.hidden = !entity;
    chosen.replaceChildren(...(entity ? ['Chosen: ', h('strong', {}, entity.name), entity.kind ? kindBadge(entity.kind) : ''] : []));
  };

  let hits: EntityHit[] = [];
  /** How many of `hits` match the query (the rest are nearest names): Enter picks only a match. */
  let matches = 0;
  let active = -1;
  let controller: AbortController | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (index: number) => {
    active = index;
    [...list.children].forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', `${listId}-${index}`);
      list.children[index]?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const pick = (hit: EntityHit) => {
    input.value = keepPicked ? hit.name : '';
    setChosen(hit);
    close();
    onPick(hit);
  };

  const note = (text: string) => h('li', { class: 'suggestion-empty', attrs: { role: 'presentation' } }, text);
  const show = (found: EntitySearchResponse, message?: string) => {
    hits = [...found.entities, ...found.nearest];
    matches = found.entities.length;
    const items = suggestionItems(hits, listId, pick);
    list.replaceChildren(...items.slice(0, matches));
    if (message) list.append(note(message));
    list.append(...items.slice(matches));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(-1);
  };

  /** Asks for the query's suggestions and shows them, unless the text changed meanwhile; never rejects. */
  const lookup = async (query: string): Promise<void> => {
    controller?.abort();
    controller = new AbortController();
    try {
      const found = await search(query, controller.signal);
      if (input.value.trim() !== query) return;
      const none = found.nearest.length > 0 ? `No entity matches “${query}”. Nearest names:` : `No entity matches “${query}”.`;
      show(found, found.entities.length === 0 ? none : undefined);
    } catch (error) {
      if (!isAbort(error)) show({ entities: [], nearest: [] }, 'Search is unavailable right now');
    }
  };
  const ask = debounce((query: string) => void lookup(query), debounceMs);

  input.addEventListener('input', () => {
    const query = input.value.trim();
    if (query.length < minChars) {
      ask.cancel();
      controller?.abort();
      close();
      return;
    }
    ask(query);
  });

  input.addEventListener('keydown', (event) => {
    const action = suggestionKey(event.key, { open: !list.hidden, active, count: hits.length, matches });
    if (action === 'close') return close();
    if (!action) return;
    event.preventDefault();
    if ('move' in action) setActive(action.move);
    else pick(hits[action.pick]!);
  });
  input.addEventListener('blur', close);

  return { element, input, setValue: (text) => void (input.value = text), setChosen };
}
