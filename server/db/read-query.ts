// Runs a read query from cypher/ and returns its rows as plain objects, under the API's read
// timeout (so work whose request has passed its deadline does not go on holding a core).
import type { Neo4j } from './neo4j.ts';
import { cypherFile } from './cypher-files.ts';
import { toPlain } from './to-plain.ts';

export async function readQuery<T>(db: Neo4j, name: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await db.driver.executeQuery(cypherFile(name), params, {
    database: db.database,
    routing: 'READ',
    transactionConfig: { timeout: db.readTimeoutMs },
  });
  return records.map((record) => toPlain(record.toObject()) as T);
}
