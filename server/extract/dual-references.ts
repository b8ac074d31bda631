// Phrases that stand for two entities named before: "the two countries agreed to …", "both sides
// signed", "the two discussed …". Each becomes two mentions at the phrase's place, one per entity,
// so a cue pairs them with each other ("the two countries will hold exercises") or each with a
// third ("both see the militants as a threat").
import type { EntityKind } from '../../contract/index.ts';
import type { Mention } from './mention.ts';
import type { Sentence } from './sentences.ts';

const STATES = 'countries|nations|states|governments|capitals|neighbou?rs';
const PEOPLE = 'leaders|ministers|officials|men|women|presidents|premiers|diplomats';
/** A bare "both"/"the two" refers when a verb follows: an auxiliary, a past tense or a common verb. */
const VERB_NEXT =
  '(?=\\s+(?:have|has|had|will|would|are|were|can|could|should|must|may|might|also|do|did|agree|agreed|see|share|perceive|want|need|seek|remain|[a-z]+ed)\\b)';
const DUAL = new RegExp(`\\b(?:the two|both)(?:\\s+(?:(${STATES})|(${PEOPLE})|(sides|parties))\\b|${VERB_NEXT})`, 'gi');

/** What a phrase can stand for: the mentions before it, and the body each office holder serves. */
export interface DualContext {
  /** Mentions of the text before the sentence, in order. */
  earlier: readonly Mention[];
  /** A person's country or body, where a title named it ("Freedonian minister X"). */
  officeOf: ReadonlyMap<string, Mention>;
}

/**
 * The two most recently named distinct entities of the kinds wanted, latest last. For countries,
 * an office holder stands for the country whose office they hold.
 */
function lastTwo(before: readonly Mention[], kinds: readonly EntityKind[], officeOf: DualContext['officeOf']): Mention[] {
  const picked: Mention[] = [];
  for (let i = before.length - 1; i >= 0 && picked.length < 2; i -= 1) {
    const named = before[i];
    const mention = named?.kind === 'Person' && !kinds.includes('Person') ? officeOf.get(named.ref) : named;
    if (mention === undefined || !kinds.includes(mention.kind)) continue;
    if (picked.some((other) => other.ref === mention.ref)) continue;
    picked.push(mention);
  }
  return picked.reverse();
}

const NOT_PERSON: readonly EntityKind[] = ['Country', 'Organization', 'Group'];

/** Countries for "the two countries", people for "the two leaders"; else the kind last named. */
function kindsOf(match: RegExpMatchArray, before: readonly Mention[]): readonly EntityKind[] {
  if (match[1] !== undefined) return ['Country'];
  if (match[2] !== undefined) return ['Person'];
  return before.at(-1)?.kind === 'Person' ? ['Person'] : NOT_PERSON;
}

/** The sentence's mentions with each two-entity phrase replaced by two mentions at its place. */
export function withDualReferences(sentence: Sentence, inside: readonly Mention[], context: DualContext): Mention[] {
  const added: Mention[] = [];
  for (const match of sentence.text.matchAll(DUAL)) {
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    if (inside.some((mention) => mention.start < end && start < mention.end)) continue;
    const before = [...context.earlier, ...inside.filter((mention) => mention.end <= start)];
    const pair = lastTwo(before, kindsOf(match, before), context.officeOf);
    if (pair.length < 2) continue;
    for (const member of pair) added.push({ ...member, start, end, surface: match[0] });
  }
  return added.length === 0 ? [...inside] : [...inside, ...added].sort((a, b) => a.start - b.start);
}
