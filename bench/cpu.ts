// CPU accounting for a phase: the benchmark's own processes (this Node process, the embedded
// Neo4j JVM) against the whole machine, from /proc. On a shared machine, wall-clock figures alone
// mislead; "claims per CPU-second" and "what others used" make them readable.
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

interface Snapshot {
  machineBusy: number;
  machineTotal: number;
  own: number;
  at: number;
}

/**
 * utime + stime of a process (all its threads) and of its children that have exited (the load
 * generators), in seconds; 0 where /proc is not readable.
 */
export function processCpuSeconds(pid: number | 'self'): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

function machineCpuSeconds(): { busy: number; total: number } {
  try {
    const ticks = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
    const total = ticks.reduce((sum, value) => sum + value, 0);
    const idle = ticks[3]! + ticks[4]!;
    return { busy: (total - idle) / TICKS_PER_SECOND, total: total / TICKS_PER_SECOND };
  } catch {
    return { busy: 0, total: 0 };
  }
}

export interface CpuFigures {
  /** CPU-seconds used by this Node process (and its finished children) during the phase. */
  nodeSeconds: number;
  /** CPU-seconds used by the embedded Neo4j JVM (null for NEO4J_URI). */
  neo4jSeconds: number | null;
  /** Share of the machine's CPU time (all cores) that other processes used: 0 is a quiet machine. */
  otherProcessesShare: number;
}

/**
 * `stop(startedJvmPid)` counts a JVM that started during the phase (an offline import's database)
 * over its whole life; an importer run as a child of this process counts as Node's.
 */
export function startCpuMeter(jvmPid: number | null): { stop(startedJvmPid?: number | null): CpuFigures } {
  const take = (pid = jvmPid): Snapshot & { node: number; jvm: number } => {
    const node = processCpuSeconds('self');
    const jvm = pid === null ? 0 : processCpuSeconds(pid);
    const { busy, total } = machineCpuSeconds();
    return { machineBusy: busy, machineTotal: total, own: node + jvm, node, jvm, at: Date.now() };
  };
  const before = take();
  return {
    stop(startedJvmPid = null) {
      const pid = startedJvmPid ?? jvmPid;
      const after = take(pid);
      const total = after.machineTotal - before.machineTotal;
      const others = after.machineBusy - before.machineBusy - (after.own - before.own);
      return {
        nodeSeconds: after.node - before.node,
        neo4jSeconds: pid === null ? null : after.jvm - before.jvm,
        otherProcessesShare: total > 0 ? Math.min(1, Math.max(0, others / total)) : 0,
      };
    },
  };
}
