// Articles: their metadata and the claims each one makes.
import type { Neo4j } from '../db/neo4j.ts';
import { readQuery } from '../db/read-query.ts';
import { notFound } from '../http/app-error.ts';
import type { ArticleDetailResponse, ArticleListItem } from '../../contract/index.ts';

export async function listArticles(db: Neo4j): Promise<ArticleListItem[]> {
  const rows = await readQuery<{ article: Omit<ArticleListItem, 'claims'>; claims: number }>(db, 'api/article-list');
  return rows.map(({ article, claims }) => ({ ...article, claims }));
}

export async function articleDetail(db: Neo4j, id: string): Promise<ArticleDetailResponse> {
  const [row] = await readQuery<ArticleDetailResponse>(db, 'api/article-detail', { id });
  if (!row) throw notFound(`Article "${id}"`);
  return row;
}
