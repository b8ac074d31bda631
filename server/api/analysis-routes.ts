// Alignment analytics: structural balance, blocs and pair explanations over net alignments
// (server/analysis/). Routes translate HTTP; the analyses are pure functions over plain data.
import { Router } from 'express';
import type { Neo4j } from '../db/neo4j.ts';
import { AppError } from '../http/app-error.ts';
import { parseInput } from '../http/errors.ts';
import { readNetAlignments } from '../analysis/analysis-repository.ts';
import { structuralBalance } from '../analysis/balance.ts';
import { findBlocs } from '../analysis/blocs.ts';
import { explainAlignment } from '../analysis/alignment.ts';
import {
  AlignmentQuerySchema,
  BalanceQuerySchema,
  BlocsQuerySchema,
  type AlignmentResponse,
  type BalanceResponse,
  type BlocsResponse,
} from '../../contract/index.ts';

export function analysisRoutes({ db }: { db: Neo4j }): Router {
  const router = Router();

  router.get('/analysis/balance', async (req, res) => {
    const { kind, minArticles, historical, limit } = parseInput(BalanceQuerySchema, req.query, 'query');
    const { alignments, names } = await readNetAlignments(db, { kinds: kind, minArticles, historical });
    const { triads, frustration, counts } = structuralBalance(alignments, names);
    res.json({
      kinds: kind,
      minArticles,
      historical,
      triads: triads.slice(0, limit),
      truncated: triads.length > limit,
      frustration,
      counts,
    } satisfies BalanceResponse);
  });

  router.get('/analysis/blocs', async (req, res) => {
    const { kind, minArticles, historical, explain } = parseInput(BlocsQuerySchema, req.query, 'query');
    const { alignments, names } = await readNetAlignments(db, { kinds: kind, minArticles, historical });
    res.json({ kinds: kind, minArticles, historical, ...findBlocs(alignments, { names, explain }) } satisfies BlocsResponse);
  });

  router.get('/analysis/alignment', async (req, res) => {
    const { a, b, historical } = parseInput(AlignmentQuerySchema, req.query, 'query');
    if (a === b) throw new AppError(400, 'bad_request', 'query.b: must differ from query.a');
    res.json((await explainAlignment(db, { a, b, historical })) satisfies AlignmentResponse);
  });

  return router;
}
