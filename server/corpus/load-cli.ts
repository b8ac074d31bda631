// `npm run load [-- --data DIR] [--offline]`: validates, applies the schema and loads the corpus
// (always, even when unchanged: loading is idempotent), into NEO4J_URI or the embedded Neo4j.
// --offline writes a new embedded database with Neo4j's offline importer (a first load of a
// large corpus), then starts it to build the indexes and record the version.
import { parseArgs } from 'node:util';
import { loadConfig, loadDotEnv } from '../config.ts';
import { openNeo4j, type Neo4j } from '../db/neo4j.ts';
import { applySchema } from '../db/schema.ts';
import { EXIT_PROBLEMS, EXIT_USAGE } from './cli-support.ts';
import { loadCorpus, type LoadResult } from './load.ts';
import { CorpusInvalidError, readValidCorpus, type ValidCorpus } from './valid-corpus.ts';
import { finishOfflineImport, importCorpusOffline } from './offline-import.ts';
import type { Config } from '../config.ts';

const USAGE = 'usage: npm run load [-- --data DIR] [--offline]';
const log = (line: string) => console.log(line);

let args: { data: string; offline: boolean };
try {
  args = parseArgs({ options: { data: { type: 'string', default: 'data' }, offline: { type: 'boolean', default: false } } }).values;
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(EXIT_USAGE);
}

async function loadOffline(config: Config, corpus: ValidCorpus): Promise<LoadResult> {
  if (config.NEO4J_URI) {
    throw new Error(
      `--offline writes the embedded Neo4j's files, but NEO4J_URI is set (${config.NEO4J_URI}). ` +
        'Load without --offline, or run `neo4j-admin database import full` on that server.',
    );
  }
  const imported = await importCorpusOffline(corpus, {
    dataDir: config.NEO4J_DATA_DIR,
    heapMb: config.NEO4J_HEAP_MB,
    java: config.JAVA,
    log,
  });
  db = await openNeo4j(config, log);
  return finishOfflineImport(db, imported);
}

let db: Neo4j | undefined;
try {
  const corpus = readValidCorpus(args.data);
  loadDotEnv();
  const config = loadConfig();
  let result: LoadResult;
  if (args.offline) {
    result = await loadOffline(config, corpus);
  } else {
    db = await openNeo4j(config, log);
    await applySchema(db);
    result = await loadCorpus(db, corpus);
  }
  const { articles, entities, claims, mentions } = result.counts;
  log(
    `Loaded ${articles} articles, ${entities} entities, ${claims} claims, ${mentions} mentions in ${result.ms} ms; dataset version ${result.version}`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = error instanceof CorpusInvalidError ? EXIT_PROBLEMS : 1;
} finally {
  await db?.close();
}
