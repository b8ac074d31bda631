// The loader against a real Neo4j: all or nothing, idempotent, versioned, and the graph contract.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Neo4j } from '../../server/db/neo4j.ts';
import { applySchema } from '../../server/db/schema.ts';
import { toPlain } from '../../server/db/to-plain.ts';
import { loadCorpus, loadCorpusIfChanged } from '../../server/corpus/load.ts';
import { CorpusInvalidError, readValidCorpus, validCorpus, type ValidCorpus } from '../../server/corpus/valid-corpus.ts';
import { connectTestNeo4j, graphFingerprint, resetGraph } from '../support/neo4j.ts';
import { recordAt, removeDataDir, validFixture, writeFixture } from './fixture.ts';

describe('loader', () => {
  let db: Neo4j;
  let dataDir: string;
  let corpus: ValidCorpus;
  const read = async (query: string, params = {}) =>
    (await db.driver.executeQuery(query, params, { database: db.database })).records.map((record) => toPlain(record.toObject()));

  beforeAll(async () => {
    db = await connectTestNeo4j();
    await applySchema(db);
  });
  afterAll(() => db.close());
  beforeEach(async () => {
    await resetGraph(db);
    dataDir = writeFixture(validFixture());
    corpus = readValidCorpus(dataDir);
  });
  afterEach(() => removeDataDir(dataDir));

  it('when a corpus is loaded, then the graph follows the contract', async () => {
    const result = await loadCorpus(db, corpus);

    expect(result.counts).toEqual({ articles: 2, entities: 5, claims: 3, mentions: 6 });
    expect(await read('MATCH (e:Entity:Country) RETURN e.id AS id ORDER BY id')).toEqual([
      { id: 'india' },
      { id: 'pakistan' },
      { id: 'russia' },
    ]);
    expect(await read(`MATCH (e:Entity {id: 'russia'}) RETURN e.name AS name, e.kind AS kind, e.aliases AS aliases`)).toEqual([
      { name: 'Russia', kind: 'Country', aliases: ['Moscow', 'Russian Federation'] },
    ]);
    const claims = await read(
      `MATCH (s:Entity)-[r]->(o:Entity) RETURN s.id AS s, type(r) AS type, o.id AS o, r.claimId AS claimId, r.polarity AS polarity,
              r.quote AS quote, r.articleId AS articleId, r.statedBy AS statedBy, r.quoteStart AS start, r.quoteEnd AS end ORDER BY claimId`,
    );
    expect(claims).toEqual([
      {
        s: 'sergey-lavrov',
        type: 'MET_WITH',
        o: 'shah-mahmood-qureshi',
        claimId: 'a-lavrov-met-qureshi',
        polarity: 'neutral',
        quote: 'Lavrov met Qureshi',
        articleId: 'article-a',
        statedBy: 'sergey-lavrov',
        start: 300,
        end: 318,
      },
      {
        s: 'russia',
        type: 'COOPERATES_WITH',
        o: 'pakistan',
        claimId: 'a-russia-cooperates-with-pakistan',
        polarity: 'alliance',
        quote: 'Russia and Pakistan agreed to cooperate',
        articleId: 'article-a',
        statedBy: null,
        start: 120,
        end: 159,
      },
      {
        s: 'india',
        type: 'RIVAL_OF',
        o: 'pakistan',
        claimId: 'b-india-rival-of-pakistan',
        polarity: 'tension',
        quote: 'India and Pakistan remain rivals',
        articleId: 'article-b',
        statedBy: null,
        start: 0,
        end: 32,
      },
    ]);
    expect(
      await read(`MATCH (a:Article {id: 'article-b'}) RETURN a.outlet AS outlet, a.pageDate AS pageDate, a.published AS published`),
    ).toEqual([{ outlet: null, pageDate: 'Wednesday, February 21, 2024', published: null }]);
    expect(await read(`MATCH (:Article {id: 'article-a'})-[:MENTIONS]->(e) RETURN e.id AS id ORDER BY id`)).toEqual([
      { id: 'pakistan' },
      { id: 'russia' },
      { id: 'sergey-lavrov' },
      { id: 'shah-mahmood-qureshi' },
    ]);
    expect(await read(`MATCH (n) WHERE n:StagedEntity OR n:StagedArticle OR n:Retired RETURN count(n) AS left`)).toEqual([{ left: 0 }]);
  });

  it('when an article lists entities it names without a claim, then they are MENTIONS of it, its node has no such property, and the version changes', async () => {
    const plain = await loadCorpus(db, corpus);
    const files = validFixture();
    files.entities.push({
      id: 'sco',
      kind: 'Organization',
      name: 'Shanghai Cooperation Organization',
      aliases: ['SCO'],
      description: 'A regional organization.',
    });
    recordAt(files.articles, 0).mentions = ['india', 'sco'];
    const mentionsDir = writeFixture(files);
    try {
      const result = await loadCorpus(db, readValidCorpus(mentionsDir), { batchSize: 1 });

      expect(result.counts).toMatchObject({ entities: 6, mentions: 8 });
      expect(result.version).not.toBe(plain.version);
      expect(await read(`MATCH (:Article {id: 'article-a'})-[:MENTIONS]->(e) RETURN e.id AS id ORDER BY id`)).toEqual(
        ['india', 'pakistan', 'russia', 'sco', 'sergey-lavrov', 'shah-mahmood-qureshi'].map((id) => ({ id })),
      );
      expect(
        await read(`MATCH (e:Entity {id: 'sco'}) RETURN COUNT { (e)--(:Entity) } AS claims, COUNT { (e)<-[:MENTIONS]-() } AS mentions`),
      ).toEqual([{ claims: 0, mentions: 1 }]);
      expect(await read(`MATCH (a:Article) WHERE a.mentions IS NOT NULL RETURN a.id AS id`)).toEqual([]);
    } finally {
      removeDataDir(mentionsDir);
    }
  });

  it('when the same corpus is loaded twice, then the graph is the same', async () => {
    await loadCorpus(db, corpus);
    const once = await graphFingerprint(db);

    await loadCorpus(db, corpus, { batchSize: 2 });

    expect(await graphFingerprint(db)).toEqual(once);
  });

  it.each([0, 1, 2])('when claim %i refers to an entity that is not there, then the load fails and the graph is unchanged', async (row) => {
    await loadCorpus(db, corpus);
    const before = await graphFingerprint(db);
    const claims = corpus.claims.map((claim, i) => (i === row ? { ...claim, object: 'atlantis' } : claim));
    // Past validation, as a fault in the database would be: the load must still change nothing.
    const broken = { ...corpus, claims } as ValidCorpus;

    await expect(loadCorpus(db, broken, { batchSize: 1 })).rejects.toThrow(/stage-claims[\s\S]*row/);

    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('when two claims share an id, then validation refuses the corpus before the loader sees it', () => {
    const duplicate = { ...corpus.claims[1]!, id: corpus.claims[0]!.id };

    expect(() => validCorpus({ ...corpus, claims: [...corpus.claims, duplicate] })).toThrow(CorpusInvalidError);
  });

  it('when two entities share an id past validation, then the unique constraint refuses the switch and the graph is unchanged', async () => {
    await loadCorpus(db, corpus);
    const before = await graphFingerprint(db);
    const twin = { ...corpus.entities[1]!, name: 'Twin' };

    await expect(loadCorpus(db, { ...corpus, entities: [...corpus.entities, twin] })).rejects.toThrow();

    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('when the data folder has a bad file, then nothing is loaded and every problem is listed', async () => {
    await loadCorpus(db, corpus);
    const before = await graphFingerprint(db);
    const files = validFixture();
    recordAt(files.claims['article-a'], 0).subject = 'atlantis';
    recordAt(files.entities, 0).kind = 'Planet';
    const badDir = writeFixture(files);
    try {
      const attempt = async () => loadCorpusIfChanged(db, readValidCorpus(badDir), { source: badDir });

      await expect(attempt()).rejects.toThrow(CorpusInvalidError);
      await expect(attempt()).rejects.toThrow(/2 problem/);
      expect(await graphFingerprint(db)).toEqual(before);
    } finally {
      removeDataDir(badDir);
    }
  });

  it('when the graph already holds this version, then it is not reloaded; when the data changes, it is', async () => {
    const first = await loadCorpusIfChanged(db, readValidCorpus(dataDir), { source: dataDir });
    const again = await loadCorpusIfChanged(db, readValidCorpus(dataDir), { source: dataDir });
    const files = validFixture();
    recordAt(files.entities, 4).name = 'Republic of India';
    const changedDir = writeFixture(files);
    try {
      const changed = await loadCorpusIfChanged(db, readValidCorpus(changedDir), { source: changedDir });

      expect(first).not.toBeNull();
      expect(again).toBeNull();
      expect(changed?.version).not.toBe(first?.version);
      expect(await read(`MATCH (d:Dataset) RETURN d.version AS version`)).toEqual([{ version: changed?.version }]);
      expect(await read(`MATCH (e:Entity {id: 'india'}) RETURN e.name AS name`)).toEqual([{ name: 'Republic of India' }]);
    } finally {
      removeDataDir(changedDir);
    }
  });
});
