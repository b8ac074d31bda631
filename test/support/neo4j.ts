// Test access to the run's Neo4j (chosen once in test/global-setup.ts).
import { inject } from 'vitest';
import { openNeo4j, type Neo4j } from '../../server/db/neo4j.ts';
import { toPlain } from '../../server/db/to-plain.ts';

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string;
  source: 'external' | 'container' | 'embedded';
}

/** A connection to the test database, through the app's own module. */
export function connectTestNeo4j(): Promise<Neo4j> {
  const target = inject('neo4j');
  return openNeo4j({
    NEO4J_URI: target.uri,
    NEO4J_USERNAME: target.username,
    NEO4J_PASSWORD: target.password,
    NEO4J_DATABASE: target.database,
    NEO4J_BOLT_PORT: 0,
    NEO4J_DATA_DIR: '',
    NEO4J_HEAP_MB: 0,
    NEO4J_PAGECACHE_MB: 0,
    NEO4J_TX_TIMEOUT_S: 60,
    NEO4J_TX_MEMORY_MB: 256,
    NEO4J_CONNECT_TIMEOUT_S: 20,
    // Patient, as before: tests on a busy machine are not measuring how fast a fault is reported.
    NEO4J_ACQUIRE_TIMEOUT_MS: 20_000,
    REQUEST_TIMEOUT_MS: 10_000,
    JAVA: undefined,
  });
}

/** Empties the graph (schema stays). Tests that need a known graph start with this. */
export async function resetGraph(db: Neo4j): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

/** What a test compares before and after an operation that must change nothing (or the same). */
export async function graphFingerprint(db: Neo4j): Promise<Record<string, unknown>> {
  const read = async (query: string) =>
    (await db.driver.executeQuery(query, {}, { database: db.database, routing: 'READ' })).records.map((r) => toPlain(r.toObject()));
  return {
    counts: await read(
      `MATCH (n) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships`,
    ),
    labels: await read(`MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label`),
    types: await read(`MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type`),
    claims: await read(`MATCH ()-[r]->() WHERE r.claimId IS NOT NULL RETURN r.claimId AS id, r.quote AS quote ORDER BY id`),
    constraints: await read(`SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties RETURN * ORDER BY name`),
    indexes: await read(`SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN * ORDER BY name`),
  };
}
