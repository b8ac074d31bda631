// Candidate claims: in a sentence naming two or more entities, each cue word proposes its type
// between the nearest entity before it and the nearest after it (or the two nearest on one side).
// Names coordinated with a side ("met A and B") are paired too. Same pair and type in one sentence
// is proposed once; at most four proposals per sentence, the strongest cues first. A pair that is
// only listed ("Russia and China") with no cue is not proposed.
import type { ProposedClaim, VocabularyEntry, Polarity } from '../../contract/index.ts';
import { orientation } from './claim-rules.ts';
import { findCues, type CueHit } from './cues.ts';
import { fold } from './fold.ts';
import type { Mention } from './mention.ts';
import { quoteSpan } from './quote-span.ts';
import type { Sentence } from './sentences.ts';

/** At most this many proposals per sentence. */
const PER_SENTENCE = 4;
/** A side of a claim is named within this many characters of its cue. */
const REACH = 160;
const NEGATION = /\b(?:not|never|no|without|refused|refuses|rejected|rejects|against|halted|suspended|cancelled|canceled)\b|n't\b/;

const LINKED = /\b(?:to|with|and|between|in|of|from|on|over|against|for|by)\b/i;

/** The pair within the cue's clause (between ; : or dashes) where it has one, else in the sentence. */
function pairFor(sentence: Sentence, mentions: readonly Mention[], cue: CueHit): [Mention, Mention] | null {
  const breaks = [...sentence.text.matchAll(/[;:—–]/g)].map((match) => sentence.start + match.index);
  const from = Math.max(sentence.start - 1, ...breaks.filter((at) => at < cue.start));
  const to = Math.min(sentence.end, ...breaks.filter((at) => at >= cue.end));
  const clause = mentions.filter((m) => m.start > from && m.end <= to);
  const pair = coordinated(sentence, clause, cue) ?? nearestPair(clause, cue) ?? nearestPair(mentions, cue);
  if (pair === null || pair[0].start < cue.end || cue.entry.symmetric) return pair;
  // Both after the cue ("the visit of A to B"): only when a preposition links them.
  const between = sentence.text.slice(pair[0].end - sentence.start, pair[1].start - sentence.start);
  return LINKED.test(between) ? pair : null;
}

/**
 * "A and B had similar objectives in C": a symmetric cue soon after two names joined by "and"
 * relates the two, not the second with a name after the cue.
 */
function coordinated(sentence: Sentence, mentions: readonly Mention[], cue: CueHit): [Mention, Mention] | null {
  if (!cue.entry.symmetric) return null;
  const before = mentions.filter((m) => m.end <= cue.start);
  const [first, second] = before.slice(-2);
  if (first === undefined || second === undefined || first.ref === second.ref || cue.start - second.end > 40) return null;
  const at = (offset: number): number => offset - sentence.start;
  const joined = /^\s*(?:and|&)\s+(?:the\s+)?$/i.test(sentence.text.slice(at(first.end), at(second.start)));
  // Only a verb phrase between the second name and the cue, no clause break or other preposition.
  const verbal = /^\s+(?:[\p{Ll}]+\s+){1,4}$/u.test(sentence.text.slice(at(second.end), at(cue.start)));
  return joined && verbal && !/\b(?:of|in|with|to|for|on|from|by)\b/i.test(sentence.text.slice(at(second.end), at(cue.start)))
    ? [first, second]
    : null;
}

function nearestPair(mentions: readonly Mention[], cue: CueHit): [Mention, Mention] | null {
  const before = mentions.filter((m) => m.end <= cue.start && cue.start - m.end <= REACH).reverse();
  const after = mentions.filter((m) => m.start >= cue.end && m.start - cue.end <= REACH);
  const subject = before[0] ?? after[0];
  if (subject === undefined) return null;
  // "The two countries agreed to cooperate": a symmetric cue right after the phrase pairs its members.
  const partner = before.find((m) => m !== subject && m.start === subject.start && m.end === subject.end);
  const close = subject.end <= cue.start && (cue.start - subject.end <= 30 || after.length === 0);
  if (partner !== undefined && cue.entry.symmetric && close) return [partner, subject];
  const rest = before[0] === undefined ? after.slice(1) : [...after, ...before.slice(1)];
  const object = rest.find((m) => m.ref !== subject.ref);
  if (object === undefined) return null;
  return object.start < subject.start ? [object, subject] : [subject, object];
}

/** Words that turn ties sour: "diminishing ties", "strained relations", "waning partnership". */
const WEAKENING =
  /\b(?:diminishing|dwindling|waning|declining|strained|souring|soured|deteriorating|worsening|frosty|cooling|troubled|fraying|faltering)\b[\w\s-]{0,20}$/;

