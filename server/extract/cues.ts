// Cue words of the vocabulary (data/vocabulary.yaml `cues`) found in a sentence. A cue matches
// whole words, each word also with the usual inflections: "cooperate" finds "cooperated",
// "cooperates", "cooperating"; "reach out" finds "reached out"; "accuse" finds "accusing".
import type { VocabularyEntry } from '../../contract/index.ts';
import { fold, foldKey } from './fold.ts';

export interface CueHit {
  entry: VocabularyEntry;
  cue: string;
  start: number;
  end: number;
  /** Longer, more specific cues weigh more. */
  strength: number;
}

const INFLECTIONS = 's|es|ed|d|ing|ment|ments|ion|ions|er|ers';

function escaped(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One word of a cue with its inflections; short words ("war", "arms") take only a plural "s". */
function wordPattern(word: string): string {
  if (word.length < 4) return `${escaped(word)}s?`;
  const whole = `${escaped(word)}(?:${INFLECTIONS})?`;
  // "cooperate" → "cooperating", "cooperation": the final e drops before a suffix.
  if (word.endsWith('e') && word.length >= 5) return `(?:${whole}|${escaped(word.slice(0, -1))}(?:ed|ing|ion|ions|er|ers))`;
  return whole;
}

/** The compiled pattern of a cue, cached: vocabulary cues are few and reused on every sentence. */
const patterns = new Map<string, RegExp>();
function cuePattern(cue: string): RegExp {
  let pattern = patterns.get(cue);
  if (pattern === undefined) {
    const words = cue.split(' ').map(wordPattern).join(' +');
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'gu');
    patterns.set(cue, pattern);
  }
  return pattern;
}

function hitsOf(folded: string, cue: string): Array<[number, number]> {
  return [...folded.matchAll(cuePattern(cue))].map((match) => [match.index, match.index + match[0].length]);
}

/** Every cue of every type in the text, strongest first where two cover the same words. */
export function findCues(text: string, vocabulary: readonly VocabularyEntry[]): CueHit[] {
  const folded = fold(text).replace(/\s/g, ' ');
  const hits: CueHit[] = [];
  for (const entry of vocabulary) {
    for (const raw of entry.cues ?? []) {
      const cue = foldKey(raw);
      for (const [start, end] of hitsOf(folded, cue)) {
        hits.push({ entry, cue, start, end, strength: cue.length + (cue.includes(' ') ? 5 : 0) });
      }
    }
  }
  hits.sort((a, b) => b.strength - a.strength || a.start - b.start);
  const kept: CueHit[] = [];
  for (const hit of hits) {
    if (kept.some((other) => hit.start < other.end && other.start < hit.end)) continue;
    kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}
