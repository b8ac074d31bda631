// Whether Neo4j still runs a console query the server has given up on. Stopping a query (its
// timeout, or the session closed) marks its transaction terminated, but Neo4j only notices between
// steps of its work: one huge expression (a reduce over billions, a catastrophic regex) keeps a
// core busy well past it. SHOW TRANSACTIONS, which lists the metadata each console run is tagged
// with, says when it is really gone.
import type { Neo4j } from '../db/neo4j.ts';
import { toPlain } from '../db/to-plain.ts';

/** The longest a stopped query keeps its console slot: past this, it is no longer waited for. */
export const MAX_LINGER_MS = 5 * 60_000;
const POLL_MS = 250;

/** Resolves once no transaction tagged with `runId` is listed any more (or after MAX_LINGER_MS). */
export async function untilGone(db: Neo4j, runId: string, maxMs = MAX_LINGER_MS): Promise<void> {
  const deadline = Date.now() + maxMs;
  while (Date.now() < deadline && (await isListed(db, runId))) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function isListed(db: Neo4j, runId: string): Promise<boolean> {
  try {
    const { records } = await db.driver.executeQuery(
      'SHOW TRANSACTIONS YIELD metaData WHERE metaData.run = $runId RETURN count(*) AS n',
      { runId },
      { database: db.database },
    );
    return toPlain(records[0]?.get('n')) !== 0;
  } catch {
    // Not known (Neo4j busy or out of reach for a moment): keep the slot and ask again. A restarted
    // database lists nothing of ours, so the wait ends at the next answer, or at maxMs.
    return true;
  }
}
