// The embedded default: Neo4j Community in a child JVM (neo4j/), Bolt on 127.0.0.1 only.
// Maven resolves the jars once into the local cache; later starts run plain `java` offline.
import type { Config } from '../config.ts';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OutputTail, readInto } from './output-tail.ts';

export const LAUNCHER_DIR = fileURLToPath(new URL('../../neo4j/', import.meta.url));
const CLASSES_DIR = path.join(LAUNCHER_DIR, 'target', 'classes');
const CLASSPATH_FILE = path.join(LAUNCHER_DIR, 'target', 'classpath.txt');
const SOURCES = [path.join(LAUNCHER_DIR, 'pom.xml'), path.join(LAUNCHER_DIR, 'src/main/java/entente/neo4j/EmbeddedNeo4j.java')];

// The module opens Neo4j's own start script passes to Java 17+. No -XX:+ExitOnOutOfMemoryError (off in
// Neo4j's own configuration too): a console query that fills the heap where Community does not
// track memory (a huge list comprehension) then fails alone, and the database stays up.
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-XX:+UseG1GC',
];

export const NO_NEO4J_HELP = [
  'entente needs a Neo4j 5 database. Any one of:',
  '  1. Install Java 17+ and Maven (java and mvn on PATH): `npm start` then runs the embedded Neo4j.',
  '  2. Point NEO4J_URI (with NEO4J_USERNAME / NEO4J_PASSWORD) at a running Neo4j 5 server or Aura.',
  '  3. With Docker: `docker compose up` runs Neo4j and the explorer together.',
].join('\n');

export class EmbeddedNeo4jError extends Error {
  override name = 'EmbeddedNeo4jError';
}

export interface EmbeddedOptions {
  /** Bolt port; 0 picks a free one. */
  boltPort: number;
  dataDir: string;
  heapMb: number;
  pageCacheMb: number;
  txTimeoutSeconds: number;
  /** Most heap one transaction may hold, in MiB (db.memory.transaction.max; default a third of the heap). */
  txMemoryMb?: number;
  /** Java executable (default: JAVA_HOME's, else java on PATH). */
  java?: string;
  /** Progress lines for the user. */
  log?: (line: string) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  /** The last lines the JVM printed (a bounded tail: its output is never kept whole). */
  recentOutput: () => string[];
  /** Settles when the JVM exits, for whatever reason (server/db/supervisor.ts watches it). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then waits for the JVM to exit (SIGKILL after 30 s). */
  stop: () => Promise<void>;
}

