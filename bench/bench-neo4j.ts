// The benchmark's Neo4j: NEO4J_URI when set (its graph is replaced, so the caller must have said
// --yes), otherwise a fresh embedded Neo4j in a throw-away folder, with a heap and page cache
// sized for the scale instead of the app's small defaults.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Config } from '../server/config.ts';
import { startEmbeddedNeo4j } from '../server/db/embedded.ts';
import { openNeo4j, type Neo4j } from '../server/db/neo4j.ts';

export interface BenchNeo4j {
  db: Neo4j;
  source: 'embedded' | 'external';
  /** The embedded JVM's pid, for its peak RSS; null for NEO4J_URI. */
  jvmPid: number | null;
  heapMb: number | null;
  pageCacheMb: number | null;
  /** Closes the driver, stops the JVM this run started and removes its folder. */
  close(): Promise<void>;
}

export interface BenchNeo4jOptions {
  config: Config;
  heapMb: number;
  pageCacheMb: number;
  log: (line: string) => void;
  /** Writes the new database's files before the embedded JVM starts (the offline import). */
  prepare?: (dataDir: string) => Promise<void>;
}

export async function openBenchNeo4j({ config, heapMb, pageCacheMb, log, prepare }: BenchNeo4jOptions): Promise<BenchNeo4j> {
  if (config.NEO4J_URI) {
    if (prepare) throw new Error('the offline import writes an embedded database: unset NEO4J_URI, or use --loader transactional');
    const db = await openNeo4j(config, log);
    return { db, source: 'external', jvmPid: null, heapMb: null, pageCacheMb: null, close: () => db.close() };
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'entente-bench-neo4j-'));
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  let embedded;
  try {
    await prepare?.(dataDir);
    // A long timeout: the switch-over of a million-claim load is one transaction.
    embedded = await startEmbeddedNeo4j({ boltPort: 0, dataDir, heapMb, pageCacheMb, txTimeoutSeconds: 1800, java: config.JAVA, log });
  } catch (error) {
    removeDir();
    throw error;
  }
  const stopJvm = embedded.stop;
  try {
    // Through the app's own module, as the loader and the API use it (no auth on loopback).
    const db = await openNeo4j(
      { ...config, NEO4J_URI: embedded.uri, NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: '', NEO4J_DATABASE: 'neo4j' },
      log,
    );
    return {
      db,
      source: 'embedded',
      jvmPid: embedded.pid,
      heapMb,
      pageCacheMb,
      close: async () => {
        await db.close();
        await stopJvm();
        removeDir();
      },
    };
  } catch (error) {
    await stopJvm();
    removeDir();
    throw error;
  }
}
