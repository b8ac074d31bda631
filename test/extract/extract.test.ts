// Assisted extraction on small texts written for these tests (never the seed articles).
import { describe, expect, it } from 'vitest';
import { ProposalsSchema, type Entity, type Proposals } from '../../contract/index.ts';
import { extractProposals } from '../../server/extract/extract.ts';
import { splitSentences } from '../../server/extract/sentences.ts';
import { readVocabulary } from '../../server/vocabulary.ts';

const vocabulary = readVocabulary('data').entries;

const entities: Entity[] = [
  { id: 'freedonia', kind: 'Country', name: 'Freedonia', aliases: ['Fredville'], description: 'A country.' },
  { id: 'sylvania', kind: 'Country', name: 'Sylvania', aliases: ['Sylvanian'], description: 'A country.' },
  { id: 'turkey', kind: 'Country', name: 'Turkey', aliases: ['Ankara'], description: 'A country.' },
  { id: 'japan', kind: 'Country', name: 'Japan', aliases: [], description: 'A country.' },
  { id: 'rufus-firefly', kind: 'Person', name: 'Rufus Firefly', aliases: [], description: 'A leader.' },
  { id: 'helene-dupre', kind: 'Person', name: 'Hélène Dupré', aliases: [], description: 'A minister.' },
];

function extract(text: string): Proposals {
  return ProposalsSchema.parse(extractProposals(text, { entities, vocabulary }));
}

function mentionsOf(proposals: Proposals, id: string): string[] {
  const entity = proposals.entities.find((e) => e.id === id);
  return entity?.mentions.map(([start, end]) => `${start}-${end}`) ?? [];
}

