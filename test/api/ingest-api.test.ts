// The ingest routes over a fixture data folder and the real test Neo4j: an article proposed,
// reviewed and committed lands in data/ and in the graph; bad input and unfinished reviews are
// refused with every problem named and nothing written; writes are refused to other sites' pages
// and, off loopback, to anyone without the token.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type express from 'express';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ArticlesResponseSchema,
  CommitResponseSchema,
  IngestStatusSchema,
  ProposeResponseSchema,
  type ProposeRequest,
  type Review,
} from '../../contract/index.ts';
import { createApp } from '../../server/app.ts';
import { loadCorpus } from '../../server/corpus/load.ts';
import { readValidCorpus } from '../../server/corpus/valid-corpus.ts';
import type { Neo4j } from '../../server/db/neo4j.ts';
import { applySchema } from '../../server/db/schema.ts';
import type { WriteAccessOptions } from '../../server/http/write-access.ts';
import { removeDataDir } from '../corpus/fixture.ts';
import { NEW_TEXT, sentenceProposer, snapshot, writeFixtureWithTexts } from '../ingest/ingest-fixture.ts';
import { errorOf, parsed } from '../support/api-body.ts';
import { connectTestNeo4j, resetGraph } from '../support/neo4j.ts';

const LOOPBACK: WriteAccessOptions = { host: '127.0.0.1' };
const pasted = (content: string, metadata: ProposeRequest['metadata'] = { title: 'Talks on trade' }): ProposeRequest => ({
  input: 'pasted text',
  format: 'text',
  content,
  metadata,
});
const decided = (review: Review, decision: 'accept' | 'reject' = 'accept'): Review => ({
  ...review,
  entities: review.entities.map((entity) => ({ ...entity, decision, description: entity.new ? 'Named in the article' : null })),
  claims: review.claims.map((claim) => ({ ...claim, decision })),
});

