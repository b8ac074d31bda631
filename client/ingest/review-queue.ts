// The review queue's model, pure: the items a person works through (new entities first, then
// known ones, then claims in reading order), their decisions and edits, what is left, and what
// would stop the commit. Every change returns a new review; the page keeps the one it shows.
import type { Decision, Review, ReviewClaim, ReviewEntity, TextSpan } from '../../contract/index.ts';

export type ItemRef = { kind: 'entity'; index: number } | { kind: 'claim'; index: number };

export function itemsOf(review: Review): ItemRef[] {
  const entities = review.entities.map((entity, index) => ({ entity, index }));
  const ordered = [...entities.filter(({ entity }) => entity.new), ...entities.filter(({ entity }) => !entity.new)];
  const claims = review.claims.map((claim, index) => ({ claim, index })).sort((a, b) => a.claim.offsets[0] - b.claim.offsets[0]);
  return [
    ...ordered.map(({ index }): ItemRef => ({ kind: 'entity', index })),
    ...claims.map(({ index }): ItemRef => ({ kind: 'claim', index })),
  ];
}

export function decisionOf(review: Review, item: ItemRef): Decision {
  return item.kind === 'entity' ? review.entities[item.index]!.decision : review.claims[item.index]!.decision;
}

export function decide(review: Review, item: ItemRef, decision: Decision): Review {
  return item.kind === 'entity' ? editEntity(review, item.index, { decision }) : editClaim(review, item.index, { decision });
}

export function editClaim(review: Review, index: number, patch: Partial<ReviewClaim>): Review {
  return { ...review, claims: review.claims.map((claim, at) => (at === index ? { ...claim, ...patch } : claim)) };
}

export function editEntity(review: Review, index: number, patch: Partial<ReviewEntity>): Review {
  return { ...review, entities: review.entities.map((entity, at) => (at === index ? { ...entity, ...patch } : entity)) };
}

/** The claim's passage set to `span` of the text: the quote is always the text between its offsets. */
export function withPassage(claim: ReviewClaim, text: string, span: TextSpan): ReviewClaim {
  return { ...claim, quote: text.slice(span[0], span[1]), offsets: span };
}

/** A claim the machine missed, on a passage the person selected: it starts accepted, to be completed. */
export function addClaim(review: Review, text: string, span: TextSpan, { type }: { type: string }): { review: Review; index: number } {
  const taken = new Set(review.claims.map((claim) => claim.id));
  let n = review.claims.length + 1;
  const idOf = (k: number) => `${review.article.id}-${String(k).padStart(3, '0')}`;
  while (taken.has(idOf(n))) n += 1;
  const named = entitiesIn(review, span);
  const claim: ReviewClaim = withPassage(
    {
      decision: 'accept',
      id: idOf(n),
      subject: named[0] ?? '',
      type,
      object: named[1] ?? '',
      polarity: 'neutral',
      statedBy: null,
      quote: '',
      offsets: span,
      date: null,
    },
    text,
    span,
  );
  return { review: { ...review, claims: [...review.claims, claim] }, index: review.claims.length };
}

/** The entities with a mention inside the span, in reading order. */
function entitiesIn(review: Review, [start, end]: TextSpan): string[] {
  return review.entities
    .flatMap((entity) => entity.mentions.filter(([s, e]) => s >= start && e <= end).map(([s]) => ({ id: entity.id, at: s })))
    .sort((a, b) => a.at - b.at)
    .map(({ id }) => id)
    .filter((id, index, all) => all.indexOf(id) === index);
}

/** From `from` (an index into `items`), the next (or previous) item still pending; null when none is left that way. */
export function nextPending(review: Review, items: readonly ItemRef[], from: number, step: 1 | -1): number | null {
  for (let at = from + step; at >= 0 && at < items.length; at += step) {
    if (decisionOf(review, items[at]!) === 'pending') return at;
  }
  return null;
}

/** The next item still pending after `from`, else the first one still pending before it; null when none is. */
export function nextPendingAround(review: Review, items: readonly ItemRef[], from: number): number | null {
  return nextPending(review, items, from, 1) ?? nextPending(review, items, -1, 1);
}

export interface Tally {
  pending: number;
  accepted: number;
  rejected: number;
}

export function tallyOf(decisions: readonly { decision: Decision }[]): Tally {
  const count = (decision: Decision) => decisions.filter((item) => item.decision === decision).length;
  return { pending: count('pending'), accepted: count('accept'), rejected: count('reject') };
}

/** What stops the commit, in words, each with the item it is about. */
export function blockersOf(review: Review): { item: ItemRef; message: string }[] {
  // A known entity is in data/ whatever is decided on its aliases; a new one only once accepted.
  const fresh = review.entities.filter((entity) => entity.new);
  const accepted = new Set(fresh.filter((entity) => entity.decision === 'accept').flatMap((entity) => [entity.id, entity.name]));
  const proposed = new Set(fresh.flatMap((entity) => [entity.id, entity.name]));
  const blockers: { item: ItemRef; message: string }[] = [];
  review.entities.forEach((entity, index) => {
    const item: ItemRef = { kind: 'entity', index };
    if (entity.decision === 'pending') blockers.push({ item, message: `${entity.name}: not decided yet` });
    if (entity.decision === 'accept' && entity.new && entity.mergeInto === null && entity.description === null) {
      blockers.push({ item, message: `${entity.name}: a new entity needs a description, or merge it into a known one` });
    }
  });
  review.claims.forEach((claim, index) => {
    const item: ItemRef = { kind: 'claim', index };
    if (claim.decision === 'pending') blockers.push({ item, message: `${claim.quote.slice(0, 60)}: not decided yet` });
    if (claim.decision !== 'accept') return;
    for (const form of [claim.subject, claim.object, claim.statedBy]) {
      if (form === null) continue;
      if (form === '') blockers.push({ item, message: `${claim.id}: choose both entities` });
      else if (proposed.has(form) && !accepted.has(form))
        blockers.push({ item, message: `${claim.id}: names ${form}, which is not accepted` });
    }
  });
  return blockers;
}
