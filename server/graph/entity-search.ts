// Entity search: user text becomes a Lucene query for the full-text index over names and aliases.
// Each word matches exactly (best), as a prefix, or within one or two edits ("Lavarov" → Lavrov).
import neo4j from 'neo4j-driver';
import type { Neo4j } from '../db/neo4j.ts';
import { readQuery } from '../db/read-query.ts';
import type { EntityHit } from '../../contract/index.ts';

/** Words of the user's text, lower-cased, with every Lucene operator character dropped. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
}

export function luceneQuery(words: readonly string[]): string {
  return words
    .map((word) => {
      const fuzzy = word.length >= 4 ? ` OR ${word}~${word.length >= 7 ? 2 : 1}` : '';
      return `(${word}^4 OR ${word}*^2${fuzzy})`;
    })
    .join(' AND ');
}

export async function searchEntities(db: Neo4j, text: string, limit: number): Promise<EntityHit[]> {
  const words = searchWords(text);
  if (words.length === 0) return [];
  const rows = await readQuery<{ entity: Omit<EntityHit, 'score'>; score: number }>(db, 'api/entity-search', {
    lucene: luceneQuery(words),
    limit: neo4j.int(limit),
  });
  return rows.map(({ entity, score }) => ({ ...entity, score: Math.round(score * 1000) / 1000 }));
}
