// The review queue's list: one row per proposal (new entities, known entities, then claims in
// reading order), each with its decision in words and a mark, the selected one with its buttons
// and, while edited, its form.
import type { Decision, Review, ReviewClaim, ReviewEntity } from '../../contract/index.ts';
import { h } from '../ui/dom.ts';
import type { ItemRef } from './review-queue.ts';

export interface ListContext {
  review: Review;
  items: readonly ItemRef[];
  selected: number;
  /** The form of the selected item while it is edited, else null. */
  editor: HTMLFormElement | null;
  /** An entity's name from its id (or a new entity's name as it is). */
  nameOf: (form: string) => string;
  select: (index: number) => void;
  decide: (index: number, decision: Decision) => void;
  edit: (index: number) => void;
  /** The claim's passage set to the text selected in the article. */
  usePassage: (index: number) => void;
}

const DECISION_WORDS: Record<Decision, string> = { pending: 'to decide', accept: '✓ accepted', reject: '✕ rejected' };

export function renderProposals(list: HTMLElement, context: ListContext): void {
  list.replaceChildren(...context.items.map((item, index) => row(item, index, context)));
  list.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
}

function row(item: ItemRef, index: number, context: ListContext): HTMLElement {
  const selected = index === context.selected;
  const record = item.kind === 'entity' ? context.review.entities[item.index]! : context.review.claims[item.index]!;
  const element = h(
    'li',
    {
      class: `ingest-item ingest-${item.kind}`,
      attrs: { role: 'option', 'aria-selected': selected ? 'true' : 'false', id: `proposal-${index}` },
      dataset: { decision: record.decision, kind: item.kind },
      on: { click: () => context.select(index) },
    },
    h('span', { class: 'ingest-decision' }, DECISION_WORDS[record.decision]),
    item.kind === 'entity' ? entitySummary(record as ReviewEntity) : claimSummary(record as ReviewClaim, context.nameOf),
  );
  if (selected) element.append(context.editor ?? buttons(item, index, context));
  return element;
}

function entitySummary(entity: ReviewEntity): HTMLElement {
  const status = entity.new ? (entity.mergeInto ? `new · merge into ${entity.mergeInto}` : 'new') : 'known';
  return h(
    'div',
    { class: 'ingest-summary' },
    h('strong', {}, entity.name),
    h('span', { class: 'muted' }, ` · ${entity.kind} · ${status} · named ${entity.mentions.length}×`),
    entity.aliases.length > 0 ? h('div', { class: 'muted' }, `also: ${entity.aliases.join(', ')}`) : null,
  );
}

function claimSummary(claim: ReviewClaim, nameOf: (form: string) => string): HTMLElement {
  const named = (form: string) => (form === '' ? '(choose)' : nameOf(form));
  return h(
    'div',
    { class: 'ingest-summary' },
    h('strong', {}, `${named(claim.subject)} — ${claim.type.toLowerCase().replaceAll('_', ' ')} — ${named(claim.object)}`),
    h('span', { class: `ingest-polarity polarity-${claim.polarity}` }, ` ${claim.polarity}`),
    claim.statedBy ? h('span', { class: 'muted' }, ` · stated by ${nameOf(claim.statedBy)}`) : null,
    claim.date ? h('span', { class: 'muted' }, ` · ${claim.date}`) : null,
    h('q', { class: 'ingest-quote' }, claim.quote),
  );
}

function buttons(item: ItemRef, index: number, context: ListContext): HTMLElement {
  const button = (label: string, run: () => void) =>
    h(
      'button',
      {
        class: 'button button-quiet',
        attrs: { type: 'button' },
        on: {
          click: (event) => {
            event.stopPropagation();
            run();
          },
        },
      },
      label,
    );
  return h(
    'div',
    { class: 'ingest-actions' },
    button('Accept (A)', () => context.decide(index, 'accept')),
    button('Reject (R)', () => context.decide(index, 'reject')),
    button('Edit (E)', () => context.edit(index)),
    item.kind === 'claim' ? button('Quote the selected text (W)', () => context.usePassage(index)) : null,
  );
}
