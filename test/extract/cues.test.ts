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
});
