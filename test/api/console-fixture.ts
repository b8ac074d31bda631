// Shared by the console and saved-query tests: the fixture corpus loaded into a clean graph, an
// app over it with chosen limits, and a short way to post a query.
import request from 'supertest';
import type { Express } from 'express';
import { createApp, DEFAULT_LIMITS } from '../../server/app.ts';
import type { ApiLimits } from '../../server/config.ts';
import type { Neo4j } from '../../server/db/neo4j.ts';
import { applySchema } from '../../server/db/schema.ts';
import { loadCorpus } from '../../server/corpus/load.ts';
import { readValidCorpus } from '../../server/corpus/valid-corpus.ts';
import { vocabularyOf, type Vocabulary } from '../../server/vocabulary.ts';
import { resetGraph } from '../support/neo4j.ts';
import { removeDataDir, validFixture, writeFixture } from '../corpus/fixture.ts';

/** Empties the graph and loads the fixture corpus; returns its vocabulary for createApp. */
export async function loadFixtureGraph(db: Neo4j): Promise<Vocabulary> {
  await applySchema(db);
  await resetGraph(db);
  const dataDir = writeFixture(validFixture());
  try {
    const corpus = readValidCorpus(dataDir);
    await loadCorpus(db, corpus);
    return vocabularyOf(corpus.vocabulary);
  } finally {
    removeDataDir(dataDir);
  }
}

export interface ConsoleAppOptions {
  db: Neo4j;
  vocabulary: Vocabulary;
  limits?: Partial<ApiLimits>;
}

export function consoleApp({ db, vocabulary, limits = {} }: ConsoleAppOptions): Express {
  return createApp({ db, vocabulary, limits: { ...DEFAULT_LIMITS, ...limits }, log: () => {} });
}

export function postQuery(app: Express, query: string, params?: Record<string, unknown>): request.Test {
  return request(app)
    .post('/api/cypher')
    .send(params === undefined ? { query } : { query, params });
}
