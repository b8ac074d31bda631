// "Add article", second step: the article text beside the machine's proposals, worked through
// with the keyboard. J/K (or ↓/↑) move, N goes to the next undecided, A accepts and R rejects
// (then on to the next undecided), U undoes, E edits, W sets the selected claim's quote to the
// text selected in the article, C adds a claim on the selected text, Ctrl+Enter commits.
import type { ErrorProblem, Review, VocabularyEntry } from '../../contract/index.ts';
import { h } from '../ui/dom.ts';
import { createArticlePane } from './article-pane.ts';
import { reviewActions, type ReviewActions, type ReviewState } from './review-actions.ts';
import { itemsOf, nextPending, nextPendingAround } from './review-queue.ts';
import { createReviewStatus } from './review-status.ts';

export interface ReviewScreenOptions {
  vocabulary: () => readonly VocabularyEntry[];
  /** A known entity's name by id (the id itself while unknown). */
  knownName: (id: string) => string;
  /** Known entities matching a query (the API's search). */
  searchEntities: (query: string) => Promise<readonly { id: string; name: string }[]>;
  commit: () => void;
  discard: () => void;
}

export interface ReviewScreen {
  element: HTMLElement;
  open(text: string, review: Review): void;
  focus(): void;
  readonly review: Review;
  readonly text: string;
  setBusy(busy: boolean): void;
  showRefusal(message: string, problems: readonly ErrorProblem[]): void;
}

const ENTITY_LIST = 'ingest-entity-ids';

export function createReviewScreen(options: ReviewScreenOptions): ReviewScreen {
  const pane = createArticlePane();
  const list = h('ol', {
    class: 'ingest-list',
    attrs: { id: 'ingest-proposals', role: 'listbox', 'aria-label': 'Proposals', tabindex: 0 },
  });
  const datalist = h('datalist', { attrs: { id: ENTITY_LIST } });
  const status = createReviewStatus({
    commit: options.commit,
    discard: options.discard,
    select: (item) => actions.select(actions.indexOf(item)),
  });
  const element = h(
    'div',
    { class: 'ingest-review', attrs: { id: 'ingest-review' } },
    status.element,
    h('div', { class: 'ingest-columns' }, pane.element, h('div', { class: 'ingest-side' }, list, datalist)),
  );
  const empty: Review = { textSha256: '', dataFingerprint: '', article: {} as Review['article'], entities: [], claims: [] };
  const state: ReviewState = { text: '', review: empty, items: [], selected: 0, editing: false };
  const offer = (extra: readonly { id: string; name: string }[]) => {
    const entries = new Map([...state.review.entities, ...extra].map(({ id, name }) => [id, name]));
    datalist.replaceChildren(...[...entries].map(([id, name]) => h('option', { attrs: { value: id, label: name } })));
  };
  const suggest = debounced((query: string) => {
    if (query.trim().length >= 2) void options.searchEntities(query).then(offer, () => {});
  }, 150);
  const actions = reviewActions(state, {
    pane,
    list,
    status,
    entityList: ENTITY_LIST,
    suggest,
    vocabulary: options.vocabulary,
    knownName: options.knownName,
  });
  element.addEventListener('keydown', (event) => onKey(event, state, actions, options.commit));

  return {
    element,
    open(text, review) {
      Object.assign(state, { text, review, items: itemsOf(review), editing: false });
      offer([]);
      status.showRefusal('', []);
      actions.select(Math.max(0, nextPending(review, state.items, -1, 1) ?? 0));
    },
    focus: () => list.focus(),
    get review() {
      return state.review;
    },
    get text() {
      return state.text;
    },
    setBusy: (busy) => status.setBusy(busy),
    showRefusal: (message, problems) => status.showRefusal(message, problems),
  };
}

function debounced<T>(run: (value: T) => void, ms: number): (value: T) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (value) => {
    clearTimeout(timer);
    timer = setTimeout(() => run(value), ms);
  };
}

function onKey(event: KeyboardEvent, state: ReviewState, actions: ReviewActions, commit: () => void): void {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    return commit();
  }
  const inField = (event.target as HTMLElement).closest('input, textarea, select, button');
  if (state.editing || event.ctrlKey || event.metaKey || event.altKey || inField) return;
  const keys: Record<string, () => void> = {
    j: () => actions.select(state.selected + 1),
    ArrowDown: () => actions.select(state.selected + 1),
    k: () => actions.select(state.selected - 1),
    ArrowUp: () => actions.select(state.selected - 1),
    n: () => actions.select(nextPendingAround(state.review, state.items, state.selected) ?? state.selected),
    a: () => actions.decideAt(state.selected, 'accept'),
    r: () => actions.decideAt(state.selected, 'reject'),
    u: () => actions.decideAt(state.selected, 'pending'),
    e: () => actions.edit(state.selected),
    w: () => actions.usePassage(state.selected),
    c: () => actions.addFromSelection(),
  };
  const run = keys[event.key];
  if (run === undefined) return;
  event.preventDefault();
  run();
}