/** Compiles the launcher and resolves its jars unless that was already done. */
export function ensureLauncherBuilt(log: (line: string) => void = () => {}): string[] {
  if (!isLauncherBuilt()) {
    log('Resolving Neo4j with Maven (the first run downloads it from Maven Central)...');
    const started = Date.now();
    const mvn = spawnSync('mvn', ['-q', '-B', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), 'compile'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    if (mvn.error && (mvn.error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new EmbeddedNeo4jError(`Maven (mvn) is not on PATH.\n${NO_NEO4J_HELP}`);
    }
    if (mvn.status !== 0) {
      const output = `${mvn.stdout ?? ''}${mvn.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
      throw new EmbeddedNeo4jError(`Maven could not build the embedded Neo4j launcher in ${LAUNCHER_DIR} (exit ${mvn.status}):\n${output}`);
    }
    // Maven leaves an unchanged classpath file untouched; mark it as built now, or every start rebuilds.
    const now = new Date();
    utimesSync(CLASSPATH_FILE, now, now);
    log(`Neo4j resolved in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
  return [CLASSES_DIR, ...readClasspath()];
}

function isLauncherBuilt(): boolean {
  if (!existsSync(CLASSPATH_FILE) || !existsSync(CLASSES_DIR)) return false;
  const builtAt = statSync(CLASSPATH_FILE).mtimeMs;
  if (SOURCES.some((source) => statSync(source).mtimeMs > builtAt)) return false;
  // The local Maven cache may have been cleared since.
  return readClasspath().every((jar) => existsSync(jar));
}

function readClasspath(): string[] {
  return readFileSync(CLASSPATH_FILE, 'utf8').trim().split(path.delimiter).filter(Boolean);
}

function javaExecutable(explicit?: string): string {
  if (explicit) return explicit;
  const home = process.env.JAVA_HOME;
  return home ? path.join(home, 'bin', 'java') : 'java';
}

/** Starts the embedded Neo4j and resolves once Bolt accepts connections. */
/** The embedded Neo4j's options as the configuration sets them (`npm start` and `npm run neo4j` alike). */
export function embeddedOptionsOf(
  config: Pick<
    Config,
    'NEO4J_BOLT_PORT' | 'NEO4J_DATA_DIR' | 'NEO4J_HEAP_MB' | 'NEO4J_PAGECACHE_MB' | 'NEO4J_TX_TIMEOUT_S' | 'NEO4J_TX_MEMORY_MB' | 'JAVA'
  >,
  log: (line: string) => void,
): EmbeddedOptions {
  return {
    boltPort: config.NEO4J_BOLT_PORT,
    dataDir: config.NEO4J_DATA_DIR,
    heapMb: config.NEO4J_HEAP_MB,
    pageCacheMb: config.NEO4J_PAGECACHE_MB,
    txTimeoutSeconds: config.NEO4J_TX_TIMEOUT_S,
    txMemoryMb: config.NEO4J_TX_MEMORY_MB,
    java: config.JAVA,
    log,
  };
}

export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? (() => {});
  const classpath = ensureLauncherBuilt(log);
  log(`Starting the embedded Neo4j (data in ${options.dataDir})...`);
  const started = Date.now();
  const child = spawn(javaExecutable(options.java), [`-Xmx${options.heapMb}m`, ...JVM_FLAGS, 'entente.neo4j.EmbeddedNeo4j'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      // The classpath runs to hundreds of jars: in the environment it keeps `ps` readable.
      CLASSPATH: classpath.join(path.delimiter),
      NEO4J_DATA_DIR: path.resolve(options.dataDir),
      NEO4J_BOLT_PORT: String(options.boltPort),
      NEO4J_PAGECACHE: String(options.pageCacheMb),
      NEO4J_TX_TIMEOUT: String(options.txTimeoutSeconds),
      NEO4J_TX_MEMORY: String(options.txMemoryMb ?? Math.floor(options.heapMb / 3)),
      // All transactions together stay below the heap too: many queries each under the cap at once
      // must not add up to an OutOfMemoryError.
      NEO4J_TX_MEMORY_TOTAL: String(Math.floor(options.heapMb * 0.6)),
    },
  });
  const output = new OutputTail();
  const uri = await waitForReady(child, options, output);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  log(`Neo4j ready at ${uri} (pid ${child.pid}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return { uri, pid: child.pid!, recentOutput: () => output.lines(20), exited, stop: () => stopChild(child) };
}

export interface AdminOptions {
  /** The embedded Neo4j's home: its databases are under data/ there. */
  dataDir: string;
  /** An empty folder for the admin tool's configuration (it reads neo4j.conf from there, if any). */
  confDir: string;
  heapMb: number;
  java?: string;
}

/**
 * Runs Neo4j's admin tool (`neo4j-admin …`, e.g. `database import full`) from the launcher's jars
 * against the embedded home, so the embedded Neo4j then opens what it wrote. Resolves with the
 * exit code and the last 64 kB of the tool's output (an import of a large corpus prints a lot).
 */
export function runNeo4jAdmin(args: string[], options: AdminOptions): Promise<{ code: number | null; output: string }> {
  const classpath = ensureLauncherBuilt();
  const child = spawn(javaExecutable(options.java), [`-Xmx${options.heapMb}m`, ...JVM_FLAGS, 'org.neo4j.cli.AdminTool', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      CLASSPATH: classpath.join(path.delimiter),
      NEO4J_HOME: path.resolve(options.dataDir),
      NEO4J_CONF: options.confDir,
    },
  });
  const output = new OutputTail();
  readInto(child.stdout, output);
  readInto(child.stderr, output);
  return new Promise((resolve, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new EmbeddedNeo4jError(
          error.code === 'ENOENT' ? `Java is not installed (no "${javaExecutable(options.java)}").\n${NO_NEO4J_HELP}` : error.message,
        ),
      ),
    );
    child.once('close', (code) => resolve({ code, output: output.text }));
  });
}

/** Resolves with the Bolt URI the launcher prints once ready; its output goes on into `output`. */
function waitForReady(child: ChildProcess, options: EmbeddedOptions, output: OutputTail): Promise<string> {
  return new Promise((resolve, reject) => {
    const fail = (message: string) => {
      child.kill('SIGKILL');
      reject(new EmbeddedNeo4jError(message));
    };
    const timer = setTimeout(() => fail(`The embedded Neo4j did not start within 120 s.\n${tail(output)}`), 120_000);
    child.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      fail(error.code === 'ENOENT' ? `Java is not installed (no "${javaExecutable(options.java)}").\n${NO_NEO4J_HELP}` : error.message);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new EmbeddedNeo4jError(explainExit(code, output, options)));
    });
    readInto(child.stderr!, output);
    readInto(child.stdout!, output, (line) => {
      const ready = /^NEO4J_READY (bolt:\/\/\S+)$/.exec(line);
      if (!ready) return true;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve(ready[1]!);
      return false;
    });
  });
}

function explainExit(code: number | null, output: OutputTail, options: EmbeddedOptions): string {
  const text = output.text;
  if (/Address already in use|BindException/i.test(text)) {
    return `Port ${options.boltPort} on 127.0.0.1 is already in use, so the embedded Neo4j cannot listen there. Stop what uses it or set NEO4J_BOLT_PORT to another port.`;
  }
  if (/lock/i.test(text) && /store|database|file/i.test(text)) {
    return `Another Neo4j is already using ${path.resolve(options.dataDir)}. Stop it, or set NEO4J_DATA_DIR to another folder.`;
  }
  return `The embedded Neo4j exited (code ${code}) before it was ready.\n${tail(output)}`;
}

function tail(output: OutputTail): string {
  return output.lines(20).join('\n');
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