describe('POST /api/ingest', () => {
  let db: Neo4j;
  let dataDir: string;
  let textsDir: string;
  const appWith = (access: WriteAccessOptions): express.Express =>
    createApp({ db, ingest: { dataDir, access, propose: sentenceProposer }, log: () => {} });
  const propose = async (app: express.Express, body: ProposeRequest) =>
    parsed(ProposeResponseSchema, await request(app).post('/api/ingest/propose').send(body));

  beforeAll(async () => {
    db = await connectTestNeo4j();
    await applySchema(db);
  });
  afterAll(() => db.close());
  beforeEach(async () => {
    await resetGraph(db);
    ({ dataDir, textsDir } = writeFixtureWithTexts());
    await loadCorpus(db, readValidCorpus(dataDir));
  });
  afterEach(() => {
    removeDataDir(dataDir);
    rmSync(textsDir, { recursive: true, force: true });
  });

  it('when an article is proposed, reviewed and committed, then data/ and the graph hold it, with nothing kept in between', async () => {
    const app = appWith(LOOPBACK);
    expect(parsed(IngestStatusSchema, await request(app).get('/api/ingest'))).toMatchObject({ enabled: true, reason: null });

    const { text, review } = await propose(app, pasted(NEW_TEXT.replace(/\n/g, '\r\n'), { title: 'Talks on trade', outlet: ' ' }));
    expect(text).toBe(NEW_TEXT);
    expect(review.article).toMatchObject({ id: 'talks-on-trade', title: 'Talks on trade', outlet: null, published: null });
    expect(review.claims.length).toBeGreaterThan(0);
    expect(review.claims.every((claim) => claim.decision === 'pending')).toBe(true);
    const untouched = snapshot(dataDir);

    const committed = parsed(
      CommitResponseSchema,
      await request(app)
        .post('/api/ingest/commit')
        .send({ text, review: decided(review) }),
      201,
    );

    expect(committed).toMatchObject({ articleId: 'talks-on-trade', claims: review.claims.length, merged: false });
    expect(snapshot(dataDir)).not.toEqual(untouched);
    const articles = parsed(ArticlesResponseSchema, await request(app).get('/api/articles')).articles;
    expect(articles.find((article) => article.id === 'talks-on-trade')).toMatchObject({ claims: review.claims.length });
  });

  it('when articles name a known outlet and a new one, then the known record is reused and the new one added to outlets.yaml', async () => {
    const app = appWith(LOOPBACK);
    for (const [title, outlet] of [
      ['Known outlet', 'example news'],
      ['New outlet', 'The Hindu'],
    ]) {
      const { text, review } = await propose(app, pasted(`${NEW_TEXT}\n\n${title}.`, { title, outlet, published: 'April 8, 2021' }));
      await request(app)
        .post('/api/ingest/commit')
        .send({ text, review: decided(review) })
        .expect(201);
    }

    const articles = parsed(ArticlesResponseSchema, await request(app).get('/api/articles')).articles;
    expect(articles.find((article) => article.id === 'known-outlet-2021')).toMatchObject({
      outlet: 'Example News',
      outletId: 'example-news',
      outletCountry: 'PK',
      published: 'April 8, 2021',
      publishedDate: '2021-04-08',
    });
    expect(articles.find((article) => article.id === 'new-outlet-2021')).toMatchObject({
      outlet: 'The Hindu',
      outletId: 'the-hindu',
      outletCountry: null,
    });
    expect(readFileSync(path.join(dataDir, 'outlets.yaml'), 'utf8')).toContain('id: the-hindu');
  });

  it('when the review still has pending decisions, then 422 names each one and nothing is written', async () => {
    const app = appWith(LOOPBACK);
    const { text, review } = await propose(app, pasted(NEW_TEXT));
    const before = snapshot(dataDir);

    const error = errorOf(await request(app).post('/api/ingest/commit').send({ text, review }), 422);

    expect(error.code).toBe('review_incomplete');
    expect(error.problems?.map((problem) => problem.where)).toEqual(
      expect.arrayContaining(review.claims.map((_, index) => `claims[${index}].decision`)),
    );
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('when a quote was edited so that it is not in the text, then 422 names the claim file and nothing is written', async () => {
    const app = appWith(LOOPBACK);
    const { text, review } = await propose(app, pasted(NEW_TEXT));
    const edited = decided(review);
    edited.claims[0] = { ...edited.claims[0]!, quote: 'words the article never printed' };
    const before = snapshot(dataDir);

    const error = errorOf(await request(app).post('/api/ingest/commit').send({ text, review: edited }), 422);

    expect(error.code).toBe('commit_invalid');
    expect(error.problems?.[0]?.where).toMatch(/^data\/claims\/talks-on-trade\.yaml/);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('when the text sent back is not the one reviewed, then 409 text_changed', async () => {
    const app = appWith(LOOPBACK);
    const { text, review } = await propose(app, pasted(NEW_TEXT));

    expect(
      errorOf(
        await request(app)
          .post('/api/ingest/commit')
          .send({ text: `${text}!`, review: decided(review) }),
        409,
      ).code,
    ).toBe('text_changed');
  });

  it('when two reviews of different articles are committed at once, then both land', async () => {
    const app = appWith(LOOPBACK);
    const first = await propose(app, pasted(NEW_TEXT, { title: 'First' }));
    const second = await propose(app, pasted(`${NEW_TEXT}\n\nA second report.`, { title: 'Second' }));
    const secondReview = decided(second.review);
    // Both reviews propose the same new entities: the second merges its into the first's.
    secondReview.entities = secondReview.entities.map((entity) => ({ ...entity, decision: entity.new ? 'reject' : 'accept' }));

    const answers = await Promise.all([
      request(app)
        .post('/api/ingest/commit')
        .send({ text: first.text, review: decided(first.review) }),
      request(app).post('/api/ingest/commit').send({ text: second.text, review: secondReview }),
    ]);

    expect(answers.map((answer) => answer.status)).toEqual([201, 201]);
    const ids = parsed(ArticlesResponseSchema, await request(app).get('/api/articles')).articles.map((article) => article.id);
    expect(ids).toEqual(expect.arrayContaining(['first', 'second']));
  });

  it.each([
    ['an empty text', pasted('   \n  '), 400, 'empty'],
    ['a binary file', pasted('PK\u0003\u0004\u0000\u0000binary'), 400, 'binary'],
    ['a text over 2 MB', pasted('a'.repeat(2 * 1024 * 1024 + 1)), 413, 'payload_too_large'],
    ['a page with no article', { ...pasted('<html><body><nav>Home</nav></body></html>'), format: 'html' as const }, 400, 'no_article'],
    ['no title', pasted(NEW_TEXT, {}), 400, 'bad_request'],
    ['a bad URL', pasted(NEW_TEXT, { title: 'T', url: 'javascript:alert(1)' }), 400, 'bad_request'],
  ])('when the input is %s, then %d %s and nothing is written', async (_what, body, status, code) => {
    const app = appWith(LOOPBACK);
    const before = snapshot(dataDir);

    expect(errorOf(await request(app).post('/api/ingest/propose').send(body), status).code).toBe(code);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('when the text is already an article of the corpus, then 409 names that article', async () => {
    const app = appWith(LOOPBACK);
    const { text, review } = await propose(app, pasted(NEW_TEXT));
    await request(app)
      .post('/api/ingest/commit')
      .send({ text, review: decided(review) });

    const error = errorOf(
      await request(app)
        .post('/api/ingest/propose')
        .send(pasted(NEW_TEXT, { title: 'Again' })),
      409,
    );

    expect(error).toMatchObject({ code: 'already_ingested', message: expect.stringContaining('"talks-on-trade"') as unknown });
  });

  it('when a page holds scripts and handlers, then the kept text has none of them', async () => {
    const app = appWith(LOOPBACK);
    const paragraph = 'Pakistan and India held talks on trade in Islamabad on Tuesday, officials of both countries said after the meeting.';
    const html = `<html><head><title>Talks</title><script>alert(1)</script><style>p{}</style></head><body><article><h1>Talks</h1>
      ${`<p onclick="steal()">${paragraph}</p>`.repeat(4)}<a href="javascript:alert(2)">read more</a></article></body></html>`;

    const { text } = await propose(app, { input: 'talks.html', format: 'html', content: html, metadata: {} });

    expect(text).toContain(paragraph);
    expect(text).not.toMatch(/alert|steal|onclick|<p/);
  });

  describe('who may write', () => {
    it('when a page of another site posts, then 403 forbidden_origin', async () => {
      const answer = await request(appWith(LOOPBACK))
        .post('/api/ingest/propose')
        .set('Origin', 'https://evil.example')
        .send(pasted(NEW_TEXT));
      expect(errorOf(answer, 403).code).toBe('forbidden_origin');
    });

    it('when the Host is not a loopback name (DNS rebinding), then 403 forbidden_host', async () => {
      const answer = await request(appWith(LOOPBACK)).post('/api/ingest/propose').set('Host', 'evil.example').send(pasted(NEW_TEXT));
      expect(errorOf(answer, 403).code).toBe('forbidden_host');
    });

    it('when the body is not JSON (a form post), then 415', async () => {
      const answer = await request(appWith(LOOPBACK)).post('/api/ingest/propose').type('form').send('content=x');
      expect(errorOf(answer, 415).code).toBe('unsupported_media_type');
    });

    it('when the server listens beyond loopback with no token, then it does not start, and says how to', () => {
      expect(() => appWith({ host: '0.0.0.0' })).toThrow(/ENTENTE_TOKEN/);
    });

    it('when the explorer is public and read-only, then writing is off and says why', async () => {
      const app = appWith({ host: '0.0.0.0', publicReadOnly: true });
      expect(parsed(IngestStatusSchema, await request(app).get('/api/ingest'))).toMatchObject({
        enabled: false,
        reason: expect.stringContaining('PUBLIC_READ_ONLY') as unknown,
      });
      expect(errorOf(await request(app).post('/api/ingest/propose').send(pasted(NEW_TEXT)), 403).code).toBe('writes_disabled');
    });

    it('when a token is configured, then only requests that carry it may write', async () => {
      const app = appWith({ host: '0.0.0.0', token: 's3cret-token' });
      const send = (token?: string) => {
        const post = request(app).post('/api/ingest/propose').set('Host', 'entente.example');
        return (token === undefined ? post : post.set('Authorization', `Bearer ${token}`)).send(pasted(NEW_TEXT));
      };

      expect(errorOf(await send(), 401).code).toBe('unauthorized');
      expect(errorOf(await send('s3cret-tokeN'), 401).code).toBe('unauthorized');
      expect((await send('s3cret-token')).status).toBe(200);
    });

    it('when the explorer was started without a data folder, then it takes no articles in', async () => {
      const app = createApp({ db, log: () => {} });
      expect(parsed(IngestStatusSchema, await request(app).get('/api/ingest')).enabled).toBe(false);
      expect(errorOf(await request(app).post('/api/ingest/commit').send({}), 403).code).toBe('writes_disabled');
    });
  });
});
