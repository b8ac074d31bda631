// Runs one console query read-only, whatever it says. The layers, in order:
//   1. the static screen (policy.ts): nothing that could execute is sent unless it passes;
//   2. EXPLAIN first, with the same parameters: the query runs only if Neo4j plans it as a read
//      (queryType 'r');
//   3. an explicit READ transaction (no automatic retry) with a server-side timeout, and a client
//      guard that resets the session (which stops the query) if Neo4j has not answered in time;
//   4. records streamed up to a row cap and a byte cap; the rest is discarded, not fetched.
// Saved queries run through here too.
import { randomUUID } from 'node:crypto';
import neo4j, { type Result, type ResultSummary, type Session } from 'neo4j-driver';
import type { ApiLimits } from '../config.ts';
import type { Neo4j } from '../db/neo4j.ts';
import { toPlain } from '../db/to-plain.ts';
import { AppError, timeoutError } from '../http/app-error.ts';
import { neo4jAppError, type UserCypher } from '../http/neo4j-errors.ts';
import type { ConsoleNotification, ConsoleRequest, ConsoleResult } from '../../contract/index.ts';
import { toDriverParams, type JsonParams } from './driver-params.ts';
import { GraphCollector } from './graph-elements.ts';
import type { Slot } from './console-slots.ts';
import { untilGone } from './lingering.ts';
import { checkParamNesting } from './nesting.ts';
import { screenQuery, type ScreenedQuery } from './policy.ts';

export type ConsoleLimits = Pick<ApiLimits, 'CYPHER_TIMEOUT_MS' | 'CYPHER_MAX_ROWS' | 'CYPHER_MAX_BYTES'>;

/** How long past the transaction timeout the client waits before it stops the query itself. */
const CLIENT_GRACE_MS = 100;

const WHAT_IT_WOULD_DO: Record<string, string> = {
  w: 'write to the graph',
  rw: 'read and write the graph',
  s: 'change the schema or administer the database',
};

interface RunOptions {
  /** Aborted when the client goes away: the query is stopped. */
  signal?: AbortSignal | undefined;
  /** The console slot the query holds (console-slots.ts); kept while a stopped query lingers. */
  slot?: Slot | undefined;
}

export interface ReadOnlyOptions {
  signal?: AbortSignal | undefined;
  /** Takes a console slot (console-slots.ts), or throws 429 when there is none. */
  takeSlot?: () => Slot;
}

export async function runReadOnly(
  db: Neo4j,
  limits: ConsoleLimits,
  request: ConsoleRequest,
  options: ReadOnlyOptions = {},
): Promise<ConsoleResult> {
  const screened = screenQuery(request.query);
  checkParamNesting(request.params ?? {});
  // Only a query that passed the screen takes a slot: one refused costs nothing and waits for nothing.
  const slot = options.takeSlot?.();
  try {
    return await runScreened({ db, limits, screened, params: request.params ?? {}, signal: options.signal, slot });
  } finally {
    slot?.release();
  }
}

export interface ScreenedRun extends RunOptions {
  db: Neo4j;
  limits: ConsoleLimits;
  screened: ScreenedQuery;
  params: JsonParams;
}

/** Layers 2 to 4 for a query that passed the screen (exported so tests can reach them alone). */
export async function runScreened({ db, limits, screened, params: jsonParams, signal, slot }: ScreenedRun): Promise<ConsoleResult> {
  const params = toDriverParams(jsonParams);
  const context: UserCypher = { statement: screened.statement, inserted: screened.inserted, timeoutMs: limits.CYPHER_TIMEOUT_MS };
  // Tags the transaction, so SHOW TRANSACTIONS can tell when a stopped query is really gone.
  const runId = randomUUID();
  const session = db.driver.session({
    database: db.database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: Math.min(limits.CYPHER_MAX_ROWS + 1, 1000),
  });

  // The client guard: closing the session resets its connection, and Neo4j stops the query.
  let stopped: AppError | null = null;
  let rejectGuard: (reason: AppError) => void = () => {};
  const guard = new Promise<never>((_, reject) => (rejectGuard = reject));
  const stop = (reason: AppError) => {
    if (stopped) return;
    stopped = reason;
    session.close().catch(() => {});
    rejectGuard(reason);
  };
  const timer = setTimeout(() => stop(timeoutError(limits.CYPHER_TIMEOUT_MS)), limits.CYPHER_TIMEOUT_MS + CLIENT_GRACE_MS);
  const onAbort = () => stop(new AppError(499, 'client_closed', 'The client closed the request'));
  signal?.addEventListener('abort', onAbort, { once: true });

  try {
    return await Promise.race([execute(session, { screened, params, limits, context, runId }), guard]);
  } catch (error) {
    const failure = stopped ?? neo4jAppError(error, context) ?? error;
    // Stopped, timed out or failed in Neo4j, the query may still be running there: its slot stays
    // taken until it is not. (A mistake in the query, a 4xx, left nothing running.)
    if (!(failure instanceof AppError && failure.status < 500 && failure.status !== 422)) slot?.holdUntil(untilGone(db, runId));
    throw failure;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    await session.close().catch(() => {});
  }
}

