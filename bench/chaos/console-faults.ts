// The console's faults, each beside 20 connections of mixed reads: (a) a flood of runaway
// expressions that outlive their timeout, (b) memory-hungry queries (huge lists, collect over a
// cartesian product), (c) a flood of requests with `CYPHER debug=` options and huge planner output.
// The goals: other routes stay near their unloaded speed, the database stays up (same JVM), the
// server's memory stays flat and nothing of Neo4j's internals comes back.
import { processCpuSeconds } from '../cpu.ts';
import { figures, p95, type Aftermath, type FaultFigures } from './figures.ts';
import { isReady, sleep, type ScenarioTiming } from './scenarios.ts';
import { neo4jPid, type ChaosStack } from './stack.ts';
import { startTraffic, type TrafficResult } from './traffic.ts';

/** CPU-bound expressions that outlive any sane timeout: Neo4j checks for termination between rows, not inside one. */
export const RUNAWAY_QUERY = 'RETURN reduce(s = 0, x IN range(1, 3000000000) | s + x) AS s';
/** Memory-hungry queries: the first fills the heap where Neo4j Community does not count memory. */
export const MEMORY_QUERIES = [
  'WITH [x IN range(1, 20000000) | toString(x)] AS s RETURN size(s)',
  'MATCH (a), (b), (c) RETURN size(collect([a.name, b.name, c.name, elementId(a) + elementId(b)])) AS n',
];
/** Options that make Neo4j print or return its internals, and a query with a huge plan. */
export const DEBUG_QUERIES = [
  'CYPHER debug=printcostcomparisons replan=force EXPLAIN MATCH (n) RETURN n',
  'CYPHER debug=tostring EXPLAIN MATCH (n) RETURN n',
  'CYPHER debug=logicalplan RETURN 1',
  `EXPLAIN ${Array.from({ length: 20 }, (_, i) => `MATCH (n${i})-[r${i}]->(m${i}) WHERE n${i}.name STARTS WITH 'a' RETURN count(*) AS c`).join(' UNION ALL ')}`,
];

type WithConsole = FaultFigures & { console: FaultFigures };

const okDuring = (result: TrafficResult, from: number, to: number) =>
  result.answers.filter((a) => a.sentAt >= from && a.sentAt < to && a.status === 200).map((a) => a.ms);

/** Reads under a console flood of `queries` from `connections` more connections, then how long Neo4j's CPU stays busy. */
async function underConsoleFlood(
  stack: ChaosStack,
  timing: ScenarioTiming,
  flood: { name: string; queries: string[]; connections: number },
) {
  const pid = await neo4jPid();
  const reads = startTraffic({ url: stack.url, connections: timing.connections });
  await sleep(timing.warmS);
  const consoleTraffic = startTraffic({ url: stack.url, connections: flood.connections, cypher: flood.queries });
  const faultAt = Date.now() - reads.startedAt;
  await sleep(timing.faultS);
  const consoleResult = await consoleTraffic.stop();
  const endedAt = Date.now();
  const backAt = endedAt - reads.startedAt;
  const busyAfterMs = pid === null ? null : await cpuBusyFor(pid, timing.afterS, timing.cpuWatchS);
  const result = await reads.stop();
  const p95s = {
    before: p95(okDuring(result, 0, faultAt)),
    during: p95(okDuring(result, faultAt, backAt)),
    after: p95(okDuring(result, backAt, Infinity)),
  };
  const aftermath: Aftermath = {
    cpuBusyAfterMs: busyAfterMs,
    cpuWatchMs: timing.cpuWatchS * 1000,
    sameJvm: pid !== null && (await neo4jPid()) === pid,
  };
  return {
    reads: { ...figures(`${flood.name} (reads)`, result, { faultAt, backAt }), p95: p95s, aftermath },
    console: figures(`${flood.name} (console)`, consoleResult, { faultAt: 0, backAt: 'n/a' }),
    endedAt,
  };
}

