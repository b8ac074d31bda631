// Candidate claims: in a sentence naming two or more entities, each cue word proposes its type
// between the nearest entity before it and the nearest after it (or the two nearest on one side).
// Same pair and type in one sentence is proposed once; at most two proposals per sentence, the
// strongest cues first. A pair that is only listed ("Russia and China") with no cue is not proposed.
import type { ProposedClaim, VocabularyEntry, Polarity } from '../../contract/index.ts';
import { orientation } from './claim-rules.ts';
import { findCues, type CueHit } from './cues.ts';
import { fold } from './fold.ts';
import type { Mention } from './mention.ts';
import { quoteSpan } from './quote-span.ts';
import type { Sentence } from './sentences.ts';

/** At most this many proposals per sentence. */
const PER_SENTENCE = 2;
/** A side of a claim is named within this many characters of its cue. */
const REACH = 160;
const NEGATION = /\b(?:not|never|no|without|refused|refuses|rejected|rejects|against|halted|suspended|cancelled|canceled)\b|n't\b/;

/** The pair within the cue's clause (between ; : or dashes) where it has one, else in the sentence. */
function pairFor(sentence: Sentence, mentions: readonly Mention[], cue: CueHit): [Mention, Mention] | null {
  const breaks = [...sentence.text.matchAll(/[;:—–]/g)].map((match) => sentence.start + match.index);
  const from = Math.max(sentence.start - 1, ...breaks.filter((at) => at < cue.start));
  const to = Math.min(sentence.end, ...breaks.filter((at) => at >= cue.end));
  const clause = mentions.filter((m) => m.start > from && m.end <= to);
  return nearestPair(clause, cue) ?? nearestPair(mentions, cue);
}

function nearestPair(mentions: readonly Mention[], cue: CueHit): [Mention, Mention] | null {
  const before = mentions.filter((m) => m.end <= cue.start && cue.start - m.end <= REACH).reverse();
  const after = mentions.filter((m) => m.start >= cue.end && m.start - cue.end <= REACH);
  const subject = before[0] ?? after[0];
  if (subject === undefined) return null;
  const rest = before[0] === undefined ? after.slice(1) : [...after, ...before.slice(1)];
  const object = rest.find((m) => m.ref !== subject.ref);
  if (object === undefined) return null;
  return object.start < subject.start ? [object, subject] : [subject, object];
}

/** The type's polarity, turned by a negation just before the cue ("did not cooperate"). */
function polarityOf(text: string, entry: VocabularyEntry, cue: CueHit, sentence: Sentence): Polarity {
  const lead = fold(text.slice(Math.max(sentence.start, cue.start - 40), cue.start));
  if (!NEGATION.test(lead)) return entry.polarity;
  if (entry.polarity === 'alliance') return 'tension';
  return entry.polarity === 'tension' ? 'neutral' : entry.polarity;
}

function claimAt(
  text: string,
  sentence: Sentence,
  cue: CueHit,
  parties: { mentions: readonly Mention[]; speaker: Mention | null },
): ProposedClaim | null {
  const pair = pairFor(sentence, parties.mentions, cue);
  if (pair === null) return null;
  const turn = orientation(cue.entry.type, pair[0].kind, pair[1].kind);
  if (turn === 'drop') return null;
  const [subject, object] = turn === 'swap' ? [pair[1], pair[0]] : pair;
  const from = Math.min(subject.start, object.start, cue.start);
  const to = Math.max(subject.end, object.end, cue.end);
  const offsets = quoteSpan(text, sentence, { from, to });
  return {
    subject: subject.ref,
    object: object.ref,
    type: cue.entry.type,
    polarity: polarityOf(text, cue.entry, cue, sentence),
    statedBy: spokenBy(parties.speaker, cue),
    quote: text.slice(offsets[0], offsets[1]),
    offsets,
  };
}

/** A cue inside the words that name the speaker ("then president Karzai said") is the article's. */
function spokenBy(speaker: Mention | null, cue: CueHit): string | null {
  if (speaker === null || cue.end <= speaker.end) return null;
  return speaker.ref;
}

function pairKey(claim: ProposedClaim, symmetric: boolean): string {
  const sides = [claim.subject, claim.object];
  if (symmetric) sides.sort();
  return `${sides.join('|')}|${claim.type}`;
}

/** The claims one sentence proposes, given its mentions (text order) and its speaker. */
export function sentenceClaims(
  text: string,
  sentence: Sentence,
  parties: { mentions: readonly Mention[]; speaker: Mention | null },
  vocabulary: readonly VocabularyEntry[],
): ProposedClaim[] {
  if (new Set(parties.mentions.map((m) => m.ref)).size < 2) return [];
  const cues = findCues(sentence.text, vocabulary)
    .map((hit) => ({ ...hit, start: hit.start + sentence.start, end: hit.end + sentence.start }))
    .filter((hit) => !parties.mentions.some((m) => hit.start < m.end && m.start < hit.end))
    .sort((a, b) => b.strength - a.strength);
  const chosen = new Map<string, ProposedClaim>();
  for (const cue of cues) {
    const claim = claimAt(text, sentence, cue, parties);
    if (claim === null) continue;
    const key = pairKey(claim, cue.entry.symmetric);
    if (!chosen.has(key)) chosen.set(key, claim);
    if (chosen.size >= PER_SENTENCE) break;
  }
  return [...chosen.values()];
}