interface Execution {
  screened: ScreenedQuery;
  params: Record<string, unknown>;
  limits: ConsoleLimits;
  context: UserCypher;
  runId: string;
}

async function execute(session: Session, { screened, params, limits, context, runId }: Execution): Promise<ConsoleResult> {
  // `timeout` is Neo4j's own transaction timeout for this transaction: Neo4j terminates it there.
  const tx = await session.beginTransaction({
    timeout: limits.CYPHER_TIMEOUT_MS,
    metadata: { app: 'entente', area: 'console', run: runId },
  });
  try {
    const plan = await tx.run(screened.explain, params);
    const queryType = plan.summary.queryType;
    if (queryType !== 'r') {
      throw new AppError(
        403,
        'read_only',
        `The console is read-only: this query would ${WHAT_IT_WOULD_DO[queryType] ?? `be of type '${queryType}'`}`,
      );
    }
    context.inserted = { at: 0, length: 0 };
    return await collect(tx.run(screened.statement, params), limits);
  } finally {
    // Nothing to keep: a read transaction is rolled back, never committed.
    await tx.rollback().catch(() => {});
  }
}

async function collect(result: Result, limits: ConsoleLimits): Promise<ConsoleResult> {
  const columns = await result.keys();
  const rows: unknown[][] = [];
  const graph = new GraphCollector();
  let bytes = 0;
  let truncatedBy: ConsoleResult['summary']['truncatedBy'] = null;
  let summary: ResultSummary;

  const records = result[Symbol.asyncIterator]();
  for (;;) {
    const next = await records.next();
    if (next.done) {
      summary = next.value;
      break;
    }
    if (rows.length >= limits.CYPHER_MAX_ROWS) {
      truncatedBy = 'rows';
      summary = await discardRest(records);
      break;
    }
    const values = columns.map((_, i): unknown => next.value.get(i));
    const row = toPlain(values) as unknown[];
    const unseen = graph.unseen(values);
    const size = jsonBytes(row) + jsonBytes(unseen);
    if (bytes + size > limits.CYPHER_MAX_BYTES) {
      truncatedBy = 'bytes';
      summary = await discardRest(records);
      break;
    }
    bytes += size;
    rows.push(row);
    graph.keep(unseen);
  }

  return {
    columns,
    rows,
    truncated: truncatedBy !== null,
    graph: graph.graph(),
    summary: {
      queryType: summary.queryType,
      resultAvailableAfterMs: toPlain(summary.resultAvailableAfter) as number | null,
      resultConsumedAfterMs: toPlain(summary.resultConsumedAfter) as number | null,
      rowCount: rows.length,
      truncatedBy,
      limits: { timeoutMs: limits.CYPHER_TIMEOUT_MS, maxRows: limits.CYPHER_MAX_ROWS, maxBytes: limits.CYPHER_MAX_BYTES },
      notifications: notificationsOf(summary),
    },
  };
}

/** Stops the stream: Neo4j discards the records not pulled yet; the summary still comes. */
async function discardRest(records: AsyncIterator<unknown, ResultSummary>): Promise<ResultSummary> {
  const last = await records.return!();
  return last.value as ResultSummary;
}

function notificationsOf(summary: ResultSummary): ConsoleNotification[] {
  return summary.gqlStatusObjects
    .filter((status) => status.isNotification)
    .map((status) => ({
      gqlStatus: status.gqlStatus,
      description: status.statusDescription,
      severity: status.severity,
      classification: status.classification,
      position: toPlain(status.position ?? null),
    }));
}

const jsonBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value));
