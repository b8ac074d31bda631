// The offline import against real Neo4js: the run's database loaded by the transactional loader,
// and a second embedded Neo4j opened on what the importer wrote. The two graphs must be equal,
// property for property and type for type, on a corpus whose text is hard to write as CSV.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/db/embedded.ts';
import { openNeo4j, type Neo4j } from '../../server/db/neo4j.ts';
import { applySchema } from '../../server/db/schema.ts';
import { toPlain } from '../../server/db/to-plain.ts';
import { datasetVersion } from '../../server/corpus/dataset-version.ts';
import { loadCorpus } from '../../server/corpus/load.ts';
import { corpusVersion, validCorpus, type ValidCorpus } from '../../server/corpus/valid-corpus.ts';
import {
  databaseFolders,
  finishOfflineImport,
  importCorpusOffline,
  OFFLINE_IMPORT_MIN_CLAIMS,
  OfflineImportError,
  prefersOfflineImport,
} from '../../server/corpus/offline-import.ts';
import type { Corpus } from '../../server/corpus/schema.ts';
import { connectTestNeo4j, resetGraph } from '../support/neo4j.ts';
import { seedCorpus } from '../support/seed-corpus.ts';

/** The seed corpus with text that CSV makes hard: quotes, commas, line breaks, backslashes, empty aliases. */
function awkwardCorpus(): ValidCorpus {
  const seed: Corpus = seedCorpus();
  const [first, second] = seed.claims;
  const quote = (claim: Corpus['claims'][number], text: string) => {
    claim.quote = text;
    claim.offsets = [claim.offsets[0], claim.offsets[0] + text.length];
  };
  quote(first!, 'He said "we agree", then paused,\nand added: \\"no\\" — twice \\');
  quote(second!, '  leading and trailing spaces  ');
  const [entity, other] = seed.entities;
  entity!.aliases = [];
  other!.aliases = ['A; B', 'C, "D"', 'line\nbreak'];
  other!.description = '123';
  seed.articles[0]!.notes = '"quoted", with a comma';
  return validCorpus(seed);
}

/** Every node and relationship with each property's value and type (the dataset's load id and time aside). */
async function graphDump(db: Neo4j) {
  const read = async (query: string) =>
    (await db.driver.executeQuery(query, {}, { database: db.database, routing: 'READ' })).records.map((r) => toPlain(r.toObject()));
  const typed = `COLLECT { UNWIND keys(x) AS key WITH key WHERE NOT key IN ['loadId', 'loadedAt'] RETURN [key, valueType(x[key]), x[key]] ORDER BY key }`;
  return {
    nodes: await read(
      `MATCH (x) WITH x ORDER BY x.id RETURN COLLECT { UNWIND labels(x) AS l RETURN l ORDER BY l } AS labels, ${typed} AS properties`,
    ),
    relationships: await read(
      `MATCH (a)-[x]->(b) WITH a, x, b ORDER BY a.id, type(x), b.id, x.claimId RETURN a.id AS from, type(x) AS type, b.id AS to, ${typed} AS properties`,
    ),
    indexes: await read(`SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name`),
  };
}

