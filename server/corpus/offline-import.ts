// A first load into a new embedded database through Neo4j's offline importer (`neo4j-admin
// database import full`): the validated corpus is written as CSV files that the importer turns
// into store files directly, without transactions, several times faster than the transactional
// loader at a million claims. It writes the graph the transactional loader writes, property for
// property (a test holds the two to it); the schema and the dataset version follow once the
// database runs (finishOfflineImport). Only for a database that does not exist yet.
import { randomUUID } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import type { Config } from '../config.ts';
import { runNeo4jAdmin } from '../db/embedded.ts';
import type { Neo4j } from '../db/neo4j.ts';
import { applySchema } from '../db/schema.ts';
import { cypherFile } from '../db/cypher-files.ts';
import { effectiveDate } from '../../contract/index.ts';
import { articleNode, type ArticleNode, type Corpus } from './schema.ts';
import { entityRow, phaseTimer, type LoadCounts, type LoadResult } from './load.ts';
import { historicalClaims } from './historical-claims.ts';
import { mentionsByArticle } from './mentions.ts';
import { corpusVersion, type ValidCorpus } from './valid-corpus.ts';

/** The embedded Neo4j serves its default database only. */
const DATABASE = 'neo4j';
/** The importer's working folders inside NEO4J_DATA_DIR, so its result can be renamed into place. */
const STAGING_PREFIX = '.import-';
/** Separates the aliases of an entity in its CSV cell; refused inside an alias. */
const ARRAY_DELIMITER = '\u001f';

/**
 * From this many claims, a first load into a new embedded database goes through the offline
 * importer: below it, the importer's fixed cost (a JVM of its own, the indexes built afterwards)
 * outweighs what it saves (see README, Performance).
 */
export const OFFLINE_IMPORT_MIN_CLAIMS = 250_000;

export class OfflineImportError extends Error {
  override name = 'OfflineImportError';
}

export interface OfflineImportOptions {
  /** The embedded Neo4j's home (NEO4J_DATA_DIR); must not hold a database yet. */
  dataDir: string;
  heapMb: number;
  java?: string;
  log?: (line: string) => void;
}

/** What the importer wrote; finishOfflineImport completes it once the database runs. */
export interface OfflineImport {
  version: string;
  counts: LoadCounts;
  /** Entities whose empty alias list a CSV cell cannot hold: finishOfflineImport writes it. */
  withoutAliases: string[];
  startedAt: number;
  /** When the importer finished: starting the database is timed from here. */
  importedAt: number;
  phases: Record<string, number>;
}

/** The folders the importer writes for the database (store files and transaction logs). */
export function databaseFolders(dataDir: string): string[] {
  return [path.join(dataDir, 'data', 'databases', DATABASE), path.join(dataDir, 'data', 'transactions', DATABASE)];
}

const holdsDatabase = (dataDir: string) => existsSync(databaseFolders(dataDir)[0]!);

/** True for a large corpus bound for the embedded Neo4j when it holds no database yet. */
export function prefersOfflineImport(config: Pick<Config, 'NEO4J_URI' | 'NEO4J_DATA_DIR'>, corpus: Corpus): boolean {
  return !config.NEO4J_URI && corpus.claims.length >= OFFLINE_IMPORT_MIN_CLAIMS && !holdsDatabase(config.NEO4J_DATA_DIR);
}

