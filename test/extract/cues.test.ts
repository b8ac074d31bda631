// Cue words and the claims they propose, on sentences written for these tests (never the seeds).
import { describe, expect, it } from 'vitest';
import type { Entity, ProposedClaim } from '../../contract/index.ts';
import { findCues } from '../../server/extract/cues.ts';
import { extractProposals } from '../../server/extract/extract.ts';
import { readVocabulary } from '../../server/vocabulary.ts';

const vocabulary = readVocabulary('data').entries;

const entities: Entity[] = [
  { id: 'freedonia', kind: 'Country', name: 'Freedonia', aliases: [], description: 'A country.' },
  { id: 'sylvania', kind: 'Country', name: 'Sylvania', aliases: [], description: 'A country.' },
  { id: 'marsovia', kind: 'Country', name: 'Marsovia', aliases: [], description: 'A country.' },
  { id: 'rufus-firefly', kind: 'Person', name: 'Rufus Firefly', aliases: [], description: 'A leader.' },
];

function claimsOf(text: string): ProposedClaim[] {
  return extractProposals(text, { entities, vocabulary }).claims;
}

function triples(claims: readonly ProposedClaim[]): string[] {
  return claims.map((c) => `${c.subject}|${c.type}|${c.object}|${c.polarity}`);
}

describe('cue words', () => {
  it('when any word of a phrase is inflected, then the phrase still matches', () => {
    const cues = (text: string): string[] => findCues(text, vocabulary).map((hit) => hit.cue);
    expect(cues('Freedonia reached out to Sylvania.')).toContain('reach out');
    expect(cues('Freedonia is reaching out to Sylvania.')).toContain('reach out');
    expect(cues('The pair cooperated closely.')).toContain('cooperate');
    expect(cues('A reachable goal.')).not.toContain('reach out');
  });

  it('when ties or relations link two countries, then cooperation is proposed', () => {
    expect(triples(claimsOf('Freedonia has a long relationship with Sylvania.'))).toContain('freedonia|COOPERATES_WITH|sylvania|alliance');
  });

  it('when "the two countries" follows two named countries, then a symmetric cue pairs them', () => {
    const text = 'Freedonia sent its minister to Sylvania. The two countries agreed to hold joint drills.';
    expect(triples(claimsOf(text))).toContain('freedonia|HOLDS_EXERCISES_WITH|sylvania|alliance');
  });

  it('when an office holder stands for a country, then "the two countries" counts that country', () => {
    const text = 'Freedonia’s foreign minister Rufus Firefly arrived in Sylvania. The two countries signed a trade deal.';
    const pairs = claimsOf(text).map((c) => [c.subject, c.object].sort().join('|'));
    expect(pairs).toContain('freedonia|sylvania');
  });

  it('when "the two" follows a meeting of two people, then they are paired', () => {
    const text = 'Rufus Firefly met Marsovia’s army chief, General Aldo Moretti, and the two discussed defence cooperation.';
    const claims = claimsOf(text);
    expect(triples(claims)).toContain('rufus-firefly|MET_WITH|Aldo Moretti|neutral');
    expect(triples(claims)).toContain('Aldo Moretti|HOLDS_OFFICE_IN|marsovia|neutral');
    expect(triples(claims)).not.toContain('rufus-firefly|HOLDS_OFFICE_IN|marsovia|neutral');
  });

  it('when the subject leads a clause, then it is paired with the side named before the cue too', () => {
    const claims = claimsOf('After the war, Freedonia joined the Sylvania-led alliance against Marsovia.');
    const pairs = claims.map((c) => [c.subject, c.object].sort().join('|'));
    expect(pairs).toContain('freedonia|sylvania');
  });

  it('when a negation stands before a name, then it does not turn a cue after that name', () => {
    const { claims } = extractProposals('Freedonia did not condemn the Sylvanian invasion of Marsovia.', {
      entities: [...entities, { id: 'sylvania2', kind: 'Country', name: 'Sylvanian', aliases: [], description: 'A demonym.' }],
      vocabulary,
    });
    expect(triples(claims)).toContain('sylvania2|FIGHTS|marsovia|tension');
  });

  it('when ties are said to weaken, then their polarity is tension', () => {
    expect(triples(claimsOf('Freedonia’s diminishing ties with Sylvania worry its neighbours.'))).toContain(
      'freedonia|COOPERATES_WITH|sylvania|tension',
    );
  });

  it('when a name wraps a known country (a state, a ministry, a quoted initiative), then it is a new entity', () => {
    const text =
      'The Islamic Emirate of Freedonia rejected the Freedonia process. A Sylvanian foreign ministry statement praised ' +
      'the ‘Made in Sylvania’ initiative and the Marsh Policy Center.';
    const { entities: found } = extractProposals(text, { entities, vocabulary });
    const kinds = Object.fromEntries(found.filter((e) => e.new).map((e) => [e.name, e.kind]));
    expect(kinds).toMatchObject({
      'Islamic Emirate of Freedonia': 'Country',
      'Freedonia process': 'Initiative',
      'Made in Sylvania': 'Initiative',
      'Marsh Policy Center': 'Organization',
    });
  });

  it('when a titled minister speaks of "his country", then it stands for the country of the title', () => {
    const text = 'Freedonia’s foreign minister Rufus Firefly said his country would deepen cooperation with Sylvania.';
    const pairs = claimsOf(text).map((c) => `${c.subject}|${c.type}|${c.object}`);
    expect(pairs).toContain('freedonia|COOPERATES_WITH|sylvania');
  });
});
