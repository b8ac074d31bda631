// The extraction rules added for pronouns, offices, visits and page furniture, on sentences
// written for these tests (fictitious countries; never the seed articles).
import { describe, expect, it } from 'vitest';
import type { Entity, Proposals } from '../../contract/index.ts';
import { extractProposals } from '../../server/extract/extract.ts';
import { readVocabulary } from '../../server/vocabulary.ts';

const vocabulary = readVocabulary('data').entries;

const entities: Entity[] = [
  { id: 'freedonia', kind: 'Country', name: 'Freedonia', aliases: ['Freedonian'], description: 'A country.' },
  { id: 'sylvania', kind: 'Country', name: 'Sylvania', aliases: ['Sylvanian'], description: 'A country.' },
  { id: 'borduria', kind: 'Country', name: 'Borduria', aliases: ['Bordurian'], description: 'A country.' },
  { id: 'borduria-regime', kind: 'Organization', name: 'Bordurian regime', aliases: [], description: 'A government.' },
  { id: 'rufus-firefly', kind: 'Person', name: 'Rufus Firefly', aliases: ['Firefly'], description: 'A leader.' },
];

function extract(text: string): Proposals {
  return extractProposals(text, { entities, vocabulary });
}

function pairs(proposals: Proposals): string[] {
  return proposals.claims.map((claim) => [claim.subject, claim.object].sort().join('|'));
}

describe('possessive "its"', () => {
  it('when "its" follows a country, then it stands for that country and the name after it only describes', () => {
    const found = pairs(extract('Sylvania has long relied on Freedonia and its Bordurian proxy the Bordurian regime.'));
    expect(found).toContain('borduria-regime|freedonia');
    expect(found).not.toContain('borduria|borduria-regime');
  });

  it('when a sentence opens with "its", then it stands for the previous sentence’s first country', () => {
    const found = pairs(extract('Freedonia is changing course. Its rivalry with Sylvania is over.'));
    expect(found).toContain('freedonia|sylvania');
  });
});
