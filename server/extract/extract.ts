// Assisted extraction: from an article's text and the entities and vocabulary of data/, propose
// entities (known ones with their mentions, new ones with a kind and a slug) and claims (type,
// polarity, speaker, verbatim quote with offsets) for a person to review. Needs no database.
import type { Entity, Proposals, ProposedClaim, ProposedEntity, VocabularyEntry } from '../../contract/index.ts';
import { sentenceClaims } from './claims.ts';
import { findKnownMentions, knownMatcher, type KnownMatcher } from './known-mentions.ts';
import { withoutOverlaps, type Mention } from './mention.ts';
import { findCandidates } from './new-candidates.ts';
import { newEntities } from './new-entities.ts';
import { officeClaims, officesIn } from './office-holders.ts';
import { withDualReferences } from './dual-references.ts';
import { stateTwins } from './state-twins.ts';
import { withoutFurniture } from './furniture.ts';
import { firstBody, withPossessive } from './possessives.ts';
import { withOwnCountry, withPronoun } from './pronouns.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { speakerOf, type SpeakerContext } from './speaker.ts';

export interface ExtractOptions {
  /** The entities already known (data/entities.yaml, or a subset). */
  entities: readonly Entity[];
  /** The relationship types, with their cue words. */
  vocabulary: readonly VocabularyEntry[];
}

/** Known entities named in the text, each with its mentions and the surface forms it lacks. */
function knownProposals(entities: readonly Entity[], mentions: readonly Mention[]): ProposedEntity[] {
  const proposals: ProposedEntity[] = [];
  for (const entity of entities) {
    const own = mentions.filter((mention) => mention.id === entity.id && mention.ref === entity.id);
    if (own.length === 0) continue;
    const forms = new Set([entity.name, ...entity.aliases]);
    const unseen = [...new Set(own.map((mention) => mention.surface))].filter((surface) => !forms.has(surface));
    proposals.push({
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      new: false,
      aliases: unseen,
      mentions: own.map((mention) => [mention.start, mention.end]),
    });
  }
  return proposals;
}

/** Same pair and type at the same place is proposed once. */
function unique(claims: readonly ProposedClaim[]): ProposedClaim[] {
  const seen = new Set<string>();
  return claims.filter((claim) => {
    const key = `${claim.subject}|${claim.type}|${claim.object}|${claim.offsets[0]}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The mentions of `mentions` (in text order, `from` the first at or after the sentence) inside it. */
function mentionsInside(mentions: readonly Mention[], from: number, sentence: Sentence): Mention[] {
  const inside: Mention[] = [];
  for (let i = from; i < mentions.length; i += 1) {
    const mention = mentions[i];
    if (mention === undefined || mention.start >= sentence.end) break;
    if (mention.end <= sentence.end) inside.push(mention);
  }
  return inside;
}

function proposeClaims(
  text: string,
  mentions: readonly Mention[],
  data: { bodies: KnownMatcher; vocabulary: readonly VocabularyEntry[] },
): ProposedClaim[] {
  const claims: ProposedClaim[] = [];
  const bodiesIn = (surface: string): Mention[] => findKnownMentions(surface, data.bodies);
  const context: SpeakerContext = { lastPerson: null };
  const officeOf = new Map<string, Mention>();
  let next = 0;
  let previousBody: Mention | null = null;
  for (const sentence of splitSentences(text)) {
    while (next < mentions.length && (mentions[next]?.start ?? 0) < sentence.start) next += 1;
    const inside = mentionsInside(mentions, next, sentence);
    const offices = officesIn(text, sentence, inside, bodiesIn);
    for (const office of offices) officeOf.set(office.person.ref, office.body);
    // A country printed as a person's title ("Freedonia's army chief X") is not a party of its own.
    const titles = new Set(offices.filter((office) => office.inTitle).map((office) => office.body));
    // The last few dozen mentions before the sentence: what "the two countries" can stand for.
    const earlier = mentions.slice(Math.max(0, next - 40), next);
    const named = withPronoun(sentence, inside, context.lastPerson).filter((mention) => !titles.has(mention));
    const own = withOwnCountry(sentence, named, { last: context.lastPerson, officeOf });
    const possessed = withPossessive(sentence, own, previousBody);
    previousBody = firstBody(inside) ?? previousBody;
    const parties = withDualReferences(sentence, possessed, { earlier, officeOf });
    const speaker = speakerOf(sentence, inside, context);
    claims.push(...officeClaims(text, offices));
    const stated = sentenceClaims(
      text,
      sentence,
      { mentions: parties, speaker, covered: offices.map((office) => office.span) },
      data.vocabulary,
    );
    claims.push(...stated, ...stateTwins(stated, offices));
  }
  return unique(claims);
}

export function extractProposals(printed: string, options: ExtractOptions): Proposals {
  // Quotes never come from furniture lines, so the blanked text gives the same quotes elsewhere.
  const text = withoutFurniture(printed);
  const matcher = knownMatcher(options.entities);
  const known = findKnownMentions(text, matcher);
  const fresh = newEntities(findCandidates(text), { entities: options.entities, mentions: known });
  const mentions = withoutOverlaps([...known, ...fresh.mentions]);
  return {
    entities: [...knownProposals(options.entities, mentions), ...fresh.entities],
    claims: proposeClaims(text, mentions, {
      bodies: knownMatcher(options.entities.filter((e) => e.kind !== 'Person')),
      vocabulary: options.vocabulary,
    }),
  };
}
