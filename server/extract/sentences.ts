// Sentence splitting that keeps exact offsets into the original text. A sentence ends at . ! or ?
// (with any closing quotes or brackets after it) followed by space and a capital or an opening
// quote, or at a line break; common abbreviations ("Mr.", "Gen.", "U.S.") do not end one.

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'adm',
  'gov',
  'sen',
  'rep',
  'pres',
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'fig',
  'approx',
  'dept',
  'est',
]);

const CLOSERS = /["'”’»)\]]/;
const OPENERS = /["'“‘«([\p{Lu}\p{N}]/u;
/** After a closing quote: "…,” Lavrov said" continues the sentence. */
const ATTRIBUTION_AFTER = /^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:said|says|added|told|stressed|noted)\b/u;

function wordBefore(text: string, dot: number): string {
  const match = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  return match?.[1] ?? '';
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (word.length === 0) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // U.S, U.K
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Where a sentence ending at terminal punctuation `at` closes, or -1 when it goes on. */
function closingAt(text: string, at: number): number {
  let end = at + 1;
  while (end < text.length && (/[.!?]/.test(text.charAt(end)) || CLOSERS.test(text.charAt(end)))) end += 1;
  if (end >= text.length) return end;
  const rest = text.slice(end);
  const next = /^\s+(\S)/u.exec(rest);
  if (next === null || !OPENERS.test(next[1] ?? '')) return -1;
  if (text.charAt(at) === '.' && end === at + 1 && isAbbreviation(text, at)) return -1;
  if (end > at + 1 && /[”"']/.test(text.charAt(end - 1)) && ATTRIBUTION_AFTER.test(rest)) return -1;
  return end;
}

function pushTrimmed(sentences: Sentence[], text: string, start: number, end: number): void {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text.charAt(from))) from += 1;
  while (to > from && /\s/.test(text.charAt(to - 1))) to -= 1;
  if (to > from) sentences.push({ start: from, end: to, text: text.slice(from, to) });
}

/** The sentences of a text, in order, each with text === original.slice(start, end). */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charAt(i);
    if (unit === '\n') {
      pushTrimmed(sentences, text, start, i);
      start = i + 1;
    } else if (unit === '.' || unit === '!' || unit === '?') {
      const end = closingAt(text, i);
      if (end === -1) continue;
      pushTrimmed(sentences, text, start, end);
      start = end;
      i = end - 1;
    }
  }
  pushTrimmed(sentences, text, start, text.length);
  return sentences;
}
