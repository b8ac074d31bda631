// `npm run load [-- --data DIR]`: validates, applies the schema and loads the corpus (always,
// even when unchanged: loading is idempotent), into NEO4J_URI or the embedded Neo4j.
import { parseArgs } from 'node:util';
import { loadConfig, loadDotEnv } from '../config.ts';
import { openNeo4j, type Neo4j } from '../db/neo4j.ts';
import { applySchema } from '../db/schema.ts';
import { EXIT_PROBLEMS, EXIT_USAGE } from './cli-support.ts';
import { CorpusInvalidError, loadCorpus, readValidCorpus } from './load.ts';

const USAGE = 'usage: npm run load [-- --data DIR]';
const log = (line: string) => console.log(line);

let args: { data: string };
try {
  args = parseArgs({ options: { data: { type: 'string', default: 'data' } } }).values as { data: string };
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(EXIT_USAGE);
}

let db: Neo4j | undefined;
try {
  const corpus = readValidCorpus(args.data);
  loadDotEnv();
  db = await openNeo4j(loadConfig(), log);
  await applySchema(db);
  const result = await loadCorpus(db, corpus, { log });
  log(`mentions: ${result.counts.mentions}; dataset version ${result.version}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = error instanceof CorpusInvalidError ? EXIT_PROBLEMS : 1;
} finally {
  await db?.close();
}
