// `npm run bench -- --scale small|medium|large [--skip-api] [--skip-render] [--only PREFIX,…]`: generates a synthetic
// corpus, loads it through the project's own loaders (as `npm start` would: the offline importer
// into a new embedded Neo4j for a large corpus, else loadCorpus; --loader picks one), measures
// the API under load, prints a table and writes bench/results/<time>.json.
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { loadConfig, loadDotEnv, type Config } from '../server/config.ts';
import { applySchema } from '../server/db/schema.ts';
import { toPlain } from '../server/db/to-plain.ts';
import { loadCorpus, type LoadResult } from '../server/corpus/load.ts';
import { validCorpus, type ValidCorpus } from '../server/corpus/valid-corpus.ts';
import {
  finishOfflineImport,
  importCorpusOffline,
  OFFLINE_IMPORT_MIN_CLAIMS,
  type OfflineImport,
} from '../server/corpus/offline-import.ts';
import { readVocabulary } from '../server/vocabulary.ts';
import { runApiBench } from './api-bench.ts';
import { openBenchNeo4j, type BenchNeo4j } from './bench-neo4j.ts';
import { DEFAULT_SEED, generateCorpus } from './generate.ts';
import { startCpuMeter } from './cpu.ts';
import { machineInfo } from './machine.ts';
import { peakRssOfProcessMb, startMemorySampler } from './memory.ts';
import { formatReport, writeResult, type BenchResult, type LoadFigures, type RenderFigures } from './report.ts';
import { isScaleName, SCALES, type ScaleName } from './scales.ts';
import { runRenderBench } from './render-bench.ts';
import { pickTargets, type ApiTargets } from './targets.ts';

const USAGE = `usage: npm run bench -- --scale small|medium|large [--loader offline|transactional] [--skip-api] [--skip-render] [--only PREFIX,…] [--yes]
  [--seed N] [--batch-size N] [--heap-mb N] [--pagecache-mb N] [--duration S] [--connections N] [--out DIR]`;
const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));
const log = (line: string) => console.error(`[bench] ${line}`);

interface Args {
  scale: ScaleName;
  loader: 'offline' | 'transactional';
  skipApi: boolean;
  /** Route name prefixes to measure (the bare baseline always runs); empty: all. */
  only: string[];
  skipRender: boolean;
  yes: boolean;
  seed: number;
  batchSize: number | undefined;
  heapMb: number;
  pageCacheMb: number;
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  out: string;
}

function parseCommandLine(argv: string[]): Args {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string', default: 'small' },
      loader: { type: 'string' },
      'skip-api': { type: 'boolean', default: false },
      only: { type: 'string', default: '' },
      'skip-render': { type: 'boolean', default: false },
      yes: { type: 'boolean', default: false },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      'batch-size': { type: 'string' },
      'heap-mb': { type: 'string', default: '4096' },
      'pagecache-mb': { type: 'string', default: '2048' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      connections: { type: 'string', default: '20' },
      out: { type: 'string', default: RESULTS_DIR },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!isScaleName(values.scale)) throw new Error(`--scale: "${values.scale}" is not one of ${Object.keys(SCALES).join(', ')}`);
  const int = (name: string, text: string | undefined, min: number): number => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < min) throw new Error(`--${name}: must be an integer ≥ ${min}`);
    return value;
  };
  // By default, the loader `npm start` would choose for this corpus and a new embedded database.
  const loader =
    values.loader ?? (!process.env.NEO4J_URI && SCALES[values.scale].claims >= OFFLINE_IMPORT_MIN_CLAIMS ? 'offline' : 'transactional');
  if (loader !== 'offline' && loader !== 'transactional') throw new Error(`--loader: "${loader}" is not offline or transactional`);
  return {
    scale: values.scale,
    loader,
    skipApi: values['skip-api'],
    only: values.only
      .split(',')
      .map((prefix) => prefix.trim())
      .filter(Boolean),
    skipRender: values['skip-render'],
    yes: values.yes,
    seed: int('seed', values.seed, 0),
    batchSize: values['batch-size'] === undefined ? undefined : int('batch-size', values['batch-size'], 1),
    heapMb: int('heap-mb', values['heap-mb'], 256),
    pageCacheMb: int('pagecache-mb', values['pagecache-mb'], 64),
    durationSeconds: int('duration', values.duration, 1),
    warmupSeconds: int('warmup', values.warmup, 0),
    connections: int('connections', values.connections, 1),
    out: values.out,
  };
}

