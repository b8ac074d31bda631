// The version (content hash) of the corpus the graph holds, as the loader recorded it.
import type { Neo4j } from '../db/neo4j.ts';
import { cypherFile } from '../db/cypher-files.ts';

export async function datasetVersion(db: Neo4j): Promise<string | null> {
  const { records } = await db.driver.executeQuery(cypherFile('load/dataset-version'), {}, { database: db.database, routing: 'READ' });
  return (records[0]?.get('version') as string | undefined) ?? null;
}
