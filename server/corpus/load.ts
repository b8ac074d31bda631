// Loads a validated corpus into Neo4j, all or nothing, at any size: every batch is staged under a
// load id (invisible to :Entity/:Article readers), then one transaction switches the graph over.
// A failure before the switch removes the staged nodes and leaves the graph as it was.
import { randomUUID } from 'node:crypto';
import type { Neo4j } from '../db/neo4j.ts';
import { cypherFile } from '../db/cypher-files.ts';
import { toPlain } from '../db/to-plain.ts';
import { effectiveDate } from '../../contract/index.ts';
import { articleNode, type Corpus } from './schema.ts';
import { datasetVersion } from './dataset-version.ts';
import { mentionsByArticle } from './mentions.ts';
import { historicalClaims } from './historical-claims.ts';
import { corpusVersion, type ValidCorpus } from './valid-corpus.ts';

const DEFAULT_BATCH_SIZE = 10_000;
/** Transactions writing at once (see runBatches). */
const BATCHES_IN_FLIGHT = 2;

export interface LoadCounts {
  articles: number;
  entities: number;
  claims: number;
  mentions: number;
}

export interface LoadResult {
  version: string;
  counts: LoadCounts;
  ms: number;
  /** Milliseconds per phase, in the order they ran (for benchmarks and slow-load reports). */
  phases: Record<string, number>;
}

/** LoadResult.phases: `phase(name)` records the time since the previous phase ended (or `from`). */
export function phaseTimer(from: number, phases: Record<string, number> = {}) {
  let last = from;
  const phase = (name: string) => {
    const now = Date.now();
    phases[name] = now - last;
    last = now;
  };
  return { phases, phase };
}

export interface LoadOptions {
  batchSize?: number;
  log?: (line: string) => void;
}

export async function loadCorpus(
  db: Neo4j,
  corpus: ValidCorpus,
  { batchSize = DEFAULT_BATCH_SIZE, log = () => {} }: LoadOptions = {},
): Promise<LoadResult> {
  const started = Date.now();
  const { phases, phase } = phaseTimer(started);
  const version = corpusVersion(corpus);
  const loadId = randomUUID();
  const mentions = mentionsByArticle(corpus);
  phase('prepare');
  await runAutoCommit(db, cypherFile('load/clear-staging'));
  phase('clear-staging');
  let mentionCount = 0;
  try {
    const batches = { db, loadId, batchSize };
    // Staged nodes are then found by their element ids (a direct lookup), not by an index seek.
    const outletNodes = await stageNodes(batches, 'load/stage-outlets', corpus.outlets, (outlet) => outlet);
    const articleNodes = await stageNodes(batches, 'load/stage-articles', corpus.articles, articleNode);
    const published = corpus.articles.filter((article) => article.outlet !== null);
    await stageRelationships(batches, 'load/stage-published-by', published, (article) => [
      articleNodes.get(article.id) ?? null,
      outletNodes.get(article.outlet!) ?? null,
    ]);
    phase('stage-articles');
    const entityNodes = await stageNodes(batches, 'load/stage-entities', corpus.entities, entityRow);
    phase('stage-entities');
    const historical = historicalClaims(corpus);
    const printed = new Map(corpus.articles.map((article) => [article.id, article.published]));
    const claimContext = { entities: entityNodes, historical, printed };
    await stageRelationships(batches, 'load/stage-claims', corpus.claims, (claim) => claimRow(claim, claimContext));
    phase('stage-claims');
    mentionCount = await stageMentions(batches, mentions, articleNodes, entityNodes);
    phase('stage-mentions');
  } catch (error) {
    await runAutoCommit(db, cypherFile('load/clear-staging'));
    throw error;
  }
  const counts: LoadCounts = {
    articles: corpus.articles.length,
    entities: corpus.entities.length,
    claims: corpus.claims.length,
    mentions: mentionCount,
  };
  try {
    await db.driver.executeQuery(cypherFile('load/switch-over'), { loadId, version, counts }, { database: db.database });
  } catch (error) {
    // The switch-over rolled back (a constraint refused it): the old graph stands; drop the staged one.
    await runAutoCommit(db, cypherFile('load/clear-staging'));
    throw error;
  }
  phase('switch-over');
  // The retired graph is no longer visible; removing it can take batches of its own.
  await runAutoCommit(db, cypherFile('load/clear-staging'));
  phase('clean-up');
  const ms = Date.now() - started;
  log(`Loaded ${counts.articles} articles, ${counts.entities} entities, ${counts.claims} claims in ${ms} ms (version ${version}).`);
  return { version, counts, ms, phases };
}

/** Loads a corpus (read from `source`) unless the graph already holds this exact version. */
export async function loadCorpusIfChanged(
  db: Neo4j,
  corpus: ValidCorpus,
  { source, log = () => {} }: { source: string; log?: (line: string) => void },
): Promise<LoadResult | null> {
  const version = corpusVersion(corpus);
  if ((await datasetVersion(db)) === version) {
    log(`The graph already holds the corpus in ${source} (version ${version}).`);
    return null;
  }
  log(`Loading the corpus from ${source}...`);
  return loadCorpus(db, corpus, { log });
}

interface Batches {
  db: Neo4j;
  loadId: string;
  batchSize: number;
}

/** A staged node's element id by the record's id (what the claims and mentions stages look up). */
type NodeIds = Map<string, string>;

/** One batch's write: its rows are built only when it starts, so a million records are never all rows at once. */
type Batch = () => Promise<void>;

