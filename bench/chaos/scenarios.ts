// The database faults, each under 20 connections of mixed reads: freeze Neo4j (SIGSTOP …
// SIGCONT), kill it (SIGKILL), restart it (SIGTERM: the supervisor brings it back). Each returns
// its figures (figures.ts); durations come from the caller, so `npm run chaos` and the short test
// run the same code. The console's faults are in console-faults.ts.
import type { ChaosStack } from './stack.ts';
import { neo4jPid } from './stack.ts';
import { figures, type FaultFigures } from './figures.ts';
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
  /** How long to watch Neo4j's CPU after a console flood, for when it goes idle. */
  cpuWatchS: number;
  /** Requests in the debug-options flood. */
  consoleRequests: number;
}

export const sleep = (s: number) => new Promise((resolve) => setTimeout(resolve, s * 1000));

async function signalNeo4j(signal: NodeJS.Signals): Promise<number> {
  const pid = await neo4jPid();
  if (pid === null) throw new Error('no embedded Neo4j to signal');
  process.kill(pid, signal);
  return pid;
}

export async function freeze(stack: ChaosStack, timing: ScenarioTiming): Promise<FaultFigures> {
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
export async function stopNeo4j(stack: ChaosStack, timing: ScenarioTiming, signal: 'SIGKILL' | 'SIGTERM'): Promise<FaultFigures> {
  const traffic = startTraffic({ url: stack.url, connections: timing.connections });
  await sleep(timing.warmS);
  const pid = await signalNeo4j(signal);
  const faultAt = Date.now() - traffic.startedAt;
  const back = await waitForNewNeo4j(stack, pid, timing.maxWaitBackS);
  const backAt = back ? Date.now() - traffic.startedAt : null;
  if (backAt !== null) await servedAgain(traffic, backAt, timing.maxWaitBackS);
  if (backAt !== null) await sleep(timing.afterS);
  const name = signal === 'SIGKILL' ? 'kill (SIGKILL)' : 'restart (SIGTERM)';
  return figures(name, await traffic.stop(), { faultAt, backAt });
}

/** Until a request sent after the database was back gets a 200 (at most `maxS`), so the figures can tell how long that took. */
async function servedAgain(traffic: Traffic, backAt: number, maxS: number): Promise<void> {
  const deadline = Date.now() + maxS * 1000;
  while (Date.now() < deadline && !traffic.answers.some((a) => a.status === 200 && a.sentAt >= backAt)) await sleep(0.25);
}

/** True once another JVM than `oldPid` runs and `/api/ready` says the database is ready (as an operator sees it). */
async function waitForNewNeo4j(stack: ChaosStack, oldPid: number, maxS: number): Promise<boolean> {
  const deadline = Date.now() + maxS * 1000;
  while (Date.now() < deadline) {
    const pid = await neo4jPid();
    if (pid !== null && pid !== oldPid && (await isReady(stack))) return true;
    await sleep(0.25);
  }
  return false;
}

export async function isReady(stack: ChaosStack): Promise<boolean> {
  const answer = await fetch(`${stack.url}/api/ready`).catch(() => null);
  await answer?.body?.cancel();
  return answer?.status === 200;
}
