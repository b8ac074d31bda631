// "He" and "she" as the subject of a sentence that names no person before them stand for the
// person last named (or last speaking): "Lavrov arrived. He met the army chief." pairs Lavrov.
import type { Mention } from './mention.ts';
import type { Sentence } from './sentences.ts';

const PRONOUN = /\b(?:he|she)\b/i;

/** The sentence's mentions, with the first "he"/"she" standing for `person` where it fits. */
export function withPronoun(sentence: Sentence, mentions: readonly Mention[], person: Mention | null): Mention[] {
  const match = PRONOUN.exec(sentence.text);
  if (person === null || match === null) return [...mentions];
  const start = sentence.start + match.index;
  if (mentions.some((mention) => mention.kind === 'Person' && mention.start < start)) return [...mentions];
  const pronoun: Mention = { ...person, start, end: start + match[0].length, surface: match[0] };
  return [...mentions, pronoun].sort((a, b) => a.start - b.start);
}

const OWN_COUNTRY = /\b(?:his|her) (?:country|government|nation)\b/gi;

/**
 * "His country" stands for the country whose office the person last named holds (as a title named
 * it: "Freedonia’s foreign minister X … said his country would …").
 */
export function withOwnCountry(
  sentence: Sentence,
  mentions: readonly Mention[],
  people: { last: Mention | null; officeOf: ReadonlyMap<string, Mention> },
): Mention[] {
  const added: Mention[] = [];
  for (const match of sentence.text.matchAll(OWN_COUNTRY)) {
    const start = sentence.start + match.index;
    const person = mentions.filter((m) => m.kind === 'Person' && m.end <= start).at(-1) ?? people.last;
    const body = person === null ? undefined : people.officeOf.get(person.ref);
    if (body !== undefined) added.push({ ...body, start, end: start + match[0].length, surface: match[0] });
  }
  return added.length === 0 ? [...mentions] : [...mentions, ...added].sort((a, b) => a.start - b.start);
}
