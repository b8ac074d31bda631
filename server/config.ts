// The one place the environment is read. Every variable is documented here, in .env.example and
// in the README's configuration table; a bad value stops start-up with the variable's name.
import { existsSync } from 'node:fs';
import { z } from 'zod';

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const optionalText = z.string().trim().min(1).optional().catch(undefined);
const flag = z
  .enum(['1', 'true', 'yes', '0', 'false', 'no'], 'must be 1 or 0 (true or false)')
  .default('0')
  .transform((value) => ['1', 'true', 'yes'].includes(value));

const EnvSchema = z.object({
  /** HTTP port of the explorer; 0 picks a free one. */
  PORT: port(3000),
  /** Interface the explorer listens on. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** An existing Neo4j 5 server (Aura included). Unset: the embedded default is started. */
  NEO4J_URI: z
    .string()
    .trim()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must be a bolt:// or neo4j:// URI (optionally +s or +ssc)')
    .optional(),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  /** Bolt port of the embedded Neo4j; 0 picks a free one. */
  NEO4J_BOLT_PORT: port(7687),
  /** Where the embedded Neo4j keeps its files. */
  NEO4J_DATA_DIR: z.string().min(1).default('.neo4j'),
  /** Embedded Neo4j JVM heap and page cache, in MiB. */
  NEO4J_HEAP_MB: positiveInt(768),
  NEO4J_PAGECACHE_MB: positiveInt(256),
  /** Server-side default transaction timeout of the embedded Neo4j, in seconds. */
  NEO4J_TX_TIMEOUT_S: positiveInt(60),
  /** Most heap one transaction of the embedded Neo4j may hold (db.memory.transaction.max), in MiB: past it, 422 memory_limit. */
  NEO4J_TX_MEMORY_MB: positiveInt(256),
  /** How long to wait for Neo4j to answer at start-up, in seconds. */
  NEO4J_CONNECT_TIMEOUT_S: positiveInt(20),
  /**
   * Once serving: how long a request waits for a Neo4j connection (acquiring, connecting, retrying)
   * before it is answered 503. Short, so an unreachable or restarting database is said at once.
   */
  NEO4J_ACQUIRE_TIMEOUT_MS: positiveInt(1500),
  /** Every API request's deadline: past it, 504 timeout (the console's is CYPHER_TIMEOUT_MS). */
  REQUEST_TIMEOUT_MS: positiveInt(10_000),
  /** The deadline of "Add article" (it writes data/ and loads the corpus). */
  INGEST_TIMEOUT_MS: positiveInt(120_000),
  /** The Cypher console: per-query timeout, row cap and response size cap. */
  CYPHER_TIMEOUT_MS: positiveInt(5000),
  CYPHER_MAX_ROWS: positiveInt(1000),
  CYPHER_MAX_BYTES: positiveInt(5_000_000),
  /** Console queries running at once, overall and per client (beyond them: 429 busy). */
  CYPHER_MAX_CONCURRENT: positiveInt(4),
  CYPHER_MAX_CONCURRENT_PER_CLIENT: positiveInt(2),
  /** The most nodes /api/graph returns for one view (the rest is reported as truncated). */
  GRAPH_MAX_NODES: positiveInt(2000),
  /** The most claims one view carries: a hub's neighbourhood can hold hundreds of thousands. */
  GRAPH_MAX_CLAIMS: positiveInt(20_000),
  /** Memory for answers of the read API, kept until the dataset version changes; 0 turns it off. */
  RESPONSE_CACHE_MB: z.coerce.number().int().min(0).default(64),
  /** The corpus folder: read at start-up, written by "Add article". */
  DATA_DIR: z.string().min(1).default('data'),
  /** The access token: when set, every API call and page needs it (bearer, or a browser's sign-in); required when HOST is not loopback. */
  ENTENTE_TOKEN: optionalText,
  /** Open the explorer read-only to everyone who can reach HOST, with every write route off (instead of a token). */
  PUBLIC_READ_ONLY: flag,
  /** Console queries (POST /api/cypher, saved query runs) per client address per minute; beyond it, 429. */
  CONSOLE_RATE_PER_MIN: positiveInt(120),
  /** Writes (/api/ingest/*) and sign-in attempts per client address per minute; beyond it, 429. */
  WRITE_RATE_PER_MIN: positiveInt(20),
  /** Java executable for the embedded Neo4j (default: java on PATH, or JAVA_HOME's). */
  JAVA: optionalText,
  JAVA_HOME: optionalText,
});

export type Config = z.infer<typeof EnvSchema>;

/** Limits on what one request may ask of Neo4j. */
export type ApiLimits = Pick<
  Config,
  | 'CYPHER_TIMEOUT_MS'
  | 'CYPHER_MAX_ROWS'
  | 'CYPHER_MAX_BYTES'
  | 'CYPHER_MAX_CONCURRENT'
  | 'CYPHER_MAX_CONCURRENT_PER_CLIENT'
  | 'GRAPH_MAX_NODES'
  | 'GRAPH_MAX_CLAIMS'
  | 'REQUEST_TIMEOUT_MS'
  | 'INGEST_TIMEOUT_MS'
>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (FOO= in a .env file) means "not set", not "set to nothing".
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
}

/** Reads ./.env into process.env when it exists; variables already set win. */
export function loadDotEnv(file = '.env'): void {
  if (existsSync(file)) process.loadEnvFile(file);
}
