// The one place that decides which Neo4j entente talks to: NEO4J_URI when set, otherwise the
// embedded default. Everything else receives a connected Neo4j from here.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { embeddedOptionsOf, startEmbeddedNeo4j } from './embedded.ts';
import { superviseEmbedded } from './supervisor.ts';

export interface Neo4j {
  driver: Driver;
  database: string;
  uri: string;
  source: 'external' | 'embedded';
  /** Server-side timeout of the API's reads (none: Neo4j's default): past the request's deadline nobody waits for them, so Neo4j stops them. */
  readTimeoutMs?: number;
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
  | 'NEO4J_ACQUIRE_TIMEOUT_MS'
  | 'REQUEST_TIMEOUT_MS'
  | 'JAVA'
>;

export interface OpenOptions {
  /** The embedded Neo4j could not be kept running (server/db/supervisor.ts); default: logged. */
  onLost?: (error: Error) => void;
}

export async function openNeo4j(config: Neo4jConfig, log: (line: string) => void = () => {}, { onLost }: OpenOptions = {}): Promise<Neo4j> {
  if (config.NEO4J_URI) {
    log(`Connecting to Neo4j at ${config.NEO4J_URI}...`);
    const auth = neo4j.auth.basic(config.NEO4J_USERNAME, config.NEO4J_PASSWORD);
    return connect({ uri: config.NEO4J_URI, auth, config, source: 'external', stop: async () => {} });
  }
  const embedded = await superviseEmbedded({
    // A restart takes the port the first start got, so the driver finds the database again.
    start: (port) => startEmbeddedNeo4j({ ...embeddedOptionsOf(config, log), boltPort: port || config.NEO4J_BOLT_PORT }),
    log,
    onGiveUp: onLost ?? ((error) => log(error.message)),
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
  const acquireMs = config.NEO4J_ACQUIRE_TIMEOUT_MS;
  const driver = neo4j.driver(uri, auth, {
    // Short on purpose: a request that cannot get a working connection soon is answered 503 now,
    // rather than after the driver's defaults (60 s to acquire, 30 s of retries).
    connectionTimeout: acquireMs,
    connectionAcquisitionTimeout: acquireMs,
    // A retry starts only within this, so a failing query gives up within about acquireMs + 1 s;
    // one quick retry still replaces a connection the database closed while restarting.
    maxTransactionRetryTime: Math.round(acquireMs / 3),
    // Integers stay exact (the driver's Integer); to-plain.ts makes them JSON numbers or strings.
    userAgent: 'entente',
  });
  try {
    await untilAnswers(driver, config.NEO4J_DATABASE, config.NEO4J_CONNECT_TIMEOUT_S * 1000);
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
    readTimeoutMs: config.REQUEST_TIMEOUT_MS,
    close: async () => {
      await driver.close();
      await stop();
    },
  };
}

/** Start-up waits longer than a request: a database started beside us may still be coming up. */
async function untilAnswers(driver: Driver, database: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await withTimeout(driver.getServerInfo({ database }), Math.max(1, deadline - Date.now()));
      return;
    } catch (error) {
      if (Date.now() + 500 >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${(ms / 1000).toFixed(1)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
