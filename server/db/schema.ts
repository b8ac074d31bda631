// Applies cypher/schema.cypher: the constraints and indexes every other query relies on.
import { readFileSync } from 'node:fs';
import type { Neo4j } from './neo4j.ts';

const SCHEMA_FILE = new URL('../../cypher/schema.cypher', import.meta.url);

/** The statements of a .cypher file: `//` comment lines dropped, split at `;` ending a line. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter(Boolean);
}

export function schemaStatements(): string[] {
  return splitStatements(readFileSync(SCHEMA_FILE, 'utf8'));
}

/** Idempotent: every statement says IF NOT EXISTS. Waits until the indexes are online. */
export async function applySchema(db: Neo4j): Promise<void> {
  for (const statement of schemaStatements()) {
    await db.driver.executeQuery(statement, {}, { database: db.database });
  }
  await db.driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database: db.database });
}

/** True when every constraint and index of schema.cypher exists and is online. */
export async function isSchemaApplied(db: Neo4j): Promise<boolean> {
  const wanted = schemaStatements()
    .map((statement) => /^CREATE (?:\w+ )*?(?:CONSTRAINT|INDEX) (\w+)/i.exec(statement)?.[1])
    .filter((name): name is string => Boolean(name));
  const { records } = await db.driver.executeQuery(
    `SHOW INDEXES YIELD name, state, owningConstraint
     RETURN collect(CASE WHEN state = 'ONLINE' THEN coalesce(owningConstraint, name) END) AS online`,
    {},
    { database: db.database, routing: 'READ' },
  );
  const online = new Set((records[0]?.get('online') as string[] | undefined) ?? []);
  return wanted.every((name) => online.has(name));
}
