// The relationship vocabulary (data/vocabulary.yaml): which types exist, their usual polarity,
// and which read the same both ways. The API and the client take types from here only.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { VocabularyEntry } from '../contract/index.ts';
import { VocabularyFileSchema } from './corpus/schema.ts';

export interface Vocabulary {
  entries: VocabularyEntry[];
  isSymmetric(type: string): boolean;
  has(type: string): boolean;
}

export function vocabularyOf(entries: VocabularyEntry[]): Vocabulary {
  const byType = new Map(entries.map((entry) => [entry.type, entry]));
  return {
    entries,
    isSymmetric: (type) => byType.get(type)?.symmetric ?? false,
    has: (type) => byType.has(type),
  };
}

export function readVocabulary(dataDir = 'data'): Vocabulary {
  const file = path.join(dataDir, 'vocabulary.yaml');
  return vocabularyOf(VocabularyFileSchema.parse(parse(readFileSync(file, 'utf8'))));
}
