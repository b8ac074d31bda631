// Entity search: the full-text index over names and aliases finds candidates (each content word
// exactly, as a prefix, or within one or two edits: "Lavarov" → Lavrov), then the candidates are
// ranked by how the whole query meets a name or alias: the same name first, then a name that starts
// with the query, then one that contains it as a phrase, then the rest by relevance. So "India"
// ranks India above "Make in India". Stop words ("and", "of", "the") are matched as part of a
// phrase but never asked of the index, which drops them. When nothing matches, the nearest names
// by edit distance are offered instead.
import neo4j from 'neo4j-driver';
import type { Neo4j } from '../db/neo4j.ts';
import { readQuery } from '../db/read-query.ts';
import type { EntityHit, EntitySearchResponse } from '../../contract/index.ts';

/** Lucene's English stop words: the index's analyzer drops them, so asking for one finds nothing. */
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);
/** Candidates read from the index before ranking: enough that an exact name is never cut off. */
const CANDIDATES = 100;
/** Nearest names offered when nothing matches. */
const NEAREST = 3;
/** A nearest name differs from the query in at most this share of its characters. */
const NEAREST_DISTANCE = 0.5;

type Candidate = Omit<EntityHit, 'score'> & { score: number };

/** A name or query folded for comparison: no accents, lower case, "&" as "and", words split on anything else, a leading "the" dropped. */
export function searchKey(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.'’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return (words[0] === 'the' ? words.slice(1) : words).join(' ');
}

/** Words of the user's text, lower-cased, with every Lucene operator character dropped. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
}

/** The index query: every content word, exactly (best), as a prefix, or fuzzily; '' when only stop words are left. */
export function luceneQuery(words: readonly string[]): string {
  return words
    .filter((word) => !STOP_WORDS.has(word))
    .map((word) => {
      const fuzzy = word.length >= 4 ? ` OR ${word}~${word.length >= 7 ? 2 : 1}` : '';
      return `(${word}^4 OR ${word}*^2${fuzzy})`;
    })
    .join(' AND ');
}

/** How a query meets an entity's name and aliases: 0 the same, 1 a name starting with it, 2 containing it as a phrase, 3 otherwise. */
export function matchTier(query: string, entity: Pick<EntityHit, 'name' | 'aliases'>): number {
  const key = searchKey(query);
  const names = [entity.name, ...entity.aliases].map(searchKey);
  if (key === '') return 3;
  if (names.includes(key)) return 0;
  if (names.some((name) => name.startsWith(`${key} `) || name.startsWith(key))) return 1;
  if (names.some((name) => ` ${name} `.includes(` ${key} `))) return 2;
  return 3;
}

/** Candidates best first: by tier, then relevance, then the shorter name. */
export function rankHits<T extends Candidate>(query: string, hits: readonly T[]): T[] {
  const tiers = new Map(hits.map((hit) => [hit.id, matchTier(query, hit)]));
  return [...hits].sort(
    (a, b) => tiers.get(a.id)! - tiers.get(b.id)! || b.score - a.score || a.name.length - b.name.length || a.name.localeCompare(b.name),
  );
}

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** The entities whose name or an alias is nearest the query (relative edit distance, at most NEAREST_DISTANCE), nearest first. */
export function nearestNames<T extends Omit<EntityHit, 'score'>>(
  query: string,
  entities: readonly T[],
  limit = NEAREST,
): (T & { score: number })[] {
  const key = searchKey(query);
  return entities
    .map((entity) => {
      const distance = Math.min(
        ...[entity.name, ...entity.aliases].map((name) => {
          const other = searchKey(name);
          return editDistance(key, other) / Math.max(key.length, other.length, 1);
        }),
      );
      return { ...entity, score: Math.round((1 - distance) * 1000) / 1000 };
    })
    .filter((entity) => entity.score >= 1 - NEAREST_DISTANCE)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, limit);
}

export async function searchEntities(db: Neo4j, text: string, limit: number): Promise<EntitySearchResponse> {
  const lucene = luceneQuery(searchWords(text));
  const rows = lucene
    ? await readQuery<{ entity: Omit<EntityHit, 'score'>; score: number }>(db, 'api/entity-search', {
        lucene,
        limit: neo4j.int(Math.max(limit, CANDIDATES)),
      })
    : [];
  const hits = rows.map(({ entity, score }) => ({ ...entity, score: Math.round(score * 1000) / 1000 }));
  const entities = rankHits(text, hits).slice(0, limit);
  if (entities.length > 0) return { entities, nearest: [] };
  const all = await readQuery<{ entity: Omit<EntityHit, 'score'> }>(db, 'api/entity-names', {});
  return {
    entities,
    nearest: nearestNames(
      text,
      all.map((row) => row.entity),
    ),
  };
}