export async function importCorpusOffline(
  corpus: ValidCorpus,
  { dataDir, heapMb, java, log = () => {} }: OfflineImportOptions,
): Promise<OfflineImport> {
  const startedAt = Date.now();
  const { phases, phase } = phaseTimer(startedAt);
  if (holdsDatabase(dataDir)) {
    throw new OfflineImportError(
      `${path.resolve(databaseFolders(dataDir)[0]!)} already holds a database, and the offline import only writes a new one. ` +
        'Load with `npm run load` (without --offline) to replace its graph, or set NEO4J_DATA_DIR to a new folder.',
    );
  }
  refuseDelimiterInAliases(corpus);

  // The importer writes into a staging home beside the real one; only a finished database is moved
  // into place (a rename), so an import that fails or is interrupted leaves no database behind.
  mkdirSync(dataDir, { recursive: true });
  removeStaleStaging(dataDir);
  const staging = mkdtempSync(path.join(dataDir, STAGING_PREFIX));
  try {
    const { files, mentions } = await writeImportFiles(corpus, staging);
    phase('write-csv');
    log(`Importing ${corpus.claims.length} claims with Neo4j's offline importer into ${path.resolve(dataDir)}...`);
    const importing = runNeo4jAdmin(
      [
        'database',
        'import',
        'full',
        `--nodes=Entity=${files.entities}`,
        `--nodes=Article=${files.articles}`,
        `--nodes=Outlet=${files.outlets}`,
        `--relationships=PUBLISHED_BY=${files.publishedBy}`,
        `--relationships=${files.claims}`,
        `--relationships=MENTIONS=${files.mentions}`,
        '--id-type=integer',
        `--array-delimiter=${ARRAY_DELIMITER}`,
        // Quotes may span lines.
        '--multiline-fields=true',
        `--report-file=${path.join(staging, 'import.report')}`,
        DATABASE,
      ],
      { dataDir: staging, confDir: staging, heapMb, java },
    );
    // Hashing the corpus takes seconds at a million claims: done while the importer runs.
    const version = corpusVersion(corpus);
    const { code, output } = await importing;
    if (code !== 0) {
      const tail = output
        .trim()
        .split('\n')
        .filter((line) => !/^[-.\s]+\d+%/.test(line))
        .slice(-15)
        .join('\n');
      throw new OfflineImportError(`Neo4j's offline importer failed (exit code ${code}); nothing was imported:\n${tail}`);
    }
    const targets = databaseFolders(dataDir);
    databaseFolders(staging).forEach((folder, index) => {
      mkdirSync(path.dirname(targets[index]!), { recursive: true });
      renameSync(folder, targets[index]!);
    });
    phase('import');
    const counts: LoadCounts = {
      articles: corpus.articles.length,
      entities: corpus.entities.length,
      claims: corpus.claims.length,
      mentions,
    };
    const withoutAliases = corpus.entities.filter((entity) => entity.aliases.length === 0).map((entity) => entity.id);
    return { version, counts, withoutAliases, startedAt, importedAt: Date.now(), phases };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** What an interrupted import left: its staging home (CSV files, a partial store). */
function removeStaleStaging(dataDir: string): void {
  for (const entry of readdirSync(dataDir)) {
    if (entry.startsWith(STAGING_PREFIX)) rmSync(path.join(dataDir, entry), { recursive: true, force: true });
  }
}

/** On the started database: the schema (its indexes fill from the imported data), then the dataset version. */
export async function finishOfflineImport(db: Neo4j, imported: OfflineImport): Promise<LoadResult> {
  const { phases, phase } = phaseTimer(imported.importedAt, { ...imported.phases });
  phase('start');
  await applySchema(db);
  phase('schema');
  const { version, counts, withoutAliases } = imported;
  await db.driver.executeQuery(
    cypherFile('load/record-import'),
    { loadId: randomUUID(), version, counts, withoutAliases },
    { database: db.database },
  );
  phase('record-version');
  return { version, counts, ms: Date.now() - imported.startedAt, phases };
}

function refuseDelimiterInAliases(corpus: Corpus): void {
  const entity = corpus.entities.find((candidate) => candidate.aliases.some((alias) => alias.includes(ARRAY_DELIMITER)));
  if (entity) {
    throw new OfflineImportError(
      `The entity "${entity.id}" has an alias with the control character U+001F, which the offline import uses between aliases. Load with \`npm run load\` instead.`,
    );
  }
}

interface ImportFiles {
  entities: string;
  articles: string;
  outlets: string;
  publishedBy: string;
  claims: string;
  mentions: string;
}

/** The importer's CSV: every string quoted (a doubled quote inside), an empty cell for null (no property). */
const cell = (value: string | null): string => (value === null ? '' : `"${value.replaceAll('"', '""')}"`);
/** The :Article node's properties, as the transactional loader writes them (articleNode). */
const ARTICLE_KEYS = [
  'id',
  'title',
  'titleIsDescriptive',
  'author',
  'published',
  'publishedDate',
  'pageDate',
  'eventDate',
  'url',
  'sha256',
  'notes',
] as const satisfies readonly (keyof ArticleNode)[];

/**
 * Nodes are referred to by their place in the corpus (--id-type=integer), not by their slugs: the
 * importer maps numbers faster than strings, and millions of references make smaller files. The
 * slug is written as the `id` property.
 */
async function writeImportFiles(corpus: Corpus, dir: string): Promise<{ files: ImportFiles; mentions: number }> {
  const files: ImportFiles = {
    entities: path.join(dir, 'entities.csv'),
    articles: path.join(dir, 'articles.csv'),
    outlets: path.join(dir, 'outlets.csv'),
    publishedBy: path.join(dir, 'published-by.csv'),
    claims: path.join(dir, 'claims.csv'),
    mentions: path.join(dir, 'mentions.csv'),
  };
  const entityRef = new Map(corpus.entities.map((entity, index) => [entity.id, index]));
  const articleRef = new Map(corpus.articles.map((article, index) => [article.id, index]));
  let entityIndex = 0;
  await writeCsv(files.entities, ':ID(Entity),:LABEL,id,kind,name,aliases:string[],description,searchText', corpus.entities, (entity) => {
    const row = entityRow(entity);
    return [
      entityIndex++,
      row.kind,
      cell(row.id),
      cell(row.kind),
      cell(row.name),
      cell(row.aliases.join(ARRAY_DELIMITER)),
      cell(row.description),
      cell(row.searchText),
    ].join(',');
  });
  let articleIndex = 0;
  const articleHeader = ARTICLE_KEYS.map((key) => (key === 'titleIsDescriptive' ? `${key}:boolean` : key));
  await writeCsv(files.articles, `:ID(Article),${articleHeader.join(',')}`, corpus.articles.map(articleNode), (article) =>
    [articleIndex++, ...ARTICLE_KEYS.map((key) => (typeof article[key] === 'boolean' ? String(article[key]) : cell(article[key])))].join(
      ',',
    ),
  );
  await writeOutlets(corpus, files, articleRef);
  // The offsets are doubles: the transactional loader's JavaScript numbers reach Neo4j as floats.
  const historical = historicalClaims(corpus);
  await writeCsv(
    files.claims,
    ':START_ID(Entity),:END_ID(Entity),:TYPE,claimId,polarity,quote,quoteStart:double,quoteEnd:double,articleId,statedBy,date,historical:boolean,effectiveDate',
    corpus.claims,
    (claim) =>
      [
        entityRef.get(claim.subject),
        entityRef.get(claim.object),
        claim.type,
        cell(claim.id),
        cell(claim.polarity),
        cell(claim.quote),
        claim.offsets[0],
        claim.offsets[1],
        cell(claim.article),
        cell(claim.statedBy),
        cell(claim.date),
        String(historical.has(claim.id)),
        cell(effectiveDate(claim.date, corpus.articles[articleRef.get(claim.article)!]!.published)),
      ].join(','),
  );
  let mentions = 0;
  const pairs = function* () {
    for (const [article, named] of mentionsByArticle(corpus)) {
      for (const entity of named) {
        mentions += 1;
        yield `${articleRef.get(article)},${entityRef.get(entity)}`;
      }
    }
  };
  await writeCsv(files.mentions, ':START_ID(Article),:END_ID(Entity)', pairs(), (line) => line);
  return { files, mentions };
}

/** The :Outlet nodes and each article's PUBLISHED_BY. */
async function writeOutlets(corpus: Corpus, files: ImportFiles, articleRef: Map<string, number>): Promise<void> {
  const outletRef = new Map(corpus.outlets.map((outlet, index) => [outlet.id, index]));
  await writeCsv(files.outlets, ':ID(Outlet),id,name,country,url', corpus.outlets, (outlet) =>
    [outletRef.get(outlet.id), cell(outlet.id), cell(outlet.name), cell(outlet.country), cell(outlet.url)].join(','),
  );
  const published = corpus.articles.filter((article) => article.outlet !== null);
  await writeCsv(files.publishedBy, ':START_ID(Article),:END_ID(Outlet)', published, (article) =>
    [articleRef.get(article.id), outletRef.get(article.outlet!)].join(','),
  );
}

/** Streams rows to a file in chunks of about a megabyte, waiting whenever the disk falls behind. */
async function writeCsv<T>(file: string, header: string, items: Iterable<T>, toLine: (item: T) => string): Promise<void> {
  const out = createWriteStream(file);
  let chunk = `${header}\n`;
  for (const item of items) {
    chunk += `${toLine(item)}\n`;
    if (chunk.length >= 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}
