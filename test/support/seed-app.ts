// The app on a real Neo4j holding a corpus (the seed corpus by default), for API tests: the
// database is reset and loaded before the file's tests and closed after them.
import type { Express } from 'express';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../../server/app.ts';
import { loadCorpus } from '../../server/corpus/load.ts';
import type { ValidCorpus } from '../../server/corpus/valid-corpus.ts';
import type { Neo4j } from '../../server/db/neo4j.ts';
import { applySchema } from '../../server/db/schema.ts';
import { connectTestNeo4j, resetGraph } from './neo4j.ts';

export function useLoadedApp(corpus: ValidCorpus, receive: (ready: { db: Neo4j; app: Express }) => void): void {
  let db: Neo4j | undefined;
  beforeAll(async () => {
    db = await connectTestNeo4j();
    await applySchema(db);
    await resetGraph(db);
    await loadCorpus(db, corpus);
    receive({ db, app: createApp({ db, log: () => {} }) });
  });
  afterAll(() => db?.close());
}
