import { describe, expect, it } from 'vitest';
import type { Review, ReviewClaim, ReviewEntity } from '../../contract/index.ts';
import { addClaim, blockersOf, decide, itemsOf, nextPending, nextPendingAround, tallyOf, withPassage } from './review-queue.ts';

const TEXT = 'Moscow and Islamabad agreed to hold exercises. The Quad was criticised by Lavrov.';
const entity = (id: string, name: string, at: number, patch: Partial<ReviewEntity> = {}): ReviewEntity => ({
  decision: 'pending',
  id,
  name,
  kind: 'Country',
  new: false,
  aliases: [],
  mentions: [[at, at + name.length]],
  mergeInto: null,
  description: null,
  ...patch,
});
const claim = (id: string, start: number, end: number, patch: Partial<ReviewClaim> = {}): ReviewClaim => ({
  decision: 'pending',
  id,
  subject: 'russia',
  type: 'HOLDS_EXERCISES_WITH',
  object: 'pakistan',
  polarity: 'alliance',
  statedBy: null,
  quote: TEXT.slice(start, end),
  offsets: [start, end],
  date: null,
  ...patch,
});
const review = (): Review => ({
  textSha256: '0'.repeat(64),
  dataFingerprint: '1'.repeat(64),
  article: {
    id: 'talks',
    title: 'Talks',
    titleIsDescriptive: false,
    outlet: null,
    author: null,
    published: null,
    pageDate: null,
    eventDate: null,
    url: null,
    notes: null,
  },
  entities: [
    entity('russia', 'Moscow', 0),
    entity('pakistan', 'Islamabad', 11),
    entity('the-quad', 'The Quad', 48, { new: true, kind: 'Organization' }),
  ],
  claims: [claim('talks-002', 48, 80, { subject: 'russia', object: 'the-quad', type: 'CRITICIZES' }), claim('talks-001', 0, 46)],
});

describe('the review queue', () => {
  it('when listed, then new entities come first, then known ones, then claims in reading order', () => {
    expect(itemsOf(review())).toEqual([
      { kind: 'entity', index: 2 },
      { kind: 'entity', index: 0 },
      { kind: 'entity', index: 1 },
      { kind: 'claim', index: 1 },
      { kind: 'claim', index: 0 },
    ]);
  });

  it('when items are decided, then the next pending one is found either way and the tallies follow', () => {
    let r = review();
    const items = itemsOf(r);
    r = decide(r, items[1]!, 'accept');
    r = decide(r, items[2]!, 'reject');

    expect(nextPending(r, items, 0, 1)).toBe(3);
    expect(nextPending(r, items, 3, -1)).toBe(0);
    expect(nextPending(r, items, 4, 1)).toBeNull();
    expect(nextPendingAround(r, items, 4)).toBe(0);
    expect(tallyOf(r.entities)).toEqual({ pending: 1, accepted: 1, rejected: 1 });
  });

  it('when a passage is widened, then the quote is the text between the new offsets', () => {
    const widened = withPassage(review().claims[1]!, TEXT, [0, 47]);
    expect(widened).toMatchObject({ quote: TEXT.slice(0, 47), offsets: [0, 47] });
  });

  it('when a passage is added as a claim, then it is accepted, with the entities named in it proposed in order', () => {
    const { review: r, index } = addClaim(review(), TEXT, [48, 80], { type: 'CRITICIZES' });

    expect(index).toBe(2);
    expect(r.claims[2]).toMatchObject({ id: 'talks-003', decision: 'accept', subject: 'the-quad', object: '', quote: TEXT.slice(48, 80) });
  });

  it('when things are left undecided or incomplete, then each blocker names its item', () => {
    let r = review();
    r = { ...r, entities: r.entities.map((e) => ({ ...e, decision: 'accept' as const })) };
    r = { ...r, claims: r.claims.map((c) => ({ ...c, decision: 'accept' as const })) };
    r = decide(r, { kind: 'entity', index: 0 }, 'reject');
    r = decide(r, { kind: 'claim', index: 1 }, 'pending');

    expect(blockersOf(r).map(({ item, message }) => `${item.kind}${item.index}: ${message}`)).toEqual([
      'entity2: The Quad: a new entity needs a description, or merge it into a known one',
      `claim1: ${TEXT.slice(0, 46)}: not decided yet`,
    ]);
    r = decide(r, { kind: 'entity', index: 2 }, 'reject');
    expect(blockersOf(r)[0]?.message).toBe('talks-002: names the-quad, which is not accepted');
  });
});