/**
 * Runs batches on BATCHES_IN_FLIGHT transactions at once, so Node builds and sends one batch while
 * Neo4j executes or commits another, and both cores work. Each batch is one transaction: were two
 * to deadlock over an entity, the driver retries the one rolled back. At the first failure no
 * further batch starts, and the error is thrown only once the running batches have settled, so
 * the clean-up that follows never races a commit.
 */
async function runBatches(batches: Iterator<Batch>): Promise<void> {
  let failure = null as { error: unknown } | null;
  const worker = async () => {
    while (failure === null) {
      const next = batches.next();
      if (next.done) return;
      try {
        await next.value();
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: BATCHES_IN_FLIGHT }, worker));
  if (failure !== null) throw failure.error;
}

/** Stages records as nodes; returns the new nodes' element ids. */
async function stageNodes<T extends { id: string }>(
  { db, loadId, batchSize }: Batches,
  query: string,
  records: readonly T[],
  toRow: (record: T) => unknown,
): Promise<NodeIds> {
  const ids: NodeIds = new Map();
  function* batches(): Generator<Batch> {
    for (let from = 0; from < records.length; from += batchSize) {
      yield async () => {
        const batch = records.slice(from, from + batchSize);
        const { records: result } = await db.driver.executeQuery(
          cypherFile(query),
          { loadId, rows: batch.map(toRow) },
          { database: db.database },
        );
        const staged = (result[0]?.get('staged') as [string, string][] | undefined) ?? [];
        if (staged.length !== batch.length) {
          throw new Error(`${query}: wrote ${staged.length} of ${batch.length} rows in the batch starting at row ${from}.`);
        }
        for (const [id, elementId] of staged) {
          // Two records with one id would leave the claims attached to either: refuse, as the constraint would.
          if (ids.has(id)) throw new Error(`${query}: the id "${id}" is staged twice; ids must be unique.`);
          ids.set(id, elementId);
        }
      };
    }
  }
  await runBatches(batches());
  return ids;
}

/** Stages one relationship per item, batch by batch; every row must write exactly one. */
async function stageRelationships<T>(
  { db, loadId, batchSize }: Batches,
  query: string,
  items: readonly T[],
  toRow: (item: T) => unknown,
): Promise<void> {
  function* batches(): Generator<Batch> {
    for (let from = 0; from < items.length; from += batchSize) {
      yield async () => {
        const rows = items.slice(from, from + batchSize).map(toRow);
        await runStage(db, query, { loadId, rows }, { expected: rows.length, from });
      };
    }
  }
  await runBatches(batches());
}

/** MENTIONS, as rows of one article and up to a batch of its entities, so each article is found once per batch. */
async function stageMentions(
  { db, loadId, batchSize }: Batches,
  mentions: Map<string, Set<string>>,
  articles: NodeIds,
  entities: NodeIds,
): Promise<number> {
  let total = 0;
  function* batches(): Generator<Batch> {
    let rows: [string | null, (string | null)[]][] = [];
    let pending = 0;
    const batch = (): Batch => {
      const params = { loadId, rows };
      const position = { expected: pending, from: total };
      total += pending;
      rows = [];
      pending = 0;
      return () => runStage(db, 'load/stage-mentions', params, position);
    };
    for (const [article, named] of mentions) {
      const articleNode = articles.get(article) ?? null;
      let chunk: (string | null)[] = [];
      for (const entity of named) {
        chunk.push(entities.get(entity) ?? null);
        pending += 1;
        if (pending >= batchSize) {
          rows.push([articleNode, chunk]);
          chunk = [];
          yield batch();
        }
      }
      if (chunk.length > 0) rows.push([articleNode, chunk]);
    }
    if (pending > 0) yield batch();
  }
  await runBatches(batches());
  return total;
}

async function runStage(
  db: Neo4j,
  query: string,
  params: { loadId: string; rows: unknown[] },
  { expected, from }: { expected: number; from: number },
): Promise<void> {
  const { records } = await db.driver.executeQuery(cypherFile(query), params, { database: db.database });
  const written = (toPlain(records[0]?.get('written')) as number | null) ?? 0;
  // A MATCH that finds no staged node writes nothing, silently: refuse the load instead.
  if (written !== expected) {
    throw new Error(`${query}: wrote ${written} of ${expected} rows in the batch starting at row ${from}; a reference did not resolve.`);
  }
}

/** CALL … IN TRANSACTIONS must run outside an explicit transaction. */
async function runAutoCommit(db: Neo4j, query: string): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.run(query);
  } finally {
    await session.close();
  }
}

export function entityRow(entity: Corpus['entities'][number]) {
  // The full-text index reads one string; aliases are joined so each one is searchable.
  return { ...entity, searchText: entity.aliases.join(' | ') };
}

/** A list, not a map: a million rows without a million copies of the keys (see stage-claims.cypher). */
function claimRow(
  claim: Corpus['claims'][number],
  { entities, historical, printed }: { entities: NodeIds; historical: ReadonlySet<string>; printed: Map<string, string | null> },
) {
  return [
    entities.get(claim.subject) ?? null,
    entities.get(claim.object) ?? null,
    claim.type,
    claim.id,
    claim.polarity,
    claim.quote,
    claim.offsets[0],
    claim.offsets[1],
    claim.article,
    claim.statedBy,
    claim.date,
    historical.has(claim.id),
    effectiveDate(claim.date, printed.get(claim.article) ?? null),
  ];
}
