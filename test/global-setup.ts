// Picks the Neo4j for the whole test run, the way the app does: NEO4J_URI if set; Testcontainers
// when a Docker engine answers; else the embedded default on a free port in a throw-away folder.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j } from '../server/db/embedded.ts';
import type { TestNeo4j } from './support/neo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/** The Neo4j version pinned in neo4j/pom.xml; the container image uses the same. */
export function pinnedNeo4jVersion(): string {
  const pom = readFileSync(new URL('../neo4j/pom.xml', import.meta.url), 'utf8');
  return /<neo4j.version>([^<]+)<\/neo4j.version>/.exec(pom)![1]!;
}

async function dockerAnswers(): Promise<boolean> {
  // A failing import is a broken install and must fail the run; only "no runtime" falls through.
  const { getContainerRuntimeClient } = await import('testcontainers');
  try {
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.NEO4J_URI;
  if (external) {
    console.log(`[tests] Neo4j: NEO4J_URI ${external}`);
    project.provide('neo4j', {
      uri: external,
      username: process.env.NEO4J_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
      source: 'external',
    });
    return async () => {};
  }

  if (await dockerAnswers()) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer(`neo4j:${pinnedNeo4jVersion()}-community`)
      .withPassword('entente-test')
      // As docker-compose.yml: a memory-hungry query fails alone (422 memory_limit).
      .withEnvironment({ NEO4J_db_memory_transaction_max: '256M' })
      .start();
    console.log(`[tests] Neo4j: Testcontainers ${container.getBoltUri()}`);
    project.provide('neo4j', {
      uri: container.getBoltUri(),
      username: container.getUsername(),
      password: container.getPassword(),
      database: 'neo4j',
      source: 'container',
    });
    return async () => void (await container.stop());
  }

  const dataDir = mkdtempSync(path.join(tmpdir(), 'entente-test-neo4j-'));
  const embedded = await startEmbeddedNeo4j({
    boltPort: 0,
    dataDir,
    heapMb: 1024,
    pageCacheMb: 128,
    txTimeoutSeconds: 60,
    log: (line) => console.log(`[tests] ${line}`),
  });
  console.log(`[tests] Neo4j: embedded ${embedded.uri} (pid ${embedded.pid}, data ${dataDir})`);
  project.provide('neo4j', { uri: embedded.uri, username: 'neo4j', password: '', database: 'neo4j', source: 'embedded' });
  return async () => {
    await embedded.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
