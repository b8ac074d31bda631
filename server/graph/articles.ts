// Articles: their metadata and the claims each one makes.
import type { Neo4j } from '../db/neo4j.ts';
import { readQuery } from '../db/read-query.ts';
import { notFound } from '../http/errors.ts';

export interface ArticleMeta {
  id: string;
  title: string;
  outlet: string | null;
  author: string | null;
  published: string | null;
  pageDate: string | null;
  eventDate: string | null;
  url: string | null;
  notes: string | null;
}

export async function listArticles(db: Neo4j): Promise<(ArticleMeta & { claims: number })[]> {
  const rows = await readQuery<{ article: ArticleMeta; claims: number }>(db, 'api/article-list');
  return rows.map(({ article, claims }) => ({ ...article, claims }));
}

export async function articleDetail(db: Neo4j, id: string) {
  const [row] = await readQuery<{ article: ArticleMeta & { sha256: string }; claims: unknown[] }>(db, 'api/article-detail', { id });
  if (!row) throw notFound(`Article "${id}"`);
  return row;
}
