// "Its" stands for a country or body named before it: "the Freedonian army and its allies",
// "Sylvania wants its neighbours to …". The nearest such name earlier in the sentence is taken;
// a sentence that opens with "its" takes the previous sentence's first (subject-like) body.
import type { EntityKind } from '../../contract/index.ts';
import type { Mention } from './mention.ts';
import type { Sentence } from './sentences.ts';

const ITS = /\bits\b/gi;
const BODIES: readonly EntityKind[] = ['Country', 'Organization', 'Group'];

function isBody(mention: Mention): boolean {
  return BODIES.includes(mention.kind);
}

/** The first country or body a sentence names: what "its" at the start of the next one refers to. */
export function firstBody(mentions: readonly Mention[]): Mention | null {
  return mentions.find(isBody) ?? null;
}

/**
 * The sentence's mentions, with each "its" standing for the body it refers to, where one fits. A
 * name right after "its" only describes what is possessed ("its Freedonian proxy"): not a party.
 */
export function withPossessive(sentence: Sentence, mentions: readonly Mention[], previous: Mention | null): Mention[] {
  const added: Mention[] = [];
  const modifiers = new Set<Mention>();
  for (const match of sentence.text.matchAll(ITS)) {
    const start = sentence.start + match.index;
    const next = mentions.find((mention) => mention.start >= start + match[0].length);
    if (next !== undefined && /^\s+$/.test(sentence.text.slice(match.index + match[0].length, next.start - sentence.start))) {
      modifiers.add(next);
    }
    const before = mentions.filter((mention) => mention.end <= start);
    // A person named after the last body ("Freedonia's envoy X and its …") makes "its" unclear.
    const last = before.at(-1);
    const body = before.filter(isBody).at(-1) ?? (before.length === 0 ? previous : null);
    if (body === null || body === undefined || (last !== undefined && !isBody(last))) continue;
    added.push({ ...body, start, end: start + match[0].length, surface: match[0] });
  }
  const kept = mentions.filter((mention) => !modifiers.has(mention));
  return added.length === 0 ? kept : [...kept, ...added].sort((a, b) => a.start - b.start);
}
