// The Cypher console: POST /api/cypher {query, params?} runs one read-only query (server/console/).
import { Router } from 'express';
import type { Neo4j } from '../db/neo4j.ts';
import { clientGone } from '../http/client-gone.ts';
import { parseInput } from '../http/errors.ts';
import { runReadOnly, type ConsoleLimits } from '../console/runner.ts';
import { ConsoleRequestSchema, type ConsoleResult } from '../../contract/index.ts';

export function consoleRoutes({ db, limits }: { db: Neo4j; limits: ConsoleLimits }): Router {
  const router = Router();

  router.post('/cypher', async (req, res) => {
    const body = parseInput(ConsoleRequestSchema, req.body, 'body');
    res.json((await runReadOnly(db, limits, body, clientGone(res))) satisfies ConsoleResult);
  });

  return router;
}