/**
 * ms until the JVM uses less than half a core over 1 s (sampled every 0.5 s); watched at least
 * `minS` (the after-traffic keeps running meanwhile) and at most `maxS`.
 */
async function cpuBusyFor(pid: number, minS: number, maxS: number): Promise<number> {
  const started = Date.now();
  let idleSince: number | null = null;
  let last = processCpuSeconds(pid);
  while (Date.now() - started < Math.max(minS, maxS) * 1000) {
    await sleep(0.5);
    const now = processCpuSeconds(pid);
    const busy = (now - last) / 0.5 > 0.5;
    last = now;
    if (busy) idleSince = null;
    else idleSince ??= Date.now() - 500;
    if (idleSince !== null && Date.now() - idleSince >= 1000 && Date.now() - started >= minS * 1000) return idleSince - started;
  }
  return Date.now() - started;
}

export async function runawayConsole(stack: ChaosStack, timing: ScenarioTiming): Promise<WithConsole> {
  const { reads, console } = await underConsoleFlood(stack, timing, { name: 'runaway console', queries: [RUNAWAY_QUERY], connections: 30 });
  return { ...reads, console };
}

export async function memoryHungry(stack: ChaosStack, timing: ScenarioTiming): Promise<WithConsole> {
  const flood = { name: 'memory-hungry console', queries: MEMORY_QUERIES, connections: 2 };
  const { reads, console, endedAt } = await underConsoleFlood(stack, timing, flood);
  let readyAfterMs: number | null = null;
  while (readyAfterMs === null && Date.now() - endedAt < timing.maxWaitBackS * 1000) {
    if (await isReady(stack)) readyAfterMs = Date.now() - endedAt;
    else await sleep(0.5);
  }
  return { ...reads, aftermath: { ...reads.aftermath, readyAfterMs }, console };
}

/**
 * Console requests with debug options or huge plans, from one client's two connections (its share
 * of the console): the server's memory after a warm-up round and after the flood, and what came back.
 */
export async function debugFlood(stack: ChaosStack, timing: ScenarioTiming): Promise<FaultFigures> {
  await sendDebugQueries(stack, 300); // warm-up: the first requests grow caches and JIT code, not leaks
  const before = memoryMb();
  const { answers, leaks } = await sendDebugQueries(stack, timing.consoleRequests);
  const after = memoryMb();
  return {
    ...figures('debug options and huge plans (console)', { answers, noAnswer: 0 }, { faultAt: 0, backAt: 'n/a' }),
    debug: { requests: timing.consoleRequests, rssGrowthMb: after.rss - before.rss, heapGrowthMb: after.heap - before.heap, leaks },
  };
}

/** After a full collection where `--expose-gc` allows one (npm run chaos). */
function memoryMb(): { rss: number; heap: number } {
  global.gc?.();
  const usage = process.memoryUsage();
  return { rss: usage.rss / 1024 ** 2, heap: usage.heapUsed / 1024 ** 2 };
}

async function sendDebugQueries(stack: ChaosStack, total: number): Promise<{ answers: TrafficResult['answers']; leaks: number }> {
  const answers: TrafficResult['answers'] = [];
  let leaks = 0;
  const startedAt = Date.now();
  const worker = async (offset: number) => {
    for (let i = offset; i < total; i += 2) {
      const sent = Date.now();
      const response = await fetch(`${stack.url}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: DEBUG_QUERIES[i % DEBUG_QUERIES.length] }),
      });
      const body = await response.text();
      answers.push({ sentAt: sent - startedAt, ms: Date.now() - sent, status: response.status });
      if (INTERNALS.test(body)) leaks += 1;
    }
  };
  await Promise.all([worker(0), worker(1)]);
  return { answers, leaks };
}

/** What Neo4j's debug options print: its AST, semantic state, logical plans, cost comparisons, Java frames. */
const INTERNALS = /LogicalPlan|SemanticState|Statement\(|cost comparison|\bat [\w.$]+\(/i;
