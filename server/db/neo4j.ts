// The one place that decides which Neo4j entente talks to: NEO4J_URI when set, otherwise the
// embedded default. Everything else receives a connected Neo4j from here.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { startEmbeddedNeo4j } from './embedded.ts';

export interface Neo4j {
  driver: Driver;
  database: string;
  uri: string;
  source: 'external' | 'embedded';
  /** Closes the driver and stops the embedded database if this process started it. */
  close(): Promise<void>;
}

export class Neo4jUnavailableError extends Error {
  override name = 'Neo4jUnavailableError';
}

export type Neo4jConfig = Pick<
  Config,
  | 'NEO4J_URI'
  | 'NEO4J_USERNAME'
  | 'NEO4J_PASSWORD'
  | 'NEO4J_DATABASE'
  | 'NEO4J_BOLT_PORT'
  | 'NEO4J_DATA_DIR'
  | 'NEO4J_HEAP_MB'
  | 'NEO4J_PAGECACHE_MB'
  | 'NEO4J_TX_TIMEOUT_S'
  | 'NEO4J_TX_MEMORY_MB'
  | 'NEO4J_CONNECT_TIMEOUT_S'
  | 'JAVA'
>;

export async function openNeo4j(config: Neo4jConfig, log: (line: string) => void = () => {}): Promise<Neo4j> {
  if (config.NEO4J_URI) {
    log(`Connecting to Neo4j at ${config.NEO4J_URI}...`);
    const auth = neo4j.auth.basic(config.NEO4J_USERNAME, config.NEO4J_PASSWORD);
    return connect({ uri: config.NEO4J_URI, auth, config, source: 'external', stop: async () => {} });
  }
  const embedded = await startEmbeddedNeo4j({
    boltPort: config.NEO4J_BOLT_PORT,
    dataDir: config.NEO4J_DATA_DIR,
    heapMb: config.NEO4J_HEAP_MB,
    pageCacheMb: config.NEO4J_PAGECACHE_MB,
    txTimeoutSeconds: config.NEO4J_TX_TIMEOUT_S,
    txMemoryMb: config.NEO4J_TX_MEMORY_MB,
    java: config.JAVA,
    log,
  });
  try {
    // The embedded database listens on loopback only and runs without authentication.
    return await connect({ uri: embedded.uri, auth: undefined, config, source: 'embedded', stop: embedded.stop });
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}

interface ConnectOptions {
  uri: string;
  auth: ReturnType<typeof neo4j.auth.basic> | undefined;
  config: Neo4jConfig;
  source: Neo4j['source'];
  stop: () => Promise<void>;
}

async function connect({ uri, auth, config, source, stop }: ConnectOptions): Promise<Neo4j> {
  const timeoutMs = config.NEO4J_CONNECT_TIMEOUT_S * 1000;
  const driver = neo4j.driver(uri, auth, {
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    // Integers stay exact (the driver's Integer); to-plain.ts makes them JSON numbers or strings.
    userAgent: 'entente',
  });
  try {
    await withTimeout(driver.getServerInfo({ database: config.NEO4J_DATABASE }), timeoutMs);
  } catch (error) {
    await driver.close();
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Neo4jUnavailableError(
      `Cannot reach Neo4j at ${uri}: ${reason}\n` +
        'Check that the server is running and reachable from here, and that NEO4J_URI, NEO4J_USERNAME, ' +
        'NEO4J_PASSWORD and NEO4J_DATABASE are right. Unset NEO4J_URI to use the embedded Neo4j.',
    );
  }
  return {
    driver,
    database: config.NEO4J_DATABASE,
    uri,
    source,
    close: async () => {
      await driver.close();
      await stop();
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