interface Generated {
  corpus: ValidCorpus;
  figures: BenchResult['generate'];
  targets: ApiTargets;
}

function generate(args: Args): Generated {
  const spec = SCALES[args.scale];
  log(
    `Generating ${spec.claims.toLocaleString('en-US')} claims over ${spec.entities.toLocaleString('en-US')} entities (seed ${args.seed})...`,
  );
  let started = performance.now();
  const { corpus: generated } = generateCorpus({ ...spec, vocabulary: readVocabulary().entries, seed: args.seed });
  const ms = performance.now() - started;
  started = performance.now();
  const corpus = validCorpus(generated);
  const validateMs = performance.now() - started;
  const peakRssMb = peakRssOfProcessMb('self') ?? process.memoryUsage().rss / 1024 ** 2;
  return { corpus, figures: { ms, validateMs, peakRssMb }, targets: pickTargets(corpus) };
}

/** The corpus lives only here, so it can be collected before the API runs. */
async function generateAndLoad(args: Args, config: Config) {
  const { corpus, figures, targets } = generate(args);
  return { ...(await openLoaded(args, config, corpus)), generated: figures, targets };
}

/**
 * Opens the benchmark's Neo4j with the corpus loaded: by the offline importer into a new database
 * (timed until the database runs with its indexes online and its version recorded), or by the
 * transactional loader into a running one.
 */
async function openLoaded(args: Args, config: Config, corpus: ValidCorpus): Promise<{ bench: BenchNeo4j; load: LoadFigures }> {
  const opening = { config, heapMb: args.heapMb, pageCacheMb: args.pageCacheMb, log };
  const offline = args.loader === 'offline';
  // The offline import is timed from before the database exists; the transactional load once it runs.
  let measuring = offline ? startMeasuring(null) : undefined;
  let imported: OfflineImport | undefined;
  if (offline) log('Loading through the offline importer (importCorpusOffline) into a new database...');
  const prepare = offline
    ? async (dataDir: string) =>
        void (imported = await importCorpusOffline(corpus, { dataDir, heapMb: args.heapMb, java: config.JAVA, log }))
    : undefined;
  const bench = await openBenchNeo4j({ ...opening, prepare });
  try {
    let result: LoadResult;
    if (imported) {
      result = await finishOfflineImport(bench.db, imported);
    } else {
      await applySchema(bench.db);
      log(`Loading through loadCorpus${args.batchSize ? ` (batch size ${args.batchSize})` : ''}...`);
      measuring = startMeasuring(bench.jvmPid);
      result = await loadCorpus(bench.db, corpus, { batchSize: args.batchSize, log });
    }
    const { cpu, peaks } = measuring!.stop(bench.jvmPid);
    await checkLoaded(bench, result.counts);
    return {
      bench,
      load: {
        loader: args.loader,
        ms: result.ms,
        claimsPerSecond: result.counts.claims / (result.ms / 1000),
        batchSize: offline ? 0 : (args.batchSize ?? 0),
        peakRssMb: peaks.peakRssMb,
        peakHeapUsedMb: peaks.peakHeapUsedMb,
        neo4jPeakRssMb: bench.jvmPid === null ? null : peakRssOfProcessMb(bench.jvmPid),
        counts: result.counts,
        phases: result.phases,
        cpu,
        claimsPerCpuSecond: result.counts.claims / (cpu.nodeSeconds + (cpu.neo4jSeconds ?? 0)),
      },
    };
  } catch (error) {
    await bench.close();
    throw error;
  }
}

