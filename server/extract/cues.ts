// Cue words of the vocabulary (data/vocabulary.yaml `cues`) found in a sentence. A cue matches
// whole words, its last word also with the usual inflections: "cooperate" finds "cooperated",
// "cooperates", "cooperating"; "accuse" finds "accusing".
import type { VocabularyEntry } from '../../contract/index.ts';
import { fold, foldKey, indicesOf, isWordUnit } from './fold.ts';

export interface CueHit {
  entry: VocabularyEntry;
  cue: string;
  start: number;
  end: number;
  /** Longer, more specific cues weigh more. */
  strength: number;
}

const INFLECTIONS = ['s', 'es', 'ed', 'd', 'ing', 'ment', 'ments', 'ion', 'ions', 'er', 'ers'];

/** How many units after a cue's end belong to its inflection, or -1 when the word goes on otherwise. */
function inflectionLength(folded: string, cue: string, end: number): number {
  if (!isWordUnit(folded[end])) return 0;
  const rest = /^[a-z]+/.exec(folded.slice(end))?.[0] ?? '';
  if (cue.length < 4) return rest === 's' ? 1 : -1;
  return INFLECTIONS.includes(rest) ? rest.length : -1;
}

function hitsOf(folded: string, cue: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const stems = cue.endsWith('e') && cue.length >= 5 ? [cue, cue.slice(0, -1)] : [cue];
  for (const stem of stems) {
    for (const start of indicesOf(folded, stem)) {
      if (isWordUnit(folded[start - 1])) continue;
      const extra = inflectionLength(folded, cue, start + stem.length);
      if (extra === -1) continue;
      if (stem !== cue && extra === 0) continue;
      spans.push([start, start + stem.length + extra]);
    }
  }
  return spans;
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
