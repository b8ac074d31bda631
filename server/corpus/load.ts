// Loads a validated corpus into Neo4j, all or nothing, at any size: every batch is staged under a
// load id (invisible to :Entity/:Article readers), then one transaction switches the graph over.
// A failure before the switch removes the staged nodes and leaves the graph as it was.
import { createHash, randomUUID } from 'node:crypto';
import type { Neo4j } from '../db/neo4j.ts';
import { cypherFile } from '../db/cypher-files.ts';
import type { Corpus } from './schema.ts';
import { checkCorpus, validateCorpus } from './validate.ts';
import { formatProblem, type Problem } from './problem.ts';

/** Bump when the graph the loader writes changes shape, so `npm start` reloads unchanged data. */
const LOADER_VERSION = 1;
const DEFAULT_BATCH_SIZE = 10_000;

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
}

export class CorpusInvalidError extends Error {
  override name = 'CorpusInvalidError';
}

declare const validated: unique symbol;
/** A corpus that passed validation; the only kind the loader accepts. */
export type ValidCorpus = Corpus & { readonly [validated]: true };

/** Reads and validates a data folder; throws listing every problem, so nothing bad is loaded. */
export function readValidCorpus(dataDir: string): ValidCorpus {
  const { corpus, problems } = checkCorpus(dataDir);
  return asValid(corpus, problems, `${dataDir}/`);
}

/** Validates a corpus built in code (a generator's, a test's). */
export function validCorpus(corpus: Corpus): ValidCorpus {
  return asValid(corpus, validateCorpus(corpus), 'The corpus');
}

function asValid(corpus: Corpus, problems: Problem[], what: string): ValidCorpus {
  if (problems.length > 0) {
    const listing = problems.map(formatProblem).join('\n');
    throw new CorpusInvalidError(`${what} has ${problems.length} problem(s); nothing was loaded:\n${listing}`);
  }
  return corpus as ValidCorpus;
}

/** Content hash of the corpus (and the loader's shape): equal data gives an equal version. */
export function corpusVersion(corpus: Corpus): string {
  return createHash('sha256').update(JSON.stringify({ LOADER_VERSION, corpus })).digest('hex').slice(0, 16);
}

export interface LoadOptions {
  batchSize?: number;
  log?: (line: string) => void;
}

export async function loadCorpus(db: Neo4j, corpus: ValidCorpus, { batchSize = DEFAULT_BATCH_SIZE, log = () => {} }: LoadOptions = {}): Promise<LoadResult> {
  const started = Date.now();
  const version = corpusVersion(corpus);
  const loadId = randomUUID();
  const mentions = mentionRows(corpus);
  await runAutoCommit(db, cypherFile('load/clear-staging'));
  try {
    await stage(db, 'load/stage-articles', loadId, corpus.articles.map(articleRow), batchSize);
    await stage(db, 'load/stage-entities', loadId, corpus.entities.map(entityRow), batchSize);
    await stage(db, 'load/stage-claims', loadId, corpus.claims.map(claimRow), batchSize);
    await stage(db, 'load/stage-mentions', loadId, mentions, batchSize);
  } catch (error) {
    await runAutoCommit(db, cypherFile('load/clear-staging'));
    throw error;
  }
  const counts: LoadCounts = {
    articles: corpus.articles.length,
    entities: corpus.entities.length,
    claims: corpus.claims.length,
    mentions: mentions.length,
  };
  await db.driver.executeQuery(cypherFile('load/switch-over'), { loadId, version, counts }, { database: db.database });
  // The retired graph is no longer visible; removing it can take batches of its own.
  await runAutoCommit(db, cypherFile('load/clear-staging'));
  const ms = Date.now() - started;
  log(`Loaded ${counts.articles} articles, ${counts.entities} entities, ${counts.claims} claims in ${ms} ms (version ${version}).`);
  return { version, counts, ms };
}

/** Validates data/ and loads it unless the graph already holds this exact version. */
export async function loadCorpusIfChanged(
  db: Neo4j,
  { dataDir, log = () => {}, force = false }: { dataDir: string; log?: (line: string) => void; force?: boolean },
): Promise<LoadResult | null> {
  const corpus = readValidCorpus(dataDir);
  const version = corpusVersion(corpus);
  const { records } = await db.driver.executeQuery(cypherFile('load/dataset-version'), {}, { database: db.database });
  if (!force && records[0]?.get('version') === version) {
    log(`The graph already holds the corpus in ${dataDir}/ (version ${version}).`);
    return null;
  }
  log(`Loading the corpus from ${dataDir}/...`);
  return loadCorpus(db, corpus, { log });
}

async function stage(db: Neo4j, query: string, loadId: string, rows: object[], batchSize: number): Promise<void> {
  for (let from = 0; from < rows.length; from += batchSize) {
    const batch = rows.slice(from, from + batchSize);
    const { records } = await db.driver.executeQuery(cypherFile(query), { loadId, rows: batch }, { database: db.database });
    const written = records[0]?.get('written') ?? 0;
    // A MATCH that finds no staged node writes nothing, silently: refuse the load instead.
    if (written !== batch.length) {
      throw new Error(`${query}: wrote ${written} of ${batch.length} rows in the batch starting at row ${from}; a reference did not resolve.`);
    }
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

const articleRow = (article: Corpus['articles'][number]) => article;

function entityRow(entity: Corpus['entities'][number]) {
  // The full-text index reads one string; aliases are joined so each one is searchable.
  return { ...entity, searchText: entity.aliases.join(' | ') };
}

function claimRow(claim: Corpus['claims'][number]) {
  return {
    subject: claim.subject,
    object: claim.object,
    type: claim.type,
    props: {
      claimId: claim.id,
      polarity: claim.polarity,
      quote: claim.quote,
      quoteStart: claim.offsets[0],
      quoteEnd: claim.offsets[1],
      articleId: claim.article,
      statedBy: claim.statedBy,
      date: claim.date,
    },
  };
}

/** Every entity a claim of an article names (subject, object, speaker), once per article. */
function mentionRows(corpus: Corpus): { article: string; entity: string }[] {
  const seen = new Set<string>();
  const rows: { article: string; entity: string }[] = [];
  for (const claim of corpus.claims) {
    for (const entity of [claim.subject, claim.object, claim.statedBy]) {
      if (entity === null || seen.has(`${claim.article}\u0000${entity}`)) continue;
      seen.add(`${claim.article}\u0000${entity}`);
      rows.push({ article: claim.article, entity });
    }
  }
  return rows;
}
