// Saved queries (cypher/queries/*.cypher): listed with what they answer and their parameters,
// and run by name through the console's read-only runner, declared defaults filling the gaps.
import { Router } from 'express';
import type { Neo4j } from '../db/neo4j.ts';
import { AppError, notFound } from '../http/app-error.ts';
import { clientGone } from '../http/client-gone.ts';
import { parseInput } from '../http/errors.ts';
import { runReadOnly, type ConsoleLimits } from '../console/runner.ts';
import { clientOf, type ConsoleSlots } from '../console/console-slots.ts';
import { readSavedQueries } from '../queries/saved-queries.ts';
import { RunSavedQueryRequestSchema, type ConsoleResult, type SavedQueriesResponse, type SavedQuery } from '../../contract/index.ts';

export interface QueriesRoutesOptions {
  db: Neo4j;
  limits: ConsoleLimits;
  /** Shared with the console: the bound on console work at once. */
  slots: ConsoleSlots;
  /** Read once, when the app is made (default: cypher/queries/). */
  queries?: SavedQuery[];
}

export function queriesRoutes({ db, limits, slots, queries = readSavedQueries() }: QueriesRoutesOptions): Router {
  const router = Router();
  const byName = new Map(queries.map((query) => [query.name, query]));
  const listing = queries.map(({ name, title, answers, params, cypher }) => ({ name, title, answers, params, cypher }));

  router.get('/queries', (_req, res) => {
    res.json({ queries: listing } satisfies SavedQueriesResponse);
  });

  router.post('/queries/:name/run', async (req, res) => {
    const query = byName.get(req.params.name);
    if (!query) throw notFound(`Saved query "${req.params.name}"`);
    const { params = {} } = parseInput(RunSavedQueryRequestSchema, req.body ?? {}, 'body');
    const declared = query.params.map((param) => param.name);
    const undeclared = Object.keys(params).find((name) => !declared.includes(name));
    if (undeclared !== undefined) {
      const takes = declared.length > 0 ? `it takes ${declared.join(', ')}` : 'it takes none';
      throw new AppError(400, 'bad_request', `body.params.${undeclared}: not a parameter of "${query.name}" (${takes})`);
    }
    const defaults = Object.fromEntries(query.params.map((param) => [param.name, param.default]));
    const request = { query: query.cypher, params: { ...defaults, ...params } };
    const takeSlot = () => slots.acquire(clientOf(req));
    res.json((await runReadOnly(db, limits, request, { signal: clientGone(res), takeSlot })) satisfies ConsoleResult);
  });

  return router;
}
