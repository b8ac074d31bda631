// Case- and accent-insensitive matching that keeps offsets: folding maps each UTF-16 unit of a
// text to exactly one unit, so an index into the folded text is an index into the original.

const APOSTROPHES = new Set(['’', '‘', 'ʼ', '`']);
const DASHES = new Set(['‐', '‑', '–', '—']);

/** One character folded: lower case, accents dropped, curly apostrophes and dashes made plain. */
function foldUnit(unit: string): string {
  if (APOSTROPHES.has(unit)) return "'";
  if (DASHES.has(unit)) return '-';
  const lower = unit.toLowerCase();
  const bare = lower.normalize('NFD').replace(/\p{M}/gu, '');
  if (bare.length === 1) return bare;
  return lower.length === 1 ? lower : unit;
}

/** The text folded unit by unit: same length as the input. */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) out += foldUnit(text.charAt(i));
  return out;
}

/** Folded and with runs of whitespace made one space: the key of a name or a cue. */
export function foldKey(phrase: string): string {
  return fold(phrase.trim()).replace(/\s+/g, ' ');
}

const WORD_UNIT = /[\p{L}\p{N}]/u;

export function isWordUnit(unit: string | undefined): boolean {
  return unit !== undefined && WORD_UNIT.test(unit);
}

/** True when [start, end) of text does not begin or end inside a word. */
export function atWordBounds(text: string, start: number, end: number): boolean {
  return !isWordUnit(text[start - 1]) && !isWordUnit(text[end]);
}

/** Every index where `needle` starts in `haystack` (both folded). */
export function indicesOf(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Spans overlap when they share at least one unit. */
export function overlaps(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1];
}
