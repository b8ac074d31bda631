// The benchmark's output: one JSON document per run (bench/results/<timestamp>.json) and a table
// for the terminal, each figure beside its goal where the issue set one.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CpuFigures } from './cpu.ts';
import type { MachineInfo } from './machine.ts';
import type { ScaleName, ScaleSpec } from './scales.ts';
import type { TimelineFigures } from './timeline-bench.ts';

export interface LoadFigures {
  /** offline: Neo4j's importer into a new database, timed until it runs with its indexes; transactional: loadCorpus. */
  loader: 'offline' | 'transactional';
  ms: number;
  claimsPerSecond: number;
  batchSize: number;
  /** The Node process during the load (RSS high-water mark and sampled heap). */
  peakRssMb: number;
  peakHeapUsedMb: number;
  /** The embedded Neo4j JVM's VmHWM over its whole life; null for NEO4J_URI. */
  neo4jPeakRssMb: number | null;
  counts: { articles: number; entities: number; claims: number; mentions: number };
  /** The loader's own phases, in ms. */
  phases: Record<string, number>;
  cpu: CpuFigures;
  /** Claims over the CPU-seconds the loader and Neo4j used: steadier than claims/s on a busy machine. */
  claimsPerCpuSecond: number;
}

export interface RouteFigures {
  name: string;
  method: 'GET' | 'POST';
  /** One example of the requests sent (they may cycle over several targets). */
  example: string;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  meanMs: number;
  maxMs: number;
  requestsPerSecond: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** Mean response size (headers and body), in bytes. */
  meanResponseBytes: number;
  /** This route's p50 over the bare Express route's p50. */
  p50VsBare: number | null;
  /** The same route with one connection (no queueing): the service time. Null for heavy routes. */
  p50MsOneConnection?: number | null;
  p95MsOneConnection?: number | null;
  /** Connections used, where a heavy route was measured with fewer than the run's. */
  connections?: number;
  /** Why the route was not measured (it failed before the clock started). */
  error?: string;
}

export interface ApiFigures {
  connections: number;
  durationSeconds: number;
  routes: RouteFigures[];
  notes: string[];
}

export interface RenderFigures {
  notes: string[];
  /** constructMs: cytoscape() with the preset layout; firstRenderMs: until the first frame is painted. */
  views: { nodes: number; edges: number; renderer: string; firstRenderMs: number; constructMs: number; panFps: number; zoomFps: number }[];
  /** The timeline strip dragged over a 10,000-claim view (bench/timeline-bench.ts); absent in older results. */
  timeline?: TimelineFigures;
}

export interface BenchResult {
  scale: ScaleName;
  spec: ScaleSpec;
  seed: number;
  startedAt: string;
  finishedAt: string;
  machine: MachineInfo;
  neo4j: { source: 'embedded' | 'external'; version: string | null; heapMb: number | null; pageCacheMb: number | null };
  generate: { ms: number; validateMs: number; peakRssMb: number };
  load: LoadFigures;
  api: ApiFigures | null;
  render: RenderFigures | null;
  /** Top-level shortcuts to the headline figures. */
  claimsPerSecond: number;
  peakRssMb: number;
  notes: string[];
}

/** The issue's goals, stated for the large scale. */
export const GOALS = {
  claimsPerSecond: 20_000,
  oneHopP95Ms: 15,
  pathsP95Ms: 50,
  render5kMs: 1000,
  timelineRedrawMs: 50,
  /** GET /api/compare of two typical 1-hop views, first views (issue #17: over 100,000 claims). */
  compareUncachedP95Ms: 300,
} as const;

/** Which goal, if any, a route is held to. */
export function routeGoalMs(name: string): number | null {
  if (name.startsWith('graph depth=1 typical')) return GOALS.oneHopP95Ms;
  if (name.startsWith('paths')) return GOALS.pathsP95Ms;
  if (name.startsWith('compare') && name.endsWith('(uncached)')) return GOALS.compareUncachedP95Ms;
  return null;
}

