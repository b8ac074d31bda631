// `npm run neo4j`: the embedded Neo4j alone, in the foreground, until Ctrl-C.
import { loadConfig, loadDotEnv } from '../config.ts';
import { startEmbeddedNeo4j } from './embedded.ts';

const log = (line: string) => console.log(line);

try {
  loadDotEnv();
  const config = loadConfig();
  const neo4j = await startEmbeddedNeo4j({
    boltPort: config.NEO4J_BOLT_PORT,
    dataDir: config.NEO4J_DATA_DIR,
    heapMb: config.NEO4J_HEAP_MB,
    pageCacheMb: config.NEO4J_PAGECACHE_MB,
    txTimeoutSeconds: config.NEO4J_TX_TIMEOUT_S,
    txMemoryMb: config.NEO4J_TX_MEMORY_MB,
    java: config.JAVA,
    log,
  });
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
