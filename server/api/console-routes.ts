// The Cypher console: POST /api/cypher {query, params?} runs one read-only query (server/console/).
import { Router, type ErrorRequestHandler, type Response } from 'express';
import { z } from 'zod';
import type { Neo4j } from '../db/neo4j.ts';
import { parseInput } from '../http/errors.ts';
import { CypherSyntaxError } from '../console/cypher-errors.ts';
import { runReadOnly, type ConsoleLimits } from '../console/runner.ts';

/** The longest query the console accepts, in characters. */
export const MAX_QUERY_CHARS = 20_000;

/** Query parameters: a JSON object; whole numbers go to Neo4j as integers. */
export const ParamsSchema = z.record(z.string().min(1).max(200), z.unknown());

const ConsoleBody = z.strictObject({
  // Not trimmed: syntax error positions count from the query as sent.
  query: z
    .string()
    .max(MAX_QUERY_CHARS, `must be at most ${MAX_QUERY_CHARS} characters`)
    .refine((query) => query.trim() !== '', 'must not be empty'),
  params: ParamsSchema.optional(),
});

export function consoleRoutes({ db, limits }: { db: Neo4j; limits: ConsoleLimits }): Router {
  const router = Router();

  router.post('/cypher', async (req, res) => {
    const body = parseInput(ConsoleBody, req.body, 'body');
    res.json(await runReadOnly(db, limits, body, clientGone(res)));
  });

  router.use(syntaxErrorBody);
  return router;
}

/** Aborts when the client goes away before its answer is sent, so its query is stopped. */
export function clientGone(res: Response): AbortSignal {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}

/** A syntax error's body adds where in the query it is: {error: {code, message, position}}. */
export const syntaxErrorBody: ErrorRequestHandler = (error, _req, res, next) => {
  if (!(error instanceof CypherSyntaxError)) return next(error);
  res.status(error.status).json({ error: { code: error.code, message: error.message, position: error.position } });
};
