// What the person does in the review, on the screen's state: move, decide (then on to the next
// undecided), edit, set a quote from the selected text, add a claim the machine missed. Each
// action changes the state and draws the screen again.
import type { Decision, Review, VocabularyEntry } from '../../contract/index.ts';
import type { ArticlePane } from './article-pane.ts';
import { claimEditor, entityEditor, type EditorContext } from './proposal-editors.ts';
import { renderProposals } from './proposal-list.ts';
import {
  addClaim,
  blockersOf,
  decide,
  editClaim,
  editEntity,
  itemsOf,
  nextPendingAround,
  withPassage,
  type ItemRef,
} from './review-queue.ts';
import { reviewMarks } from './review-marks.ts';
import type { ReviewStatus } from './review-status.ts';

export interface ReviewState {
  text: string;
  review: Review;
  items: ItemRef[];
  selected: number;
  editing: boolean;
}

export interface ReviewParts {
  pane: ArticlePane;
  list: HTMLElement;
  status: ReviewStatus;
  /** The id of the datalist of the article's entities. */
  entityList: string;
  /** Adds the known entities matching a query to that list. */
  suggest: (query: string) => void;
  vocabulary: () => readonly VocabularyEntry[];
  knownName: (id: string) => string;
}

export type ReviewActions = ReturnType<typeof reviewActions>;

export function reviewActions(state: ReviewState, parts: ReviewParts) {
  const { pane, list, status } = parts;
  const indexOf = (item: ItemRef) => state.items.findIndex((candidate) => candidate.kind === item.kind && candidate.index === item.index);
  const nameOf = (form: string) =>
    state.review.entities.find((entity) => entity.id === form || entity.name === form)?.name ?? parts.knownName(form);

  function render(): void {
    const item = state.items[state.selected];
    pane.show(state.text, reviewMarks(state.review, item));
    const editor = state.editing && item ? editorFor(item) : null;
    renderProposals(list, { ...state, editor, nameOf, select, decide: decideAt, edit, usePassage });
    status.update(state.review, blockersOf(state.review));
    if (editor) editor.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }

  function editorFor(item: ItemRef): HTMLFormElement {
    const context: EditorContext = {
      vocabulary: parts.vocabulary(),
      entityList: parts.entityList,
      suggest: parts.suggest,
      save: (patch) => {
        state.review = item.kind === 'claim' ? editClaim(state.review, item.index, patch) : editEntity(state.review, item.index, patch);
        stopEditing();
      },
      cancel: stopEditing,
    };
    const { review } = state;
    return item.kind === 'claim' ? claimEditor(review.claims[item.index]!, context) : entityEditor(review.entities[item.index]!, context);
  }

  function stopEditing(): void {
    state.editing = false;
    render();
    list.focus();
  }

  function select(index: number): void {
    if (index < 0 || index >= state.items.length) return;
    Object.assign(state, { selected: index, editing: false });
    render();
    const item = state.items[index]!;
    const at = item.kind === 'claim' ? state.review.claims[item.index]!.offsets[0] : state.review.entities[item.index]!.mentions[0]?.[0];
    if (at !== undefined) pane.reveal(at);
  }

  function decideAt(index: number, decision: Decision): void {
    state.review = decide(state.review, state.items[index]!, decision);
    select((decision === 'pending' ? null : nextPendingAround(state.review, state.items, index)) ?? index);
  }

  function edit(index: number): void {
    Object.assign(state, { selected: index, editing: true });
    render();
  }

  function usePassage(index: number): void {
    const item = state.items[index];
    const span = pane.selection();
    if (item?.kind !== 'claim' || span === null) return status.hint('Select the passage in the article text first, then press W.');
    state.review = editClaim(state.review, item.index, withPassage(state.review.claims[item.index]!, state.text, span));
    render();
  }

  function addFromSelection(): void {
    const span = pane.selection();
    if (span === null) return status.hint('Select the passage that states the relationship, then press C.');
    const added = addClaim(state.review, state.text, span, { type: parts.vocabulary()[0]?.type ?? 'COOPERATES_WITH' });
    state.review = added.review;
    state.items = itemsOf(state.review);
    edit(indexOf({ kind: 'claim', index: added.index }));
  }

  return { select, decideAt, edit, usePassage, addFromSelection, indexOf };
}