describe('offline import', () => {
  let db: Neo4j;
  let imported: Neo4j;
  let embedded: EmbeddedNeo4j;
  let dataDir: string;
  const corpus = awkwardCorpus();

  beforeAll(async () => {
    db = await connectTestNeo4j();
    await applySchema(db);
    await resetGraph(db);
    await loadCorpus(db, corpus);

    dataDir = mkdtempSync(path.join(tmpdir(), 'entente-offline-'));
    const result = await importCorpusOffline(corpus, { dataDir, heapMb: 512 });
    embedded = await startEmbeddedNeo4j({ boltPort: 0, dataDir, heapMb: 512, pageCacheMb: 64, txTimeoutSeconds: 30 });
    imported = await openNeo4j({
      NEO4J_URI: embedded.uri,
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: '',
      NEO4J_DATABASE: 'neo4j',
      NEO4J_BOLT_PORT: 0,
      NEO4J_DATA_DIR: dataDir,
      NEO4J_HEAP_MB: 0,
      NEO4J_PAGECACHE_MB: 0,
      NEO4J_TX_TIMEOUT_S: 30,
      NEO4J_TX_MEMORY_MB: 128,
      NEO4J_CONNECT_TIMEOUT_S: 20,
      NEO4J_ACQUIRE_TIMEOUT_MS: 20_000,
      REQUEST_TIMEOUT_MS: 10_000,
      JAVA: undefined,
    });
    await finishOfflineImport(imported, result);
  }, 180_000);
  afterAll(async () => {
    await imported?.close();
    await embedded?.stop();
    await resetGraph(db);
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('when a corpus is imported offline, then the graph equals the transactional load, property types included', async () => {
    const [expected, actual] = [await graphDump(db), await graphDump(imported)];

    expect(actual.nodes).toHaveLength(corpus.entities.length + corpus.articles.length + corpus.outlets.length + 1);
    expect(actual.relationships.length).toBeGreaterThan(corpus.claims.length);
    expect(actual).toEqual(expected);
    // An entity that an article names without a claim (articles.yaml mentions) is a MENTIONS of it.
    expect(actual.relationships).toContainEqual(
      expect.objectContaining({ from: 'brn-lavrov-visit-pakistan-russia-relations', type: 'MENTIONS', to: 'sco' }),
    );
  });

  it('when imported, then the dataset version is the corpus version, so `npm start` does not load it again', async () => {
    expect(await datasetVersion(imported)).toBe(corpusVersion(corpus));
  });

  it('when the data folder already holds a database, then the import refuses and names the folder', async () => {
    const attempt = importCorpusOffline(corpus, { dataDir, heapMb: 512 });

    await expect(attempt).rejects.toThrow(OfflineImportError);
    await expect(attempt).rejects.toThrow(`${path.resolve(databaseFolders(dataDir)[0]!)} already holds a database`);
    expect(await datasetVersion(imported)).toBe(corpusVersion(corpus));
  });

  it('when the importer fails, then no database and no staging folder stay behind, nor one an earlier import left', async () => {
    const fresh = mkdtempSync(path.join(tmpdir(), 'entente-offline-'));
    mkdirSync(path.join(fresh, '.import-interrupted', 'data'), { recursive: true });
    try {
      // A "java" that exits 1 at once stands for an importer that fails.
      await expect(importCorpusOffline(corpus, { dataDir: fresh, heapMb: 512, java: '/bin/false' })).rejects.toThrow(
        "Neo4j's offline importer failed (exit code 1); nothing was imported",
      );

      expect(readdirSync(fresh)).toEqual([]);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it("when an alias holds the importer's array delimiter, then nothing is written and the error names the entity", async () => {
    const seed: Corpus = seedCorpus();
    seed.entities[3]!.aliases = ['one\u001ftwo'];
    const fresh = mkdtempSync(path.join(tmpdir(), 'entente-offline-'));
    try {
      await expect(importCorpusOffline(validCorpus(seed), { dataDir: fresh, heapMb: 512 })).rejects.toThrow(
        `The entity "${seed.entities[3]!.id}" has an alias`,
      );
      expect(databaseFolders(fresh).some((folder) => existsSync(folder))).toBe(false);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});

describe('when `npm start` imports offline', () => {
  const large = { ...seedCorpus(), claims: new Array<Corpus['claims'][number]>(OFFLINE_IMPORT_MIN_CLAIMS) } as Corpus;
  const small = seedCorpus();

  it('then only for a large corpus, the embedded Neo4j and a data folder without a database', () => {
    const fresh = mkdtempSync(path.join(tmpdir(), 'entente-offline-'));
    try {
      const embedded = { NEO4J_URI: undefined, NEO4J_DATA_DIR: fresh };
      expect(prefersOfflineImport(embedded, large)).toBe(true);
      expect(prefersOfflineImport(embedded, small)).toBe(false);
      expect(prefersOfflineImport({ ...embedded, NEO4J_URI: 'bolt://127.0.0.1:7687' }, large)).toBe(false);
      mkdirSync(databaseFolders(fresh)[0]!, { recursive: true });
      expect(prefersOfflineImport(embedded, large)).toBe(false);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});

describe('npm run load -- --offline', () => {
  const run = (env: Record<string, string>) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/corpus/load-cli.ts', '--offline'], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    return { status: result.status, stderr: result.stderr };
  };

  it('when NEO4J_URI is set, then it exits 1 and says the offline import is for the embedded Neo4j', () => {
    const { status, stderr } = run({ NEO4J_URI: 'bolt://127.0.0.1:1' });

    expect(status).toBe(1);
    expect(stderr).toContain("--offline writes the embedded Neo4j's files, but NEO4J_URI is set (bolt://127.0.0.1:1)");
  });

  it('when NEO4J_DATA_DIR holds a database, then it exits 1, names it and leaves it alone', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'entente-offline-'));
    const store = databaseFolders(dataDir)[0]!;
    mkdirSync(store, { recursive: true });
    try {
      const { status, stderr } = run({ NEO4J_DATA_DIR: dataDir });

      expect(status).toBe(1);
      expect(stderr).toContain(`${store} already holds a database`);
      expect(existsSync(store)).toBe(true);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
