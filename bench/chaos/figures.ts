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
  /** Whether the database came back (by itself) within the run. */
  dbBack: boolean;
  /**
   * ms from the database being back to the first 200 of a request sent after the last failed one
   * (0 when nothing failed after it was back); null: not served again within the run.
   */
  recoverMs: number | null;
  /** Graph fingerprint after the scenario equals the one before; null: the database never came back. */
  dataUnchanged: boolean | null;
  /** p95 of the reads before the fault and during it (the console flood). */
  p95?: { before: number; during: number };
}

export interface Timeline {
  /** ms since the traffic started. */
  faultAt: number;
  /** ms since the traffic started; null when the database never came back. */
  backAt: number | null;
}

export function figures(scenario: string, traffic: TrafficResult, timeline: Timeline): Omit<ScenarioFigures, 'dataUnchanged'> {
  const { answers } = traffic;
  const byStatus: Record<string, number> = {};
  for (const answer of answers) byStatus[answer.status] = (byStatus[answer.status] ?? 0) + 1;
  const errors = answers.filter((a) => a.status === 503 || a.status === 504).map((a) => a.sentAt + a.ms - timeline.faultAt);
  const afterFault = errors.filter((ms) => ms >= 0);
  const lastFailedSend = Math.max(timeline.faultAt, ...answers.filter((a) => a.status !== 200).map((a) => a.sentAt));
  const servedAgain = answers.filter((a) => a.status === 200 && a.sentAt > lastFailedSend).map((a) => a.sentAt + a.ms);
  const back = timeline.backAt;
  return {
    scenario,
    requests: answers.length + traffic.noAnswer,
    byStatus,
    noAnswer: traffic.noAnswer,
    slowestMs: Math.max(0, ...answers.map((a) => a.ms)),
    firstErrorMs: afterFault.length > 0 ? Math.min(...afterFault) : null,
    dbBack: back !== null,
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
    '| scenario | requests | answers by status | no answer | slowest | first 503/504 after fault | recovered after DB back | data unchanged |';
  const lines = rows.map((row) => {
    const statuses = Object.entries(row.byStatus)
      .map(([status, n]) => `${status}: ${n}`)
      .join(', ');
    const recovered = row.recoverMs !== null ? seconds(row.recoverMs) : row.dbBack ? 'not within the run' : 'never (DB not back)';
    const unchanged = row.dataUnchanged === null ? '—' : row.dataUnchanged ? 'yes' : 'NO';
    const p95 = row.p95 ? ` (read p95 ${Math.round(row.p95.before)} → ${Math.round(row.p95.during)} ms)` : '';
    return `| ${row.scenario}${p95} | ${row.requests} | ${statuses} | ${row.noAnswer} | ${seconds(row.slowestMs)} | ${seconds(row.firstErrorMs)} | ${recovered} | ${unchanged} |`;
  });
  return [header, '| --- | ---: | --- | ---: | ---: | ---: | ---: | --- |', ...lines].join('\n');
}
