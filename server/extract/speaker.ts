// Who says it: "X said …", "… , X said", "said X", "according to X", and "he said" after a
// sentence that named a person. Returns the speaker's mention, or null for the article's own voice.
import type { Mention } from './mention.ts';
import type { Sentence } from './sentences.ts';

const SPEECH_VERB =
  '(?:said|says|say|told|tells|stated|states|added|adds|noted|notes|stressed|stresses|remarked|asserted|declared|announced|claimed|claims|insisted|emphasi[sz]ed|maintained|observed|explained|argued|argues|believes|believed|warned|warns|wrote|writes)';
const VERB = new RegExp(`\\b${SPEECH_VERB}\\b`, 'gi');
/** Between a speaker and the verb: nothing, an apposition (", the foreign minister,") or an auxiliary. */
const BEFORE_VERB = /^['’]?s?\s*(?:,[^,.;]{1,80},\s*)?(?:(?:has|had|have|also|then|later|once|recently)\s+)*$/i;
/** Between the verb and a speaker placed after it: titles only ("said Foreign Minister"). */
const AFTER_VERB = /^\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*|of)\s+){0,4}$/u;
const PRONOUN_VERB = new RegExp(`\\b(?:he|she|they)\\s+(?:also\\s+)?${SPEECH_VERB}\\b|\\b${SPEECH_VERB}\\s+(?:he|she)\\b`, 'i');
/** "said X" puts the speaker after the verb only after a quotation or a comma. */
const CLAUSE_EDGE = /[,”"’]\s*$/;
const ACCORDING_TO = /\baccording to\s+(?:the\s+)?/gi;

export interface SpeakerContext {
  /** The person last named (or last speaking) in earlier sentences, for "he said". */
  lastPerson: Mention | null;
}

function speakerBeforeVerb(sentence: Sentence, mentions: readonly Mention[], verbAt: number): Mention | null {
  const before = mentions.filter((mention) => mention.end <= verbAt);
  for (let i = before.length - 1; i >= 0; i -= 1) {
    const mention = before[i];
    if (mention === undefined) continue;
    const gap = sentence.text.slice(mention.end - sentence.start, verbAt - sentence.start);
    if (BEFORE_VERB.test(gap)) return mention;
    if (gap.length > 100) break;
  }
  return null;
}

function speakerAfterVerb(sentence: Sentence, mentions: readonly Mention[], verbEnd: number): Mention | null {
  const after = mentions.find((mention) => mention.start >= verbEnd);
  if (after === undefined) return null;
  const gap = sentence.text.slice(verbEnd - sentence.start, after.start - sentence.start);
  return AFTER_VERB.test(gap) ? after : null;
}

function accordingTo(sentence: Sentence, mentions: readonly Mention[]): Mention | null {
  for (const match of sentence.text.matchAll(ACCORDING_TO)) {
    const at = sentence.start + match.index + match[0].length;
    const named = mentions.find((mention) => mention.start >= at && mention.start - at <= 30);
    if (named !== undefined) return named;
  }
  return null;
}

/** The speaker of a sentence, given its mentions in text order; updates the context for the next one. */
export function speakerOf(sentence: Sentence, mentions: readonly Mention[], context: SpeakerContext): Mention | null {
  let speaker = accordingTo(sentence, mentions);
  for (const match of speaker === null ? sentence.text.matchAll(VERB) : []) {
    const verbAt = sentence.start + match.index;
    const lead = sentence.text.slice(0, match.index);
    speaker = speakerBeforeVerb(sentence, mentions, verbAt);
    if (speaker === null && CLAUSE_EDGE.test(lead)) speaker = speakerAfterVerb(sentence, mentions, verbAt + match[0].length);
    if (speaker !== null) break;
  }
  if (speaker === null && PRONOUN_VERB.test(sentence.text)) speaker = context.lastPerson;
  const people = mentions.filter((mention) => mention.kind === 'Person');
  context.lastPerson = speaker?.kind === 'Person' ? speaker : (people.at(-1) ?? context.lastPerson);
  return speaker;
}
