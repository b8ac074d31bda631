// `npm run ingest`: see ingest.ts. After a commit, loads data/ into NEO4J_URI or the embedded
// Neo4j the way `npm run load` does.
import { loadConfig, loadDotEnv } from '../config.ts';
import { loadCorpusIfChanged } from '../corpus/load.ts';
import { readValidCorpus } from '../corpus/valid-corpus.ts';
import { applySchema } from '../db/schema.ts';
import { openNeo4j } from '../db/neo4j.ts';
import { runIngest } from './ingest.ts';
import { defaultProposer } from './proposer.ts';

async function loadIntoNeo4j(dataDir: string): Promise<string> {
  const corpus = readValidCorpus(dataDir);
  loadDotEnv();
  const db = await openNeo4j(loadConfig(), (line) => console.log(line));
  try {
    await applySchema(db);
    const result = await loadCorpusIfChanged(db, corpus, { source: dataDir });
    return result === null ? 'the graph already holds this corpus' : `loaded; dataset version ${result.version}`;
  } finally {
    await db.close();
  }
}

process.exitCode = await runIngest(process.argv.slice(2), { propose: defaultProposer, load: loadIntoNeo4j });
