// The read API over the graph: views, entities, articles, paths, the vocabulary.
import { Router } from 'express';
import type { Neo4j } from '../db/neo4j.ts';
import { AppError } from '../http/app-error.ts';
import { parseInput } from '../http/errors.ts';
import { articleDetail, listArticles } from '../graph/articles.ts';
import { entityDetail } from '../graph/entity-detail.ts';
import { searchEntities } from '../graph/entity-search.ts';
import { graphView, type ViewLimits } from '../graph/graph-repository.ts';
import { findPaths, PATHS_LIMIT } from '../graph/paths.ts';
import type { Vocabulary } from '../vocabulary.ts';
import {
  EntitySearchQuerySchema,
  GraphQuerySchema,
  IdParamSchema,
  PathsQuerySchema,
  type ArticleDetailResponse,
  type ArticlesResponse,
  type EntityDetail,
  type EntitySearchResponse,
  type GraphResponse,
  type PathsResponse,
  type VocabularyResponse,
} from '../../contract/index.ts';

export function graphRoutes({ db, vocabulary, viewLimits }: { db: Neo4j; vocabulary: Vocabulary; viewLimits: ViewLimits }): Router {
  const router = Router();

  router.get('/vocabulary', (_req, res) => {
    res.json({ types: vocabulary.entries } satisfies VocabularyResponse);
  });

  router.get('/graph', async (req, res) => {
    const query = parseInput(GraphQuerySchema, req.query, 'query');
    const unknown = query.type?.find((type) => !vocabulary.has(type));
    if (unknown) throw new AppError(400, 'bad_request', `query.type: "${unknown}" is not in the vocabulary`);
    res.json((await graphView(db, query, vocabulary, viewLimits)) satisfies GraphResponse);
  });

  router.get('/entities', async (req, res) => {
    const { q, limit } = parseInput(EntitySearchQuerySchema, req.query, 'query');
    res.json((await searchEntities(db, q, limit)) satisfies EntitySearchResponse);
  });

  router.get('/entities/:id', async (req, res) => {
    const { id } = parseInput(IdParamSchema, req.params, 'path');
    res.json((await entityDetail(db, id)) satisfies EntityDetail);
  });

  router.get('/articles', async (_req, res) => {
    res.json({ articles: await listArticles(db) } satisfies ArticlesResponse);
  });

  router.get('/articles/:id', async (req, res) => {
    const { id } = parseInput(IdParamSchema, req.params, 'path');
    res.json((await articleDetail(db, id)) satisfies ArticleDetailResponse);
  });

  router.get('/paths', async (req, res) => {
    const query = parseInput(PathsQuerySchema, req.query, 'query');
    if (query.from === query.to) throw new AppError(400, 'bad_request', 'query.to: must differ from query.from');
    const paths = await findPaths(db, { ...query, limit: PATHS_LIMIT });
    res.json({ from: query.from, to: query.to, maxHops: query.maxHops, limit: PATHS_LIMIT, paths } satisfies PathsResponse);
  });

  return router;
}
