// GET /api/compare: two views of the graph side by side, paired up by entity pair
// (server/graph/compare.ts). Each side is read exactly as /api/graph reads its query string.
import { Router } from 'express';
import type { Neo4j } from '../db/neo4j.ts';
import { AppError } from '../http/app-error.ts';
import { parseInput } from '../http/errors.ts';
import { compareViews } from '../graph/compare.ts';
import { graphView, type ViewLimits } from '../graph/graph-repository.ts';
import type { Vocabulary } from '../vocabulary.ts';
import { CompareQuerySchema, CompareSideQuerySchema, type CompareResponse, type GraphQuery } from '../../contract/index.ts';

/**
 * A side's query string in the shape Express gives `req.query` (its "simple" parser: a repeated
 * key becomes an array), so the side validates exactly as /api/graph's own query would.
 */
export function queryObject(text: string): Record<string, string | string[]> {
  const params = new URLSearchParams(text);
  return Object.fromEntries(
    [...new Set(params.keys())].map((key) => {
      const values = params.getAll(key);
      return [key, values.length === 1 ? values[0]! : values];
    }),
  );
}

function sideQuery(text: string, where: string, vocabulary: Vocabulary): GraphQuery {
  const query = parseInput(CompareSideQuerySchema, queryObject(text), where);
  const unknown = query.type?.find((type) => !vocabulary.has(type));
  if (unknown) throw new AppError(400, 'bad_request', `${where}.type: "${unknown}" is not in the vocabulary`);
  return query;
}

export function compareRoutes({ db, vocabulary, viewLimits }: { db: Neo4j; vocabulary: Vocabulary; viewLimits: ViewLimits }): Router {
  const router = Router();

  router.get('/compare', async (req, res) => {
    const { a, b } = parseInput(CompareQuerySchema, req.query, 'query');
    const queryA = sideQuery(a, 'query.a', vocabulary);
    const queryB = sideQuery(b, 'query.b', vocabulary);
    // The two views are independent: Neo4j reads them side by side.
    const [viewA, viewB] = await Promise.all([
      graphView(db, queryA, vocabulary, viewLimits),
      graphView(db, queryB, vocabulary, viewLimits),
    ]);
    const compared = compareViews({ view: viewA, historical: queryA.historical }, { view: viewB, historical: queryB.historical });
    res.json(compared satisfies CompareResponse);
  });

  return router;
}
