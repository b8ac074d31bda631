// The review's status bar: what is left to decide, what would stop the commit (each a link to
// its item), why the server refused a commit, and the Commit and Discard buttons.
import type { ErrorProblem, Review } from '../../contract/index.ts';
import { h } from '../ui/dom.ts';
import { tallyOf, type ItemRef, type Tally } from './review-queue.ts';

export interface ReviewStatus {
  element: HTMLElement;
  update(review: Review, blockers: readonly { item: ItemRef; message: string }[]): void;
  setBusy(busy: boolean): void;
  hint(message: string): void;
  showRefusal(message: string, problems: readonly ErrorProblem[]): void;
}

const tallyText = (what: string, { pending, accepted, rejected }: Tally) =>
  `${what}: ${pending} to decide · ${accepted} accepted · ${rejected} rejected`;

/** `claims[3].subject` → the claim at index 3 of the review. */
function itemOfProblem(where: string): ItemRef | null {
  const match = /^(claims|entities)\[(\d+)\]/.exec(where);
  return match ? { kind: match[1] === 'claims' ? 'claim' : 'entity', index: Number(match[2]) } : null;
}

export function createReviewStatus({
  commit,
  discard,
  select,
}: {
  commit: () => void;
  discard: () => void;
  select: (item: ItemRef) => void;
}): ReviewStatus {
  const counts = h('div', { class: 'ingest-counts', attrs: { id: 'ingest-counts', 'aria-live': 'polite' } });
  const blockersLine = h('div', { class: 'ingest-blockers', attrs: { id: 'ingest-blockers' } });
  const refusal = h('div', { class: 'ingest-error', attrs: { id: 'ingest-refusal', role: 'alert', hidden: true } });
  const hintLine = h('div', { class: 'muted', attrs: { id: 'ingest-hint', 'aria-live': 'polite' } });
  const commitButton = h(
    'button',
    { class: 'button', attrs: { type: 'button', id: 'ingest-commit' }, on: { click: commit } },
    'Commit article (Ctrl+Enter)',
  );
  const discardButton = h(
    'button',
    { class: 'button button-quiet', attrs: { type: 'button', id: 'ingest-discard' }, on: { click: discard } },
    'Discard',
  );
  const keysHelp = h(
    'div',
    { class: 'muted ingest-keys' },
    'J/K move · A accept · R reject · U undo · E edit · W quote the selected text · C new claim on the selected text',
  );
  const link = (item: ItemRef | null, message: string) =>
    item
      ? h('button', { class: 'link-button', attrs: { type: 'button' }, on: { click: () => select(item) } }, message)
      : h('span', {}, message);

  return {
    element: h(
      'div',
      { class: 'ingest-status' },
      h('div', { class: 'ingest-status-row' }, counts, commitButton, discardButton),
      blockersLine,
      refusal,
      hintLine,
      keysHelp,
    ),
    update(review, blockers) {
      counts.textContent = `${tallyText('Entities', tallyOf(review.entities))} — ${tallyText('Claims', tallyOf(review.claims))}`;
      commitButton.disabled = blockers.length > 0;
      blockersLine.replaceChildren(
        ...(blockers.length === 0
          ? ['Ready to commit.']
          : [`${blockers.length} to settle before the commit: `, link(blockers[0]!.item, blockers[0]!.message)]),
      );
      hintLine.textContent = '';
    },
    setBusy(busy) {
      commitButton.disabled = busy;
      commitButton.textContent = busy ? 'Writing and loading…' : 'Commit article (Ctrl+Enter)';
    },
    hint(message) {
      hintLine.textContent = message;
    },
    showRefusal(message, problems) {
      refusal.hidden = message === '';
      refusal.replaceChildren(
        h('strong', {}, message),
        h('ul', {}, ...problems.map(({ where, message: text }) => h('li', {}, link(itemOfProblem(where), `${where}: ${text}`)))),
      );
    },
  };
}
