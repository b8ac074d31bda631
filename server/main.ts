// Starts entente: config, Neo4j (embedded unless NEO4J_URI), schema, corpus, client, HTTP.
// Ctrl-C / SIGTERM stop everything this process started.
import type { Server } from 'node:http';
import { createApp } from './app.ts';
import { answerClientError } from './http/errors.ts';
import { CLIENT_DIST, ensureClientBuilt } from './client-build.ts';
import { loadConfig, loadDotEnv } from './config.ts';
import { openNeo4j, type Neo4j } from './db/neo4j.ts';
import { applySchema } from './db/schema.ts';
import { loadCorpusIfChanged } from './corpus/load.ts';
import { readValidCorpus } from './corpus/valid-corpus.ts';
import { accessMode, type AccessOptions } from './http/read-access.ts';
import { finishOfflineImport, importCorpusOffline, prefersOfflineImport } from './corpus/offline-import.ts';

const log = (line: string) => console.log(line);
let db: Neo4j | undefined;
let server: Server | undefined;
let stopping = false;

async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    server?.close();
    server?.closeAllConnections();
    await db?.close().catch(() => {});
  }
  process.exit(code);
}

process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

async function main(): Promise<void> {
  const started = Date.now();
  loadDotEnv();
  const config = loadConfig();
  const access: AccessOptions = { host: config.HOST, token: config.ENTENTE_TOKEN, publicReadOnly: config.PUBLIC_READ_ONLY };
  // Exposed without a token or PUBLIC_READ_ONLY: refuse here, before anything starts (names ENTENTE_TOKEN).
  const mode = accessMode(access);
  await ensureClientBuilt(log);
  // Bad data stops the start here, before Neo4j, and loads nothing.
  const corpus = readValidCorpus(config.DATA_DIR);
  const imported = prefersOfflineImport(config, corpus)
    ? await importCorpusOffline(corpus, { dataDir: config.NEO4J_DATA_DIR, heapMb: config.NEO4J_HEAP_MB, java: config.JAVA, log })
    : null;
  db = await openNeo4j(config, log, {
    // The supervisor gave up restarting the embedded Neo4j: a server without its database is no use.
    onLost: (error) => {
      console.error(`entente stops: ${error.message}`);
      void stop(1);
    },
  });
  if (stopping) return;
  if (imported) {
    log('Building the indexes of cypher/schema.cypher over the imported graph...');
    await finishOfflineImport(db, imported);
  } else {
    log('Applying cypher/schema.cypher...');
    await applySchema(db);
    await loadCorpusIfChanged(db, corpus, { source: `${config.DATA_DIR}/`, log });
  }
  server = await listen(
    createApp({
      db,
      limits: config,
      responseCacheMb: config.RESPONSE_CACHE_MB,
      access,
      ingest: { dataDir: config.DATA_DIR, access },
      rateLimits: { consolePerMinute: config.CONSOLE_RATE_PER_MIN, writesPerMinute: config.WRITE_RATE_PER_MIN },
      clientDir: CLIENT_DIST,
    }),
    config.PORT,
    config.HOST,
  );
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  log(`Access: ${ACCESS_NOTE[mode]}`);
  log(`entente is ready at http://${config.HOST}:${port}/ (${((Date.now() - started) / 1000).toFixed(1)} s; Ctrl-C stops it)`);
}

/** What the operator is told at start-up; never the token itself. */
const ACCESS_NOTE = {
  loopback: 'this machine only, no sign-in',
  token: 'ENTENTE_TOKEN required (bearer for API calls; browsers sign in at /sign-in)',
  public: 'PUBLIC_READ_ONLY: anyone who can reach this address may read; writing is off',
} as const;

function listen(app: ReturnType<typeof createApp>, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const listening = app.listen(port, host);
    listening.on('clientError', answerClientError);
    listening.once('listening', () => resolve(listening));
    listening.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} on ${host} is already in use. Stop what uses it or set PORT to another port.`)
          : error,
      );
    });
  });
}

main().catch(async (error: unknown) => {
  console.error(`entente could not start: ${error instanceof Error ? error.message : String(error)}`);
  await stop(1);
});
