// `npm run neo4j`: the embedded Neo4j alone, in the foreground, until Ctrl-C.
import { loadConfig, loadDotEnv } from '../config.ts';
import { embeddedOptionsOf, startEmbeddedNeo4j } from './embedded.ts';

const log = (line: string) => console.log(line);

try {
  loadDotEnv();
  const config = loadConfig();
  const neo4j = await startEmbeddedNeo4j(embeddedOptionsOf(config, log));
  log(`Connect with NEO4J_URI=${neo4j.uri} (no credentials; loopback only). Ctrl-C stops it.`);
  const stop = async () => {
    await neo4j.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