/** CPU and memory over a load; `stop` counts a JVM started meanwhile (see startCpuMeter). */
function startMeasuring(jvmPid: number | null) {
  const sampler = startMemorySampler();
  const cpuMeter = startCpuMeter(jvmPid);
  return { stop: (startedJvmPid: number | null) => ({ cpu: cpuMeter.stop(startedJvmPid), peaks: sampler.stop() }) };
}

/** The graph holds what the loader says it wrote (claims: every relationship but MENTIONS and PUBLISHED_BY): a benchmark of a silent failure is worthless. */
async function checkLoaded(bench: BenchNeo4j, counts: LoadFigures['counts']): Promise<void> {
  const { records } = await bench.db.driver.executeQuery(
    `CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions }
     CALL () { MATCH ()-[p:PUBLISHED_BY]->() RETURN count(p) AS published }
     CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
     RETURN relationships - mentions - published AS claims, mentions, entities`,
    {},
    { database: bench.db.database },
  );
  const found = toPlain(records[0]!.toObject()) as { claims: number; mentions: number; entities: number };
  if (found.claims !== counts.claims || found.mentions !== counts.mentions || found.entities !== counts.entities) {
    throw new Error(`the graph holds ${JSON.stringify(found)} after the load, expected ${JSON.stringify(counts)}`);
  }
}

async function main(): Promise<void> {
  loadDotEnv();
  const args = parseCommandLine(process.argv.slice(2));
  const config: Config = loadConfig();
  if (config.NEO4J_URI && !args.yes) {
    throw new Error(
      `NEO4J_URI is set (${config.NEO4J_URI}): the benchmark would REPLACE the graph in that database. Add --yes to go ahead, or unset NEO4J_URI to use a throw-away embedded Neo4j.`,
    );
  }
  if (config.NEO4J_URI) log(`Warning: the graph in ${config.NEO4J_URI} will be replaced by the synthetic corpus.`);

  const startedAt = new Date().toISOString();
  const machine = machineInfo(config.JAVA);
  const notes: string[] = [];

  const { bench, load, generated, targets } = await generateAndLoad(args, config);
  const stopOnSignal = () => void bench.close().finally(() => process.exit(130));
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    const info = await bench.db.driver.getServerInfo({ database: bench.db.database });
    log(
      `Loaded ${load.counts.claims.toLocaleString('en-US')} claims in ${(load.ms / 1000).toFixed(1)} s: ${Math.round(load.claimsPerSecond).toLocaleString('en-US')} claims/s.`,
    );

    if (load.cpu.otherProcessesShare > 0.1)
      notes.push(
        `other processes used ${Math.round(load.cpu.otherProcessesShare * 100)}% of the machine's CPU during the load: the wall-clock figures are pessimistic`,
      );
    const apiCpu = startCpuMeter(bench.jvmPid);
    const api = args.skipApi
      ? null
      : await runApiBench({
          db: bench.db,
          targets,
          connections: args.connections,
          only: args.only,
          durationSeconds: args.durationSeconds,
          warmupSeconds: args.warmupSeconds,
          log,
        });
    const apiShare = apiCpu.stop().otherProcessesShare;
    if (api && apiShare > 0.1)
      api.notes.push(`other processes used ${Math.round(apiShare * 100)}% of the machine's CPU during the API runs`);
    const render: RenderFigures | null = args.skipRender ? null : await runRenderBench({ log });

    const result: BenchResult = {
      scale: args.scale,
      spec: SCALES[args.scale],
      seed: args.seed,
      startedAt,
      finishedAt: new Date().toISOString(),
      machine,
      neo4j: { source: bench.source, version: info.agent ?? null, heapMb: bench.heapMb, pageCacheMb: bench.pageCacheMb },
      generate: generated,
      load,
      api,
      render,
      claimsPerSecond: load.claimsPerSecond,
      peakRssMb: load.peakRssMb,
      notes,
    };
    const file = writeResult(result, args.out);
    console.log(formatReport(result));
    console.log(`\nwritten: ${file}`);
  } finally {
    process.off('SIGINT', stopOnSignal);
    process.off('SIGTERM', stopOnSignal);
    await bench.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  if (process.env.BENCH_DEBUG && error instanceof Error) console.error(error.stack);
  process.exitCode = 1;
});