/**
 * The type's polarity, turned by a negation just before the cue ("did not cooperate"). A negation
 * reaches only up to the nearest name: in "did not condemn the Freedonian invasion" it belongs to
 * "condemn", not to "invasion". Ties said to weaken are tension.
 */
function polarityOf(text: string, cue: CueHit, scope: { sentence: Sentence; mentions: readonly Mention[] }): Polarity {
  const named = scope.mentions.filter((m) => m.end <= cue.start).at(-1);
  const from = Math.max(scope.sentence.start, cue.start - 40, named?.end ?? 0);
  const lead = fold(text.slice(from, cue.start));
  const polarity = cue.entry.polarity;
  if (polarity === 'alliance' && WEAKENING.test(lead)) return 'tension';
  if (!NEGATION.test(lead)) return polarity;
  if (polarity === 'alliance') return 'tension';
  return polarity === 'tension' ? 'neutral' : polarity;
}

/** Between two coordinated names: "A and B", "A, and B", "A and army chief B" (a few title words). */
const CONJUNCTION = /^\s*,?\s*(?:and|or|as well as)\s+(?:[\p{L}.'’-]+\s+){0,4}$/u;

/** The mention and those coordinated with it, walking forward (after) or backward (before). */
function withConjuncts(text: string, mentions: readonly Mention[], first: Mention, forward: boolean): Mention[] {
  const chain = [first];
  let at = mentions.indexOf(first);
  for (;;) {
    const last = chain[chain.length - 1];
    const next = mentions[forward ? at + 1 : at - 1];
    if (last === undefined || next === undefined) break;
    const gap = forward ? text.slice(last.end, next.start) : text.slice(next.end, last.start);
    // Two mentions at one place are the members of "the two countries": coordinated by nature.
    const samePlace = next.start === last.start && next.end === last.end;
    if (!samePlace && !CONJUNCTION.test(gap)) break;
    chain.push(next);
    at += forward ? 1 : -1;
  }
  return chain;
}

function claimAt(text: string, sentence: Sentence, cue: CueHit, parties: Parties & { pair: [Mention, Mention] }): ProposedClaim | null {
  const turn = orientation(cue.entry.type, parties.pair[0].kind, parties.pair[1].kind);
  if (turn === 'drop' || parties.pair[0].ref === parties.pair[1].ref) return null;
  const [subject, object] = turn === 'swap' ? [parties.pair[1], parties.pair[0]] : parties.pair;
  const from = Math.min(subject.start, object.start, cue.start);
  const to = Math.max(subject.end, object.end, cue.end);
  const offsets = quoteSpan(text, sentence, { from, to });
  return {
    subject: subject.ref,
    object: object.ref,
    type: cue.entry.type,
    polarity: polarityOf(text, cue, { sentence, mentions: parties.mentions }),
    statedBy: spokenBy(parties.speaker, cue),
    quote: text.slice(offsets[0], offsets[1]),
    offsets,
  };
}

interface Parties {
  mentions: readonly Mention[];
  speaker: Mention | null;
  /** Spans already read otherwise (a title with its country): their cue words propose nothing. */
  covered?: ReadonlyArray<readonly [number, number]>;
}

/** A sentence opening with a subordinate clause ("After X invaded Y, Z …") has its subject after the comma. */
const SUBORDINATE =
  /^(?:after|while|as|when|since|although|though|if|because|despite|before|unlike|with|once|until|in|on|by|for|during)\b[^,]*,\s*/i;

/**
 * The grammatical subject, roughly: the first name of the main clause, when it stands before the
 * cue and its nearest pair does not already hold it ("Freedonia joined the Sylvanian-led alliance").
 */
function subjectOf(sentence: Sentence, mentions: readonly Mention[], cue: CueHit): Mention | null {
  const lead = SUBORDINATE.exec(sentence.text);
  const from = sentence.start + (lead?.[0].length ?? 0);
  const first = mentions.find((m) => m.start >= from);
  if (first === undefined || first.end > cue.start || cue.start - first.end > REACH) return null;
  const between = sentence.text.slice(first.end - sentence.start, cue.start - sentence.start);
  return /[;:—–]/.test(between) ? null : first;
}

/**
 * The cue's pair, and the main clause's subject with the pair's earlier side where the subject is
 * neither: "Freedonia joined the Sylvanian-led alliance against the rebels" pairs Freedonia with
 * Sylvania too. A speaker ("X said …") is the claim's source, not its subject.
 */
function pairsFor(sentence: Sentence, parties: Parties, cue: CueHit): Array<[Mention, Mention]> {
  const perceived = perceivedAs(sentence, parties.mentions, cue);
  if (perceived.length > 0) return perceived;
  const pair = pairFor(sentence, parties.mentions, cue);
  if (pair === null) return [];
  const pairs = [pair, ...visitedFrom(sentence, parties.mentions, cue, pair)];
  const subject = subjectOf(sentence, parties.mentions, cue);
  if (subject === null || subject.ref === parties.speaker?.ref) return pairs;
  if (pair.some((side) => side.ref === subject.ref)) return pairs;
  return [...pairs, [subject, pair[0]]];
}

const PERCEIVE =
  /\b(?:perceiv|see|saw|seen|view|regard|consider|identif|describ|brand|label|treat)[a-z]*\b(?![\s\S]*\b(?:perceiv|see|saw|seen|view|regard|consider|identif|describ|brand|label|treat)[a-z]*\b)/i;
/** Right before the cue: "as a (major) threat", "as an ally". */
const AS_BEFORE = /\bas\s+(?:(?:a|an|the|their|its)\s+)?(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * "A sees X (and Y) as a threat": the cue relates what is seen (X, Y) to who sees it (A, or both
 * members of "both"), not to its nearest names. Each seen name is paired with each seer.
 */
function perceivedAs(sentence: Sentence, mentions: readonly Mention[], cue: CueHit): Array<[Mention, Mention]> {
  const lead = sentence.text.slice(0, cue.start - sentence.start);
  const as = AS_BEFORE.exec(lead);
  const verb = as === null ? null : PERCEIVE.exec(lead.slice(0, as.index));
  if (as === null || verb === null) return [];
  const [verbAt, asAt] = [sentence.start + verb.index, sentence.start + as.index];
  const seen = mentions.filter((m) => m.start >= verbAt && m.end <= asAt);
  const nearest = mentions.filter((m) => m.end <= verbAt && verbAt - m.end <= 60).at(-1);
  if (nearest === undefined || seen.length === 0) return [];
  const seers = mentions.filter((m) => m.start === nearest.start && m.end === nearest.end);
  return seen.flatMap((target) => seers.map((seer): [Mention, Mention] => [target, seer]));
}

/** "Visited A from B", "arrived in A from B": the visitor was in B before, a visit there too. */
function visitedFrom(sentence: Sentence, mentions: readonly Mention[], cue: CueHit, pair: [Mention, Mention]): Array<[Mention, Mention]> {
  if (cue.entry.type !== 'VISITED' || pair[0].end > cue.start) return [];
  const origin = mentions.find((m) => m.start > pair[1].end && m.start - pair[1].end <= 40 && m.kind === 'Country');
  if (origin === undefined) return [];
  const gap = sentence.text.slice(pair[1].end - sentence.start, origin.start - sentence.start);
  return /^\s+from\s+$/i.test(gap) ? [[pair[0], origin]] : [];
}

/** The claims a cue proposes: its pairs, and the names coordinated with either side. */
function claimsAt(text: string, sentence: Sentence, cue: CueHit, parties: Parties): ProposedClaim[] {
  return pairsFor(sentence, parties, cue).flatMap((pair) => claimsOfPair(text, sentence, cue, { ...parties, pair }));
}

function claimsOfPair(text: string, sentence: Sentence, cue: CueHit, parties: Parties & { pair: [Mention, Mention] }): ProposedClaim[] {
  const [early, late] = parties.pair;
  const claims: ProposedClaim[] = [];
  for (const first of withConjuncts(text, parties.mentions, early, false)) {
    for (const second of withConjuncts(text, parties.mentions, late, true)) {
      const claim = claimAt(text, sentence, cue, { ...parties, pair: [first, second] });
      if (claim !== null) claims.push(claim);
    }
  }
  return claims;
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
  parties: Parties,
  vocabulary: readonly VocabularyEntry[],
): ProposedClaim[] {
  if (new Set(parties.mentions.map((m) => m.ref)).size < 2) return [];
  const cues = findCues(sentence.text, vocabulary)
    .map((hit) => ({ ...hit, start: hit.start + sentence.start, end: hit.end + sentence.start }))
    .filter((hit) => !parties.mentions.some((m) => hit.start < m.end && m.start < hit.end))
    .filter((hit) => !(parties.covered ?? []).some(([start, end]) => hit.start < end && start < hit.end))
    .sort((a, b) => b.strength - a.strength);
  // A cue read through "A sees X as …" is the sentence's clearest statement: it goes first.
  const perceived = cues.filter((cue) => perceivedAs(sentence, parties.mentions, cue).length > 0);
  cues.sort((a, b) => Number(perceived.includes(b)) - Number(perceived.includes(a)));
  const chosen = new Map<string, ProposedClaim>();
  for (const cue of cues) {
    for (const claim of claimsAt(text, sentence, cue, parties)) {
      const key = pairKey(claim, cue.entry.symmetric);
      if (!chosen.has(key) && chosen.size < PER_SENTENCE) chosen.set(key, claim);
    }
  }
  return [...chosen.values()];
}