describe('extractProposals', () => {
  it('when a text is split into sentences, then each keeps its exact offsets, curly quotes included', () => {
    const text = 'Mr. Smith arrived. “We agree,” said Gen. Brown!  Then\nthe U.S. left? Yes.';
    for (const sentence of splitSentences(text)) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Mr. Smith arrived.',
      '“We agree,” said Gen. Brown!',
      'Then',
      'the U.S. left?',
      'Yes.',
    ]);
  });

  it('when entities are named with case, accents and possessives, then their mentions are found at exact offsets', () => {
    const text = "FREEDONIA’s envoy and helene dupre met. Sylvania's army waited near Fredville.";
    const proposals = extract(text);
    for (const entity of proposals.entities) {
      for (const [start, end] of entity.mentions) expect(text.slice(start, end).length).toBe(end - start);
    }
    expect(mentionsOf(proposals, 'freedonia')).toEqual(['0-9', `${text.indexOf('Fredville')}-${text.indexOf('Fredville') + 9}`]);
    expect(mentionsOf(proposals, 'helene-dupre')).toEqual([`${text.indexOf('helene')}-${text.indexOf('helene') + 12}`]);
    expect(mentionsOf(proposals, 'sylvania')).toHaveLength(1);
  });

  it('when a demonym names a known country, then it is a mention of that country; "us" is not the US', () => {
    const proposals = extract('Japanese officials told us that Turkish diplomats were ready.');
    expect(mentionsOf(proposals, 'japan')).toEqual(['0-8']);
    expect(mentionsOf(proposals, 'turkey')).toHaveLength(1);
  });

  it('when a titled person not in data/ is named, then a new Person is proposed with a slug', () => {
    const proposals = extract('Defence Minister Aldo Moretti visited Freedonia on Monday.');
    const moretti = proposals.entities.find((e) => e.new && e.kind === 'Person');
    expect(moretti).toMatchObject({ id: 'aldo-moretti', name: 'Aldo Moretti', new: true, kind: 'Person' });
  });

  it('when a titled person has a hyphenated given name, then the whole name is proposed', () => {
    const proposals = extract('“We will deepen our partnership,” President Kassym-Jomart Tokayev said in Freedonia.');
    expect(proposals.entities.find((e) => e.kind === 'Person')).toMatchObject({
      id: 'kassym-jomart-tokayev',
      name: 'Kassym-Jomart Tokayev',
    });
  });

  it('when a paragraph opens with a dateline in capitals, then the place is not proposed as an organization', () => {
    const proposals = extract('ZENDA — Freedonia and Sylvania agreed to expand cooperation.\n\nKABUL, Afghanistan (Wire) - Talks went on.');
    expect(proposals.entities.map((e) => e.name)).not.toContain('ZENDA');
    expect(proposals.entities.map((e) => e.name)).not.toContain('KABUL');
    expect(proposals.claims).toContainEqual(
      expect.objectContaining({ subject: 'freedonia', object: 'sylvania', type: 'COOPERATES_WITH' }) as unknown,
    );
  });

  it('when a new organization is followed by its acronym, then both are one entity', () => {
    const proposals = extract('Freedonia joined the Northern Grain Council (NGC) last year. The NGC met in Fredville.');
    const council = proposals.entities.find((e) => e.id === 'northern-grain-council');
    expect(council).toMatchObject({ kind: 'Organization', new: true, aliases: ['NGC'] });
    expect(council?.mentions).toHaveLength(3);
  });

  it('when "he" follows a sentence naming a person, then the pronoun stands for that person in a claim', () => {
    const { claims } = extract('Rufus Firefly landed in Fredville. He later met Hélène Dupré.');
    expect(claims).toEqual([expect.objectContaining({ subject: 'rufus-firefly', type: 'MET_WITH', object: 'helene-dupre' })]);
  });

  it('when a known person is named by surname only, then the new form is proposed for merging', () => {
    const proposals = extract('President Firefly said Freedonia would cooperate with Sylvania.');
    expect(proposals.entities.find((e) => e.name === 'Firefly')).toMatchObject({ new: true, mergeInto: 'rufus-firefly' });
  });

  it('when a cue word links two entities, then its type and polarity are proposed', () => {
    const text = 'Freedonia supplies weapons to Sylvania. Turkey accused Japan of spying.';
    const { claims } = extract(text);
    expect(claims).toContainEqual(
      expect.objectContaining({ subject: 'freedonia', type: 'SUPPLIES_ARMS_TO', object: 'sylvania', polarity: 'alliance' }),
    );
    expect(claims).toContainEqual(expect.objectContaining({ subject: 'turkey', type: 'ACCUSES', object: 'japan', polarity: 'tension' }));
    for (const claim of claims) expect(text.slice(...claim.offsets)).toBe(claim.quote);
  });

  it('when a cooperation cue is negated, then the polarity turns to tension', () => {
    const { claims } = extract('Freedonia refused to cooperate with Sylvania.');
    expect(claims).toEqual([expect.objectContaining({ type: 'COOPERATES_WITH', polarity: 'tension' })]);
  });

  it('when a named speaker says it, then the claim is stated by that speaker', () => {
    const { claims } = extract('Rufus Firefly said Freedonia would cooperate with Sylvania.');
    expect(claims).toEqual([expect.objectContaining({ subject: 'freedonia', object: 'sylvania', statedBy: 'rufus-firefly' })]);
  });

  it('when a claim comes "according to" someone, then that one states it', () => {
    const { claims } = extract('According to Hélène Dupré, Turkey is a rival of Japan.');
    expect(claims).toEqual([expect.objectContaining({ type: 'RIVAL_OF', statedBy: 'helene-dupre' })]);
  });

  it('when "he said" follows a sentence naming a person, then that person states it', () => {
    const { claims } = extract('Rufus Firefly arrived in the capital. Freedonia will trade with Japan, he said.');
    expect(claims).toEqual([expect.objectContaining({ type: 'TRADES_WITH', statedBy: 'rufus-firefly' })]);
  });

  it('when the narration states it, then statedBy is null', () => {
    const { claims } = extract('Turkey and Japan held talks with Sylvania.');
    expect(claims.every((claim) => claim.statedBy === null)).toBe(true);
  });

  it('when one sentence repeats a relation with many cues, then proposals stay few', () => {
    const { claims } = extract(
      'Freedonia and Sylvania deepened cooperation, cooperation in trade, partnership, joint cooperation and more cooperation with Sylvania.',
    );
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.length).toBeLessThanOrEqual(2);
    expect(new Set(claims.map((c) => `${c.subject}|${c.type}|${c.object}`)).size).toBe(claims.length);
  });

  it('when a country names a titled person, then the person holds office there', () => {
    const { claims } = extract('Sylvanian Foreign Minister Rufus Firefly arrived on Monday.');
    expect(claims).toEqual([
      expect.objectContaining({
        subject: 'rufus-firefly',
        type: 'HOLDS_OFFICE_IN',
        object: 'sylvania',
        quote: 'Sylvanian Foreign Minister Rufus Firefly',
      }),
    ]);
  });

  it('when a cue has coordinated objects, then each is paired with the subject', () => {
    const { claims } = extract('Rufus Firefly met Hélène Dupré and army chief General Aldo Moretti in Fredville.');
    expect(claims.map((c) => `${c.subject}|${c.type}|${c.object}`)).toEqual(
      expect.arrayContaining(['rufus-firefly|MET_WITH|helene-dupre', 'rufus-firefly|MET_WITH|Aldo Moretti']),
    );
  });

  it('when entities are only listed with "and", then no claim is proposed but they are kept', () => {
    const proposals = extract('Freedonia, Sylvania and Japan sent delegations.');
    expect(proposals.claims).toEqual([]);
    expect(proposals.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['freedonia', 'sylvania', 'japan']));
  });
});
