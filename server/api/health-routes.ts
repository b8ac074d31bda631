// Liveness and readiness. /api/health says only that this process answers (a restarting database
// does not make the server dead); /api/ready says whether Neo4j answers and holds the schema, and
// says it within a second even when Neo4j is frozen and never answers.
import { Router } from 'express';
import type { Neo4j } from '../db/neo4j.ts';
import { withTimeout } from '../db/neo4j.ts';
import { isSchemaApplied } from '../db/schema.ts';
import { AppError, unavailableError } from '../http/app-error.ts';
import type { HealthResponse, ReadyResponse } from '../../contract/index.ts';

/** The most /api/ready waits for Neo4j before it answers 503. */
export const READY_WITHIN_MS = 900;

export function healthRoutes({ db }: { db: Neo4j }): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' } satisfies HealthResponse);
  });
  router.get('/ready', async (_req, res) => {
    res.json(await withTimeout(readiness(db), READY_WITHIN_MS).catch(notReady));
  });
  return router;
}

async function readiness(db: Neo4j): Promise<ReadyResponse> {
  // Both at once: the answer has under a second.
  const [info, schemaApplied] = await Promise.all([db.driver.getServerInfo({ database: db.database }), isSchemaApplied(db)]);
  if (!schemaApplied) throw new AppError(503, 'schema_missing', 'The schema is not applied yet', { headers: { 'Retry-After': '5' } });
  const protocol = info.protocolVersion ? `${info.protocolVersion.getMajor()}.${info.protocolVersion.getMinor()}` : null;
  return { status: 'ready', neo4j: { source: db.source, version: info.agent ?? null, protocol } };
}

function notReady(error: unknown): never {
  if (error instanceof AppError) throw error;
  throw unavailableError(`Neo4j is not ready: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
}
