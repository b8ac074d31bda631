// A review's decisions become the article the data writer takes; here, what becomes of accepted
// entities that no accepted claim names: they are the article's mentions, never dropped.
import { describe, expect, it } from 'vitest';
import type { Entity, Review, ReviewClaim, ReviewEntity } from '../../contract/index.ts';
import { decidedArticle, ReviewIncompleteError } from '../../server/ingest/review-decisions.ts';
import { bareArticle } from './ingest-fixture.ts';

const TEXT = 'Pakistan and India held talks. Russia looked on, as did the SCO, the Shanghai Cooperation Organization.';

const known: Entity[] = [
  { id: 'pakistan', kind: 'Country', name: 'Pakistan', aliases: [], description: 'Pakistan.' },
  { id: 'india', kind: 'Country', name: 'India', aliases: [], description: 'India.' },
  { id: 'russia', kind: 'Country', name: 'Russia', aliases: [], description: 'Russia.' },
];

function entity(fields: Partial<ReviewEntity> & Pick<ReviewEntity, 'id' | 'name'>): ReviewEntity {
  return { decision: 'accept', kind: 'Country', new: false, aliases: [], mentions: [], mergeInto: null, description: null, ...fields };
}

function review(entities: ReviewEntity[], claims: Partial<ReviewClaim>[] = [{}]): Review {
  return {
    textSha256: '0'.repeat(64),
    dataFingerprint: '0'.repeat(64),
    article: bareArticle('talks', 'Talks'),
    entities,
    claims: claims.map((fields, index) => ({
      decision: 'accept',
      id: `talks-00${index + 1}`,
      subject: 'pakistan',
      type: 'MET_WITH',
      object: 'india',
      polarity: 'neutral',
      statedBy: null,
      quote: 'Pakistan and India held talks',
      offsets: [0, 29],
      date: null,
      ...fields,
    })),
  };
}

const sco = (fields: Partial<ReviewEntity> = {}) =>
  entity({
    id: 'sco',
    name: 'Shanghai Cooperation Organization',
    kind: 'Organization',
    new: true,
    aliases: ['SCO'],
    description: 'A regional organization.',
    ...fields,
  });

describe('decidedArticle', () => {
  it('when accepted entities, new or known, are named by no accepted claim, then they are the article’s mentions', () => {
    const decided = decidedArticle(
      review([
        entity({ id: 'pakistan', name: 'Pakistan' }),
        entity({ id: 'india', name: 'India' }),
        entity({ id: 'russia', name: 'Russia' }),
        sco(),
      ]),
      TEXT,
      known,
    );

    expect(decided.mentions).toEqual(['russia', 'sco']);
    expect(decided.newEntities.map((e) => e.id)).toEqual(['sco']);
  });

  it('when an entity is rejected, or named by an accepted claim, then it is no mention', () => {
    const decided = decidedArticle(
      review(
        [entity({ id: 'russia', name: 'Russia', decision: 'reject' }), sco()],
        [{}, { subject: 'sco', object: 'pakistan', statedBy: 'india' }],
      ),
      TEXT,
      known,
    );

    expect(decided.mentions).toEqual([]);
  });

  it('when only the claim naming an accepted entity is rejected, then the entity is kept as a mention', () => {
    const decided = decidedArticle(review([sco()], [{}, { decision: 'reject', subject: 'sco', object: 'russia' }]), TEXT, known);

    expect(decided.mentions).toEqual(['sco']);
  });

  it('when an accepted entity merges into a known one, then the known one is the mention, once', () => {
    const moskva = entity({ id: 'moskva', name: 'Moskva', new: true, mergeInto: 'russia' });

    const decided = decidedArticle(review([moskva, entity({ id: 'russia', name: 'Russia' })]), TEXT, known);

    expect(decided.mentions).toEqual(['russia']);
    expect(decided.addAliases).toEqual({ russia: ['Moskva'] });
  });

  it('when no claim is accepted, then mentions alone do not bring the article in', () => {
    expect(() => decidedArticle(review([sco()], [{ decision: 'reject' }]), TEXT, known)).toThrow(ReviewIncompleteError);
  });
});
