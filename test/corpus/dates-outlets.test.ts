// Dates and outlets against a real Neo4j: Outlet nodes and PUBLISHED_BY as outlets.yaml and
// articles.yaml say, each article's publishedDate and each claim's effectiveDate as the normaliser
// reads them, and the claims-between-dates saved query against a range check computed here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateEnd, dateStart, effectiveDate, normaliseDate } from '../../contract/index.ts';
import type { Neo4j } from '../../server/db/neo4j.ts';
import { applySchema } from '../../server/db/schema.ts';
import { toPlain } from '../../server/db/to-plain.ts';
import { loadCorpus } from '../../server/corpus/load.ts';
import { readValidCorpus, type ValidCorpus } from '../../server/corpus/valid-corpus.ts';
import { readSavedQueries } from '../../server/queries/saved-queries.ts';
import { connectTestNeo4j, resetGraph } from '../support/neo4j.ts';
import { recordAt, removeDataDir, validFixture, writeFixture } from './fixture.ts';

const BETWEEN = readSavedQueries().find((query) => query.name === 'claims-between-dates')!;

describe('dates and outlets in the graph', () => {
  let db: Neo4j;
  let dataDir: string;
  let corpus: ValidCorpus;
  const read = async (query: string, params = {}) =>
    (await db.driver.executeQuery(query, params, { database: db.database })).records.map(
      (record) => toPlain(record.toObject()) as Record<string, unknown>,
    );

  /** Each claim's effective date, from the data files. */
  const expectedDates = () =>
    new Map(
      corpus.claims.map((claim) => [claim.id, effectiveDate(claim.date, corpus.articles.find((a) => a.id === claim.article)!.published)]),
    );

  beforeAll(async () => {
    db = await connectTestNeo4j();
    await applySchema(db);
    await resetGraph(db);
    const files = validFixture();
    // A claim with a year only, so the ranges meet every precision.
    recordAt(files.claims['article-b'], 0).date = '2020';
    dataDir = writeFixture(files);
    corpus = readValidCorpus(dataDir);
    await loadCorpus(db, corpus);
  });
  afterAll(async () => {
    await resetGraph(db);
    await db.close();
    removeDataDir(dataDir);
  });

  it('when the corpus is loaded, then each outlet is a node and each article with an outlet is PUBLISHED_BY it', async () => {
    const outlets = await read('MATCH (o:Outlet) RETURN o.id AS id, o.name AS name, o.country AS country, o.url AS url ORDER BY id');
    const links = await read('MATCH (a:Article)-[:PUBLISHED_BY]->(o:Outlet) RETURN a.id AS article, o.id AS outlet ORDER BY article');

    expect(outlets).toEqual([...corpus.outlets].sort((a, b) => a.id.localeCompare(b.id)));
    expect(links).toEqual(corpus.articles.filter((a) => a.outlet !== null).map((a) => ({ article: a.id, outlet: a.outlet })));
    expect(await read('MATCH (a:Article) WHERE a.outlet IS NOT NULL RETURN a.id AS id')).toEqual([]);
  });

  it("when the corpus is loaded, then each article's publishedDate is its printed date read, and pageDate is never it", async () => {
    const rows = await read('MATCH (a:Article) RETURN a.id AS id, a.publishedDate AS publishedDate ORDER BY id');

    expect(rows).toEqual(corpus.articles.map((a) => ({ id: a.id, publishedDate: normaliseDate(a.published) })));
    expect(rows.some((row) => row.publishedDate !== null)).toBe(true);
    expect(rows.find((row) => row.id === 'article-b')).toEqual({ id: 'article-b', publishedDate: null });
  });

  it("when the corpus is loaded, then each claim's effectiveDate is its own date, else its article's", async () => {
    const rows = await read('MATCH ()-[r]->() WHERE r.claimId IS NOT NULL RETURN r.claimId AS id, r.effectiveDate AS date');

    expect(new Map(rows.map((row) => [row.id, row.date]))).toEqual(expectedDates());
    expect(new Set(expectedDates().values()).size).toBeGreaterThan(1);
  });

  it.each([
    ['2021-04-05', '2021-04-06'],
    ['2021-04-07', '2021-04-07'],
    ['2021', '2021'],
    ['2020-06', '2021-04'],
    ['2019', '2019-12-31'],
  ])('when claims-between-dates runs from %s to %s, then it returns exactly the claims whose whole date is in range', async (from, to) => {
    const rows = await read(BETWEEN.cypher, { from, to });
    const expected = [...expectedDates()]
      .filter(([, date]) => date !== null && dateStart(date) >= dateStart(from) && dateEnd(date) <= dateEnd(to))
      .map(([id]) => id)
      .sort();

    expect(rows.map((row) => row.claimId as string).sort()).toEqual(expected);
  });
});
