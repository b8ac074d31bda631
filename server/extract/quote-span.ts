// The shortest verbatim passage that states a claim: the words from the first to the last of
// subject, cue and object, widened to the clause around them (bounded by ; : — or the sentence),
// and trimmed of spaces and leading punctuation. The sentence's own end mark is kept.
import type { Sentence } from './sentences.ts';

const CLAUSE_BREAK = /[;:—–]|\s-\s/g;

function clauseBreaks(sentence: Sentence): number[] {
  const breaks: number[] = [];
  for (const match of sentence.text.matchAll(CLAUSE_BREAK)) breaks.push(sentence.start + match.index);
  return breaks;
}

/** [start, end) of the passage covering `from`..`to` inside a sentence. */
export function quoteSpan(text: string, sentence: Sentence, covered: { from: number; to: number }): [number, number] {
  const breaks = clauseBreaks(sentence);
  let start = sentence.start;
  let end = sentence.end;
  for (const at of breaks) {
    if (at < covered.from) start = at + 1;
    else if (at >= covered.to && at < end) end = at;
  }
  while (start < end && /[\s,;:—–"“”'‘’)-]/.test(text.charAt(start))) start += 1;
  while (end > start && /[\s,;:—–(-]/.test(text.charAt(end - 1))) end -= 1;
  if (start >= end) return [sentence.start, sentence.end];
  return [start, end];
}
