// The Cypher console: POST /api/cypher {query, params?} runs one read-only query (server/console/).
import { Router } from 'express';
import type { Neo4j } from '../db/neo4j.ts';
import { clientGone } from '../http/client-gone.ts';
import { parseInput } from '../http/errors.ts';
import { runReadOnly, type ConsoleLimits } from '../console/runner.ts';
import { clientOf, type ConsoleSlots } from '../console/console-slots.ts';
import { ConsoleRequestSchema, type ConsoleResult } from '../../contract/index.ts';

export interface ConsoleRoutesOptions {
  db: Neo4j;
  limits: ConsoleLimits;
  /** Shared with the saved queries: the bound on console work at once. */
  slots: ConsoleSlots;
}

export function consoleRoutes({ db, limits, slots }: ConsoleRoutesOptions): Router {
  const router = Router();

  router.post('/cypher', async (req, res) => {
    const body = parseInput(ConsoleRequestSchema, req.body, 'body');
    const takeSlot = () => slots.acquire(clientOf(req));
    res.json((await runReadOnly(db, limits, body, { signal: clientGone(res), takeSlot })) satisfies ConsoleResult);
  });

  return router;
}
