// One entente for a chaos run: its own embedded Neo4j (own data folder, own Bolt port), the seed
// corpus, and the app on a free HTTP port, all in this process, as `npm start` wires them. The
// JVM is found as this process's java child, so a scenario can freeze or kill it by pid.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { openNeo4j, type Neo4j } from '../../server/db/neo4j.ts';
import { applySchema } from '../../server/db/schema.ts';
import { loadCorpusIfChanged } from '../../server/corpus/load.ts';
import { readValidCorpus } from '../../server/corpus/valid-corpus.ts';
import { MIXED_READS } from './traffic.ts';

const SEED_DATA = fileURLToPath(new URL('../../data', import.meta.url));

export interface ChaosStack {
  url: string;
  db: Neo4j;
  close(): Promise<void>;
}

export interface StackOptions {
  /** The embedded Neo4j's folder (kept between stacks, so the corpus loads once). */
  neo4jDataDir: string;
  /** Extra environment (REQUEST_TIMEOUT_MS, CYPHER_TIMEOUT_MS, …) read through the app's config. */
  env?: Record<string, string>;
  log?: (line: string) => void;
}

export async function startStack({ neo4jDataDir, env = {}, log = () => {} }: StackOptions): Promise<ChaosStack> {
  // The console's rate limit off: the floods test the slots and Neo4j, not the limiter's 429s.
  const config = loadConfig({
    NEO4J_BOLT_PORT: '0',
    NEO4J_DATA_DIR: neo4jDataDir,
    NEO4J_HEAP_MB: '512',
    CONSOLE_RATE_PER_MIN: '1000000',
    ...env,
  });
  const db = await openNeo4j(config, log);
  try {
    await applySchema(db);
    await loadCorpusIfChanged(db, readValidCorpus(SEED_DATA), { source: 'data/', log });
    // No response cache: every request reaches Neo4j, the worst case for a fault.
    const app = createApp({ db, limits: config, responseCacheMb: 0, log });
    const server = await listen(app);
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    await warmUp(url);
    return { url, db, close: () => closeStack(server, db) };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** Each route once until it answers 200: the first run of a query plans it, which is not what a fault costs. */
async function warmUp(url: string): Promise<void> {
  const deadline = Date.now() + 180_000;
  for (const path of MIXED_READS) {
    while ((await fetch(url + path).catch(() => null))?.status !== 200) {
      if (Date.now() > deadline) throw new Error(`${path} does not answer 200; the stack is not fit for a chaos run`);
    }
  }
}

function listen(app: ReturnType<typeof createApp>): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(0, '127.0.0.1');
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
}

async function closeStack(server: Server, db: Neo4j): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await db.close().catch(() => {});
}

/** The embedded JVM: this process's java child (after a restart, the new one). Asynchronous, so polling it does not stall the server under test. */
export async function neo4jPid(): Promise<number | null> {
  let out = '';
  try {
    out = (await promisify(execFile)('ps', ['-o', 'pid=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' })).stdout;
  } catch {
    return null; // ps exits 1 when there is no child
  }
  const java = out
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .find(([, command]) => command === 'java');
  return java ? Number(java[0]) : null;
}
