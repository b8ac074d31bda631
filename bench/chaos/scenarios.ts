// The four faults, each under 20 connections of mixed reads: freeze Neo4j (SIGSTOP … SIGCONT),
// kill it (SIGKILL), restart it (SIGTERM: the supervisor brings it back), and fill the console
// with runaway queries. Each returns its figures (figures.ts); durations come from the caller, so
// `npm run chaos` and the short test run the same code.
import { portAccepts } from './port.ts';
import type { ChaosStack } from './stack.ts';
import { neo4jPid } from './stack.ts';
import { figures, p95, type ScenarioFigures } from './figures.ts';
import { startTraffic, type Traffic } from './traffic.ts';

export interface ScenarioTiming {
  /** Traffic before the fault. */
  warmS: number;
  /** How long the database stays frozen, or the console flooded. */
  faultS: number;
  /** Traffic after the database is back. */
  afterS: number;
  /** How long to wait for a killed database to come back before calling it lost. */
  maxWaitBackS: number;
  connections: number;
}

const sleep = (s: number) => new Promise((resolve) => setTimeout(resolve, s * 1000));
type Partial = Omit<ScenarioFigures, 'dataUnchanged'>;

async function signalNeo4j(signal: NodeJS.Signals): Promise<number> {
  const pid = await neo4jPid();
  if (pid === null) throw new Error('no embedded Neo4j to signal');
  process.kill(pid, signal);
  return pid;
}

export async function freeze(stack: ChaosStack, timing: ScenarioTiming): Promise<Partial> {
  const traffic = startTraffic({ url: stack.url, connections: timing.connections });
  await sleep(timing.warmS);
  const pid = await signalNeo4j('SIGSTOP');
  const faultAt = Date.now() - traffic.startedAt;
  try {
    await sleep(timing.faultS);
  } finally {
    process.kill(pid, 'SIGCONT');
  }
  const backAt = Date.now() - traffic.startedAt;
  await sleep(timing.afterS);
  return figures(`freeze ${timing.faultS} s`, await traffic.stop(), { faultAt, backAt });
}

/** SIGKILL (a crash) or SIGTERM (an orderly stop nobody asked for): the database should come back by itself. */
export async function stopNeo4j(stack: ChaosStack, timing: ScenarioTiming, signal: 'SIGKILL' | 'SIGTERM'): Promise<Partial> {
  const traffic = startTraffic({ url: stack.url, connections: timing.connections });
  await sleep(timing.warmS);
  const pid = await signalNeo4j(signal);
  const faultAt = Date.now() - traffic.startedAt;
  const back = await waitForNewNeo4j(stack, pid, timing.maxWaitBackS);
  const backAt = back ? Date.now() - traffic.startedAt : null;
  if (back) await sleep(timing.afterS);
  const name = signal === 'SIGKILL' ? 'kill (SIGKILL)' : 'restart (SIGTERM)';
  return figures(name, await traffic.stop(), { faultAt, backAt });
}

/** True once another JVM than `oldPid` listens on the database's Bolt port. */
async function waitForNewNeo4j(stack: ChaosStack, oldPid: number, maxS: number): Promise<boolean> {
  const port = Number(new URL(stack.db.uri).port);
  const deadline = Date.now() + maxS * 1000;
  while (Date.now() < deadline) {
    const pid = await neo4jPid();
    if (pid !== null && pid !== oldPid && (await portAccepts(port))) return true;
    await sleep(0.25);
  }
  return false;
}

/** CPU-bound expressions that outlive any sane timeout if nothing stops them. */
export const RUNAWAY_QUERY = 'RETURN reduce(s = 0, x IN range(1, 3000000000) | s + x) AS s';

export async function runawayConsole(stack: ChaosStack, timing: ScenarioTiming): Promise<Partial & { console: Partial }> {
  const reads = startTraffic({ url: stack.url, connections: timing.connections });
  await sleep(timing.warmS);
  const flood = startTraffic({ url: stack.url, connections: 10, cypher: RUNAWAY_QUERY });
  const faultAt = Date.now() - reads.startedAt;
  await sleep(timing.faultS);
  const consoleResult = await flood.stop();
  const backAt = Date.now() - reads.startedAt;
  await sleep(timing.afterS);
  const result = await reads.stop();
  const during = result.answers.filter((a) => a.sentAt >= faultAt && a.sentAt < backAt && a.status === 200);
  const before = result.answers.filter((a) => a.sentAt < faultAt && a.status === 200);
  return {
    ...figures('runaway console (reads)', result, { faultAt, backAt }),
    p95: { before: p95(before.map((a) => a.ms)), during: p95(during.map((a) => a.ms)) },
    console: figures('runaway console (console)', consoleResult, { faultAt: 0, backAt: null }),
  };
}

export type { Traffic };
