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

describe('offices named around a comma', () => {
  it('when a title names a field before the person ("envoy for Y, X"), then the office is in the country before it', () => {
    const claims = extract('Freedonia’s Special Envoy for Sylvania, Otto Brandt, arrived on Monday.').claims;
    expect(claims).toContainEqual(expect.objectContaining({ subject: 'Otto Brandt', type: 'HOLDS_OFFICE_IN', object: 'freedonia' }));
    expect(claims).not.toContainEqual(expect.objectContaining({ subject: 'Otto Brandt', object: 'sylvania' }));
  });

  it('when a title follows the person between commas, then the office is in the organization it names', () => {
    const claims = extract('Rufus Firefly, Senior Director of the Asia Desk at the Freedonia-based Lindqvist Center, disagreed.').claims;
    expect(claims).toContainEqual(
      expect.objectContaining({ subject: 'rufus-firefly', type: 'HOLDS_OFFICE_IN', object: 'Lindqvist Center' }),
    );
  });

  it('when a clause follows the person between commas, then no office is proposed', () => {
    const claims = extract('Rufus Firefly, who once lived in Freedonia, disagreed.').claims;
    expect(claims.filter((claim) => claim.type === 'HOLDS_OFFICE_IN')).toEqual([]);
  });
});

describe('visits "from" a country', () => {
  it('when someone visits A from B, then a visit to B is proposed too', () => {
    const claims = extract('Rufus Firefly visited Sylvania from Borduria on Tuesday.').claims;
    expect(claims).toContainEqual(expect.objectContaining({ subject: 'rufus-firefly', type: 'VISITED', object: 'sylvania' }));
    expect(claims).toContainEqual(expect.objectContaining({ subject: 'rufus-firefly', type: 'VISITED', object: 'borduria' }));
  });

  it('when the country after "from" is far from the visit, then it is not taken as visited', () => {
    const claims = extract('Rufus Firefly visited Sylvania and then spoke at length about imports from Borduria.').claims;
    expect(claims).not.toContainEqual(expect.objectContaining({ subject: 'rufus-firefly', type: 'VISITED', object: 'borduria' }));
  });
});

describe('"A sees X as a threat"', () => {
  it('when both of two countries see two others as a threat, then each seen one is paired with each seer', () => {
    const found = pairs(
      extract('Freedonia’s interests coincide with Sylvania as both perceive Borduria and the Bordurian regime as a threat.'),
    );
    expect(found).toEqual(
      expect.arrayContaining(['borduria|freedonia', 'borduria|sylvania', 'borduria-regime|freedonia', 'borduria-regime|sylvania']),
    );
  });

  it('when one country views another as a rival, then the pair is the two and the type the cue’s', () => {
    const claims = extract('Freedonia increasingly views Sylvania as a dangerous rival.').claims;
    expect(claims).toContainEqual(expect.objectContaining({ subject: 'sylvania', type: 'RIVAL_OF', object: 'freedonia' }));
  });
});

describe('page furniture', () => {
  it('when a page prints related links and follow lines, then they propose no entities or claims', () => {
    const text = [
      'Freedonia and Sylvania signed a trade deal.',
      'Read more: Borduria accuses Sylvania of spying',
      'Follow Daily Gazette on Pigeon News',
      'Also read - Borduria threatens Freedonia',
    ].join('\n');
    const proposals = extract(text);
    expect(proposals.entities.map((entity) => entity.name)).not.toContain('Pigeon News');
    expect(proposals.entities.map((entity) => entity.id)).not.toContain('borduria');
    expect(new Set(pairs(proposals))).toEqual(new Set(['freedonia|sylvania']));
    expect(proposals.claims[0]?.quote).toBe(text.slice(...(proposals.claims[0]?.offsets ?? [0, 0])));
  });

  it('when a sentence merely mentions reading or following, then it is kept', () => {
    const found = pairs(extract('Sylvania will follow Freedonia on trade, officials said; read more into it than that and you err.'));
    expect(found).toContain('freedonia|sylvania');
  });
});

describe('two names joined by "and" before a symmetric cue', () => {
  it('when "A and B had similar objectives in C", then A and B are paired, not B and C', () => {
    const found = pairs(extract('Freedonia and Sylvania had largely similar objectives in Borduria.'));
    expect(found).toContain('freedonia|sylvania');
    expect(found).not.toContain('borduria|sylvania');
  });

  it('when a preposition stands between the names and the cue, then the cue pairs them with the name after it', () => {
    const found = pairs(extract('Freedonia and Sylvania spoke of their cooperation with Borduria.'));
    expect(found).toContain('borduria|sylvania');
  });
});

describe('an official acting for their country', () => {
  it('when a titled minister promises arms, then the country supplying is proposed too', () => {
    const claims = extract('Sylvanian Foreign Minister Otto Brandt promised Freedonia new weapons.').claims;
    expect(claims).toContainEqual(expect.objectContaining({ subject: 'sylvania', type: 'SUPPLIES_ARMS_TO', object: 'freedonia' }));
  });

  it('when the claim is a meeting, then it stays the person’s own', () => {
    const claims = extract('Sylvanian Foreign Minister Otto Brandt met Rufus Firefly in Freedonia.').claims;
    expect(claims).not.toContainEqual(expect.objectContaining({ subject: 'sylvania', type: 'MET_WITH' }));
    expect(claims).not.toContainEqual(expect.objectContaining({ object: 'sylvania', type: 'MET_WITH' }));
  });
});