const fmt = (value: number | null | undefined, digits = 1): string =>
  value === null || value === undefined || Number.isNaN(value)
    ? '–'
    : value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function goalMark(value: number, goal: number, lowerIsBetter: boolean): string {
  const met = lowerIsBetter ? value <= goal : value >= goal;
  return `${met ? 'meets' : 'misses'} goal ${lowerIsBetter ? '≤' : '≥'} ${goal.toLocaleString('en-US')}`;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The terminal report: what was measured, where, and the figures beside their goals. */
export function formatReport(result: BenchResult): string {
  const { machine, load } = result;
  const out: string[] = [];
  out.push(
    `entente bench: scale ${result.scale} (${result.spec.claims.toLocaleString('en-US')} claims, ${result.spec.entities.toLocaleString('en-US')} entities, ${result.spec.articles} articles; seed ${result.seed})`,
    `machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GiB, ${machine.platform}; node ${machine.node}; ${machine.java ?? 'java unknown'}; load average at start ${machine.loadAverage1m}`,
    `neo4j: ${result.neo4j.source} ${result.neo4j.version ?? ''}${result.neo4j.heapMb ? `, heap ${result.neo4j.heapMb} MiB, page cache ${result.neo4j.pageCacheMb} MiB` : ''}`,
    '',
    table(
      ['load', 'value', 'goal'],
      [
        ['generate + validate (s)', fmt((result.generate.ms + result.generate.validateMs) / 1000), ''],
        [`load time, ${load.loader} (s)`, fmt(load.ms / 1000), ''],
        ['claims/s', fmt(load.claimsPerSecond, 0), goalMark(load.claimsPerSecond, GOALS.claimsPerSecond, false)],
        ['claims per CPU-second (Node + Neo4j)', fmt(load.claimsPerCpuSecond, 0), ''],
        ['CPU used by other processes (%)', fmt(load.cpu.otherProcessesShare * 100, 0), ''],
        ['loader peak RSS (MiB)', fmt(load.peakRssMb, 0), ''],
        ['loader peak heap used (MiB)', fmt(load.peakHeapUsedMb, 0), ''],
        ['Neo4j JVM peak RSS (MiB)', fmt(load.neo4jPeakRssMb, 0), ''],
      ],
    ),
    `load phases (s): ${Object.entries(load.phases)
      .map(([name, ms]) => `${name} ${fmt(ms / 1000)}`)
      .join(', ')}`,
  );
  if (result.api) {
    out.push(
      '',
      `API: autocannon, ${result.api.connections} connections, ${result.api.durationSeconds} s per route`,
      table(
        ['route', 'conns', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s', 'resp KiB', '×bare p50', 'non-2xx', 'p50 / p95 1 conn', 'goal (p95)'],
        result.api.routes.map((route) => {
          const goal = routeGoalMs(route.name);
          if (route.error) return [route.name, '', 'failed', '', '', '', '', '', '', '', goal === null ? '' : `misses goal ≤ ${goal}`];
          return [
            route.name,
            String(route.connections ?? result.api!.connections),
            fmt(route.p50Ms, 2),
            fmt(route.p95Ms, 2),
            fmt(route.p99Ms, 2),
            fmt(route.requestsPerSecond, 0),
            fmt(route.meanResponseBytes / 1024, 1),
            fmt(route.p50VsBare, 1),
            String(route.non2xx + route.errors),
            route.p50MsOneConnection == null ? '–' : `${fmt(route.p50MsOneConnection, 2)} / ${fmt(route.p95MsOneConnection, 2)}`,
            goal === null ? '' : goalMark(route.p95Ms, goal, true),
          ];
        }),
      ),
      ...result.api.routes.filter((route) => route.error).map((route) => `failed: ${route.name}: ${route.error}`),
      ...result.api.notes.map((note) => `note: ${note}`),
    );
  }
  if (result.render) {
    out.push(
      '',
      'render (Chromium, headless)',
      table(
        ['view', 'renderer', 'construct + layout ms', 'first render ms', 'fps pan', 'fps zoom', 'goal (first render)'],
        result.render.views.map((view) => [
          `${view.nodes} nodes / ${view.edges} edges`,
          view.renderer,
          fmt(view.constructMs, 0),
          fmt(view.firstRenderMs, 0),
          fmt(view.panFps, 1),
          fmt(view.zoomFps, 1),
          view.nodes === 5000 ? goalMark(view.firstRenderMs, GOALS.render5kMs, true) : '',
        ]),
      ),
      ...timelineLines(result.render.timeline),
      ...result.render.notes.map((note) => `note: ${note}`),
    );
  }
  out.push(...result.notes.map((note) => `note: ${note}`));
  return out.join('\n');
}

function timelineLines(timeline: TimelineFigures | undefined): string[] {
  if (!timeline) return [];
  const { claims, buckets, unit, binMs, moves, redrawP50Ms, redrawP95Ms } = timeline;
  return [
    `timeline: ${claims.toLocaleString('en-US')} claims in ${buckets} ${unit} buckets, binned in ${fmt(binMs, 1)} ms; ` +
      `redraw per drag move p50 ${fmt(redrawP50Ms, 2)} ms, p95 ${fmt(redrawP95Ms, 2)} ms over ${moves} moves ` +
      goalMark(redrawP95Ms, GOALS.timelineRedrawMs, true),
  ];
}

/** `2021-04-06T10-30-00-000Z.json`: sortable, and safe on every file system (the scale is inside). */
export function resultFileName(startedAt: string): string {
  return `${startedAt.replace(/[:.]/g, '-')}.json`;
}

export function writeResult(result: BenchResult, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, resultFileName(result.startedAt));
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}
