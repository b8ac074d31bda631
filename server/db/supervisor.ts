// Keeps the embedded Neo4j running: when its JVM exits without being asked to (a crash, an
// out-of-memory exit, a kill), it is started again on the same Bolt port, so the one driver
// reconnects by itself and nothing else in the server changes. Meanwhile requests get 503 from
// the driver. Restarts back off; after too many in a row it gives up and says why, and the
// server exits non-zero (server/main.ts).
import { EmbeddedNeo4jError, type EmbeddedNeo4j } from './embedded.ts';

export interface SupervisorOptions {
  /** Starts one JVM; `port` is the Bolt port the first one got (0 before it). */
  start: (port: number) => Promise<EmbeddedNeo4j>;
  log: (line: string) => void;
  /** Called once, when restarting has failed `maxRestarts` times in a row. */
  onGiveUp: (error: EmbeddedNeo4jError) => void;
  /** Restarts in a row before giving up (a JVM that stayed up `stableMs` resets the count). */
  maxRestarts?: number;
  stableMs?: number;
  /** Wait before the n-th restart in a row: firstBackoffMs × 2^(n−1), at most 30 s. */
  firstBackoffMs?: number;
}

export interface SupervisedNeo4j {
  uri: string;
  /** The running JVM's pid; undefined while it restarts. */
  pid: () => number | undefined;
  restarting: () => boolean;
  /** Stops supervising and stops the JVM (and one being started). */
  stop: () => Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function superviseEmbedded(options: SupervisorOptions): Promise<SupervisedNeo4j> {
  const { start, log, onGiveUp, maxRestarts = 5, stableMs = 60_000, firstBackoffMs = 500 } = options;
  let current: EmbeddedNeo4j | undefined = await start(0);
  const port = Number(new URL(current.uri).port);
  let stopping = false;
  let starting: Promise<EmbeddedNeo4j> | undefined;
  let inARow = 0;

  const watch = async (running: EmbeddedNeo4j, since: number): Promise<void> => {
    const { code, signal } = await running.exited;
    if (stopping) return;
    current = undefined;
    if (Date.now() - since >= stableMs) inARow = 0;
    log(`The embedded Neo4j (pid ${running.pid}) exited unexpectedly (${signal ?? `code ${code}`}); restarting it on port ${port}...`);
    let lastError: unknown = new EmbeddedNeo4jError(`it exited (${signal ?? `code ${code}`})`);
    while (!stopping) {
      if (inARow >= maxRestarts) return giveUp(lastError);
      inARow += 1;
      await sleep(Math.min(firstBackoffMs * 2 ** (inARow - 1), 30_000));
      if (stopping) return;
      try {
        starting = start(port);
        current = await starting;
        log(`The embedded Neo4j is back (pid ${current.pid}, restart ${inARow} in a row).`);
        return void watch(current, Date.now());
      } catch (error) {
        lastError = error;
        log(`Restarting the embedded Neo4j failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      } finally {
        starting = undefined;
      }
    }
  };

  const giveUp = (cause: unknown) => {
    const reason = cause instanceof Error ? cause.message : String(cause);
    onGiveUp(new EmbeddedNeo4jError(`The embedded Neo4j could not be kept running (${maxRestarts} restarts in a row): ${reason}`));
  };

  void watch(current, Date.now());
  return {
    uri: current.uri,
    pid: () => current?.pid,
    restarting: () => current === undefined && !stopping,
    stop: async () => {
      stopping = true;
      const pending = await starting?.catch(() => undefined);
      await Promise.all([current?.stop(), pending?.stop()]);
    },
  };
}
