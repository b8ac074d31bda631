// What a chaos scenario reports, computed from the recorded answers, and the table it prints in.
import type { TrafficResult } from './traffic.ts';

export interface ScenarioFigures {
  scenario: string;
  requests: number;
  byStatus: Record<string, number>;
  noAnswer: number;
  slowestMs: number;
  /** ms from the fault to the first 503/504 answer; null when none came. */
  firstErrorMs: number | null;
  /** Whether the database came back (by itself) within the run; null where it was never down (the console's own rows). */
  dbBack: boolean | null;
  /**
   * ms from the database being back to the first 200 of a request sent after the last failed one
   * (0 when nothing failed after it was back); null: not served again within the run.
   */
  recoverMs: number | null;
  /** Graph fingerprint after the scenario equals the one before; null: the database never came back. */
  dataUnchanged: boolean | null;
  /** p95 of the reads before the fault, during it and after it (the console floods). */
  p95?: { before: number; during: number; after: number };
  /** The console floods: what they left behind in Neo4j. */
  aftermath?: Aftermath;
  /** The debug-options flood: the server's memory and what came back. */
  debug?: DebugFigures;
}

export interface Aftermath {
  /** ms Neo4j's CPU stayed busy after the last console answer; `cpuWatchMs` when still busy then. */
  cpuBusyAfterMs: number | null;
  cpuWatchMs: number;
  /** The same JVM before and after: the database was not restarted. */
  sameJvm: boolean;
  /** ms from the last console answer to /api/ready saying 200 (the memory flood); null: not within the run. */
  readyAfterMs?: number | null;
}

export interface DebugFigures {
  requests: number;
  rssGrowthMb: number;
  heapGrowthMb: number;
  /** Answers that carried Neo4j's internals (plans, AST, Java frames). */
  leaks: number;
}

/** A scenario's figures before the graph is fingerprinted again (run.ts adds dataUnchanged). */
export type FaultFigures = Omit<ScenarioFigures, 'dataUnchanged'>;

export interface Timeline {
  /** ms since the traffic started. */
  faultAt: number;
  /** ms since the traffic started; null when the database never came back; 'n/a' when it was never down. */
  backAt: number | null | 'n/a';
}

export function figures(scenario: string, traffic: TrafficResult, timeline: Timeline): FaultFigures {
  const { answers } = traffic;
  const byStatus: Record<string, number> = {};
  for (const answer of answers) byStatus[answer.status] = (byStatus[answer.status] ?? 0) + 1;
  const errors = answers.filter((a) => a.status === 503 || a.status === 504).map((a) => a.sentAt + a.ms - timeline.faultAt);
  const afterFault = errors.filter((ms) => ms >= 0);
  const lastFailedSend = Math.max(timeline.faultAt, ...answers.filter((a) => a.status !== 200).map((a) => a.sentAt));
  const servedAgain = answers.filter((a) => a.status === 200 && a.sentAt > lastFailedSend).map((a) => a.sentAt + a.ms);
  const back = timeline.backAt === 'n/a' ? null : timeline.backAt;
  return {
    scenario,
    requests: answers.length + traffic.noAnswer,
    byStatus,
    noAnswer: traffic.noAnswer,
    slowestMs: Math.max(0, ...answers.map((a) => a.ms)),
    firstErrorMs: afterFault.length > 0 ? Math.min(...afterFault) : null,
    dbBack: timeline.backAt === 'n/a' ? null : back !== null,
    recoverMs: back === null || servedAgain.length === 0 ? null : Math.max(0, Math.min(...servedAgain) - back),
  };
}

export function p95(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
}

const seconds = (ms: number | null) => (ms === null ? '—' : `${(ms / 1000).toFixed(1)} s`);

export function table(rows: ScenarioFigures[]): string {
  const header =
    '| scenario | requests | answers by status | no answer | slowest | first 503/504 after fault | recovered after DB back | data unchanged | notes |';
  const lines = rows.map((row) => {
    const statuses = Object.entries(row.byStatus)
      .map(([status, n]) => `${status}: ${n}`)
      .join(', ');
    const recovered =
      row.dbBack === null
        ? '—'
        : row.recoverMs !== null
          ? seconds(row.recoverMs)
          : row.dbBack
            ? 'not within the run'
            : 'never (DB not back)';
    const unchanged = row.dataUnchanged === null ? '—' : row.dataUnchanged ? 'yes' : 'NO';
    const notes = notesOf(row).join('; ');
    return `| ${row.scenario} | ${row.requests} | ${statuses} | ${row.noAnswer} | ${seconds(row.slowestMs)} | ${seconds(row.firstErrorMs)} | ${recovered} | ${unchanged} | ${notes} |`;
  });
  return [header, '| --- | ---: | --- | ---: | ---: | ---: | ---: | --- | --- |', ...lines].join('\n');
}

const signedMb = (mb: number) => `${mb >= 0 ? '+' : ''}${mb.toFixed(0)} MB`;

function notesOf({ p95, aftermath, debug }: ScenarioFigures): string[] {
  const notes: string[] = [];
  if (p95)
    notes.push(`read p95 ${Math.round(p95.before)} → ${Math.round(p95.during)} → ${Math.round(p95.after)} ms (before → during → after)`);
  if (aftermath) {
    const { cpuBusyAfterMs: busy, cpuWatchMs: watch, readyAfterMs: ready } = aftermath;
    notes.push(
      `Neo4j CPU busy ${busy === null ? '?' : busy >= watch ? `≥ ${seconds(watch)} (still busy)` : seconds(busy)} after the last console answer`,
    );
    notes.push(aftermath.sameJvm ? 'same JVM (no restart)' : 'JVM RESTARTED');
    if (ready !== undefined)
      notes.push(ready === null ? 'NOT ready again within the run' : `ready ${seconds(ready)} after the last console answer`);
  }
  if (debug) {
    notes.push(`server RSS ${signedMb(debug.rssGrowthMb)}, JS heap ${signedMb(debug.heapGrowthMb)} over ${debug.requests} requests`);
    notes.push(`${debug.leaks} answers with Neo4j internals`);
  }
  return notes;
}
