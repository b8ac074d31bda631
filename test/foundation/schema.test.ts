import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4j } from '../../server/db/neo4j.ts';
import { applySchema, isSchemaApplied, schemaStatements } from '../../server/db/schema.ts';
import { connectTestNeo4j, graphFingerprint } from '../support/neo4j.ts';
import { seedCorpus } from '../support/seed-corpus.ts';

const statementNames = () => schemaStatements().map((s) => /(?:CONSTRAINT|INDEX) (\w+)/.exec(s)![1]!);

describe('cypher/schema.cypher', () => {
  let db: Neo4j;
  beforeAll(async () => {
    db = await connectTestNeo4j();
  });
  afterAll(() => db.close());

  it('when applied, then SHOW CONSTRAINTS and SHOW INDEXES list exactly what the file declares', async () => {
    await applySchema(db);

    const constraints = await db.driver.executeQuery(
      'SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names',
      {},
      { database: db.database },
    );
    const indexes = await db.driver.executeQuery(
      'SHOW INDEXES YIELD name, owningConstraint, type WHERE owningConstraint IS NULL AND type <> "LOOKUP" RETURN collect(name) AS names',
      {},
      { database: db.database },
    );
    const inDatabase = [...(constraints.records[0]!.get('names') as string[]), ...(indexes.records[0]!.get('names') as string[])].sort();
    expect(inDatabase).toEqual(statementNames().sort());
    expect(await isSchemaApplied(db)).toBe(true);
  });

  it('when applied twice, then nothing changes', async () => {
    await applySchema(db);
    const before = await graphFingerprint(db);

    await applySchema(db);

    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('when the vocabulary is read, then every relationship type has its claimId index', () => {
    const { vocabulary } = seedCorpus();
    const schema = readFileSync('cypher/schema.cypher', 'utf8');

    expect(vocabulary.length).toBeGreaterThan(0);
    for (const { type } of vocabulary) {
      expect(schema).toContain(`FOR ()-[r:${type}]-() ON (r.claimId);`);
    }
  });
});
