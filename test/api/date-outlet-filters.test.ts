// The view filters of time and source on a corpus of two periods and two outlet countries:
// `from`/`to` keep claims whose whole effective date is in range, `undated=false` drops undated
// ones, `outlet`/`outletCountry` keep the claims of those outlets' articles; bad values are 400s.
import request from 'supertest';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphResponseSchema } from '../../contract/index.ts';
import { createApp } from '../../server/app.ts';
import type { Neo4j } from '../../server/db/neo4j.ts';
import { applySchema } from '../../server/db/schema.ts';
import { loadCorpus } from '../../server/corpus/load.ts';
import { readValidCorpus } from '../../server/corpus/valid-corpus.ts';
import { vocabularyOf } from '../../server/vocabulary.ts';
import { errorOf, parsed } from '../support/api-body.ts';
import { connectTestNeo4j, resetGraph } from '../support/neo4j.ts';
import { removeDataDir, writeFixture } from '../corpus/fixture.ts';
import { periodsFixture } from '../corpus/periods-fixture.ts';

describe('date and outlet filters of a view', () => {
  let db: Neo4j;
  let app: Express;

  /** The claim ids of a view, sorted. */
  const claimsOf = async (query: string) => {
    const graph = parsed(GraphResponseSchema, await request(app).get(`/api/graph?${query}`));
    return graph.edges.flatMap((edge) => edge.claims.map((claim) => claim.claimId)).sort();
  };
  const byArticle =
    (...articles: string[]) =>
    (id: string) =>
      articles.some((article) => id.startsWith(`${article}-`));
  let all: string[];

  beforeAll(async () => {
    db = await connectTestNeo4j();
    await applySchema(db);
    await resetGraph(db);
    const dataDir = writeFixture(periodsFixture());
    const corpus = readValidCorpus(dataDir);
    removeDataDir(dataDir);
    await loadCorpus(db, corpus);
    app = createApp({ db, vocabulary: vocabularyOf(corpus.vocabulary), log: () => {} });
    all = await claimsOf('');
  });
  afterAll(async () => {
    await resetGraph(db);
    await db.close();
  });

  it('when a month is asked for, then the view holds the claims dated in it and the undated ones', async () => {
    expect(await claimsOf('from=2020-12&to=2020-12')).toEqual(all.filter(byArticle('dec-pk', 'dec-in', 'wire')));
    expect(await claimsOf('from=2020-12&to=2020-12&undated=false')).toEqual(all.filter(byArticle('dec-pk', 'dec-in')));
  });

  it("when a claim has its own date, then that date places it, not its article's", async () => {
    const april = await claimsOf('from=2021-04-01&to=2021-04-30&undated=false');
    const march = await claimsOf('from=2021-03&to=2021-03&undated=false');

    expect(april).toEqual(all.filter(byArticle('apr-pk', 'apr-in')).filter((id) => id !== 'apr-in-india-cooperates-with-united-states'));
    expect(march).toEqual(['apr-in-india-cooperates-with-united-states']);
  });

  it('when a range cuts through a partial date, then that claim is left out', async () => {
    // The India–US claim is dated only "2021-03": a range ending 2021-03-15 does not hold all of it.
    expect(await claimsOf('from=2021-03-01&to=2021-03-15&undated=false')).toEqual([]);
    expect(await claimsOf('from=2021&undated=false')).toEqual(all.filter(byArticle('apr-pk', 'apr-in')));
    expect(await claimsOf('to=2020&undated=false')).toEqual(all.filter(byArticle('dec-pk', 'dec-in')));
  });

  it('when outlets or outlet countries are asked for, then the view holds their articles’ claims only', async () => {
    expect(await claimsOf('outletCountry=PK')).toEqual(all.filter(byArticle('dec-pk', 'apr-pk')));
    expect(await claimsOf('outlet=delhi-herald')).toEqual(all.filter(byArticle('dec-in', 'apr-in')));
    expect(await claimsOf('outletCountry=PK,IN&article=dec-in,wire')).toEqual(all.filter(byArticle('dec-in')));
    expect(await claimsOf('outletCountry=PK&from=2021-04&to=2021-04')).toEqual(all.filter(byArticle('apr-pk')));
    expect(await claimsOf('outletCountry=US')).toEqual([]);
  });

  it.each([
    ['from=2021-13', 'query.from'],
    ['to=2021-02-30', 'query.to'],
    ['from=April', 'query.from'],
    ['from=2021-04-07&to=2021-04-06', 'query.to'],
    ['from=2021-04&to=2021-03-31', 'query.to'],
    ['outletCountry=pk', 'query.outletCountry'],
    ['undated=no', 'query.undated'],
  ])('when the query is %s, then it is a 400 naming %s', async (query, field) => {
    const response = await request(app).get(`/api/graph?${query}`);

    expect(errorOf(response, 400).message).toMatch(new RegExp(`^${field.replace('.', '\\.')}`));
  });

  it('when the range is one day at both ends, then it is accepted', async () => {
    expect(await claimsOf('from=2020-12-10&to=2020-12-10&undated=false')).toEqual(all.filter(byArticle('dec-pk')));
  });
});
