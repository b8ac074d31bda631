// The one way to write to data/: a valid article is written whole and passes the same checks as
// npm run validate and verify-quotes; anything else is refused and nothing is written.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCorpus } from '../../server/corpus/validate.ts';
import { verifyQuotes } from '../../server/corpus/verify-quotes.ts';
import { dataFingerprint } from '../../server/ingest/data-fingerprint.ts';
import { commitArticle, DataWriteRefusedError, type DataWriteRefusal } from '../../server/ingest/data-writer.ts';
import { removeDataDir } from '../corpus/fixture.ts';
import { newArticle, NEW_TEXT, snapshot, writeFixtureWithTexts } from './ingest-fixture.ts';

describe('data writer', () => {
  let dataDir: string;
  let textsDir: string;
  let fingerprint: string;
  beforeEach(() => {
    ({ dataDir, textsDir } = writeFixtureWithTexts());
    fingerprint = dataFingerprint(dataDir);
  });
  afterEach(() => {
    removeDataDir(dataDir);
    rmSync(textsDir, { recursive: true, force: true });
  });

  const refusal = (write: () => unknown): DataWriteRefusedError => {
    try {
      write();
    } catch (error) {
      if (error instanceof DataWriteRefusedError) return error;
      throw error;
    }
    throw new Error('the write was not refused');
  };
  const expectRefused = (write: () => unknown, code: DataWriteRefusal): DataWriteRefusedError => {
    const before = snapshot(dataDir);
    const error = refusal(write);
    expect(error.code).toBe(code);
    expect(snapshot(dataDir)).toEqual(before);
    return error;
  };

  it('when a valid article is committed, then its files pass validation and quote verification', () => {
    const result = commitArticle(dataDir, newArticle(), { fingerprint, textDirs: [textsDir] });

    expect(result).toEqual({
      articleId: 'talks-2021',
      files: ['texts/talks-2021.txt', 'entities.yaml', 'articles.yaml', 'claims/talks-2021.yaml'],
      merged: false,
    });
    expect(readFileSync(path.join(dataDir, 'texts/talks-2021.txt'), 'utf8')).toBe(NEW_TEXT);
    const { corpus, sources, problems } = checkCorpus(dataDir);
    expect(problems).toEqual([]);
    const verified = verifyQuotes(corpus, [textsDir, path.join(dataDir, 'texts')], sources);
    expect(verified.problems).toEqual([]);
    expect(verified.quotesVerified).toBe(4);
    expect(corpus.entities.find((e) => e.id === 'india')?.aliases).toEqual(['New Delhi', 'Bharat']);
    expect(corpus.entities.at(-1)?.id).toBe('bhutan');
    expect(corpus.articles.at(-1)).toMatchObject({ id: 'talks-2021', outlet: null, published: null });
    expect(Object.keys(snapshot(dataDir)).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });

  it('when the article names entities without a claim, then articles.yaml lists them as its mentions', () => {
    commitArticle(dataDir, newArticle({ mentions: ['russia', 'bhutan'] }), { fingerprint, textDirs: [textsDir] });

    const { corpus, problems } = checkCorpus(dataDir);
    expect(problems).toEqual([]);
    expect(corpus.articles.at(-1)?.mentions).toEqual(['russia', 'bhutan']);
    expect(corpus.articles.slice(0, -1).every((article) => article.mentions === undefined)).toBe(true);
  });

  it('when a listed mention is named by a claim of the article too, then nothing is written and the problem is named', () => {
    const error = expectRefused(
      () => commitArticle(dataDir, newArticle({ mentions: ['india'] }), { fingerprint, textDirs: [textsDir] }),
      'invalid',
    );

    expect(error.problems.map(({ file, path: at, code }) => ({ file, path: at, code }))).toEqual([
      { file: 'articles.yaml', path: '[2].mentions[0]', code: 'mention_of_claimed_entity' },
    ]);
  });

  it('when a quote is not in the text at its offsets, then nothing is written and the problem is named', () => {
    const article = newArticle();
    const claim = { ...article.claims[0]!, quote: 'Pakistan and India held talks on TRADE' };

    const error = expectRefused(
      () => commitArticle(dataDir, { ...article, claims: [claim] }, { fingerprint, textDirs: [textsDir] }),
      'invalid',
    );

    expect(error.problems.map(({ file, path: at, code }) => ({ file, path: at, code }))).toEqual([
      { file: 'claims/talks-2021.yaml', path: '[0].quote', code: 'quote_mismatch' },
    ]);
  });

  it('when a claim names an unknown entity, then nothing is written and the problem is named, though the texts of older articles are not at hand', () => {
    const article = newArticle();
    const claim = { ...article.claims[0]!, object: 'atlantis' };

    const error = expectRefused(() => commitArticle(dataDir, { ...article, claims: [claim] }, { fingerprint }), 'invalid');

    expect(error.problems.map(({ file, code }) => `${file} ${code}`)).toEqual(['claims/talks-2021.yaml unknown_entity']);
  });

  it('when the texts of older articles are not at hand, then the article is still written, its own quotes verified', () => {
    const result = commitArticle(dataDir, newArticle(), { fingerprint });

    expect(result.files).toContain('claims/talks-2021.yaml');
  });

  it('when another article was committed since the review began, then this one is added onto it (merged)', () => {
    const base = newArticle();
    const other = newArticle({
      article: { ...base.article, id: 'other-talks' },
      text: `${NEW_TEXT}\n\nA second text.`,
      newEntities: [],
      addAliases: {},
      claims: [{ ...base.claims[0]!, id: 'other-001', article: 'other-talks' }],
    });
    commitArticle(dataDir, other, { fingerprint, textDirs: [textsDir] });

    const result = commitArticle(dataDir, newArticle(), { fingerprint, textDirs: [textsDir] });

    expect(result.merged).toBe(true);
    const articles = readFileSync(path.join(dataDir, 'articles.yaml'), 'utf8');
    expect(articles).toContain('id: other-talks');
    expect(articles).toContain('id: talks-2021');
  });

  it('when data/ changed since the review began so that the article no longer fits, then the write is refused and names why', () => {
    // Another review added Bhutan first: this one's new entity now has a taken id.
    commitArticle(dataDir, newArticle({ article: { ...newArticle().article, id: 'bhutan-first' }, text: 'Bhutan, first.', claims: [] }), {
      fingerprint,
      textDirs: [textsDir],
    });

    const error = expectRefused(() => commitArticle(dataDir, newArticle(), { fingerprint, textDirs: [textsDir] }), 'invalid');

    expect(error.problems.map(({ file, code }) => `${file} ${code}`)).toEqual(['entities.yaml duplicate_id']);
  });

  it('when the same text is committed twice, then the second is refused naming the first article', () => {
    commitArticle(dataDir, newArticle(), { fingerprint, textDirs: [textsDir] });
    const again = newArticle({ article: { ...newArticle().article, id: 'talks-again' } });

    const error = expectRefused(
      () => commitArticle(dataDir, again, { fingerprint: dataFingerprint(dataDir), textDirs: [textsDir] }),
      'already_ingested',
    );

    expect(error.message).toContain('"talks-2021"');
  });

  it('when the id is taken, then the write is refused', () => {
    const taken = newArticle({ article: { ...newArticle().article, id: 'article-b' } });

    expectRefused(() => commitArticle(dataDir, taken, { fingerprint, textDirs: [textsDir] }), 'article_exists');
  });

  it('when the process fails between temporary writes, then data/ is exactly as before', () => {
    const before = snapshot(dataDir);
    let written = 0;
    const crash = () => {
      written += 1;
      if (written === 3) throw new Error('simulated crash');
    };

    expect(() => commitArticle(dataDir, newArticle(), { fingerprint, textDirs: [textsDir], hooks: { afterTempWrite: crash } })).toThrow(
      'simulated crash',
    );

    expect(snapshot(dataDir)).toEqual(before);
  });

  it('when the process fails between renames, then data/ is still a valid corpus', () => {
    const beforeRename = (file: string) => {
      if (file.startsWith('claims/')) throw new Error('simulated crash');
    };

    expect(() => commitArticle(dataDir, newArticle(), { fingerprint, textDirs: [textsDir], hooks: { beforeRename } })).toThrow(
      'simulated crash',
    );

    const { corpus, sources, problems } = checkCorpus(dataDir);
    expect(problems).toEqual([]);
    expect(verifyQuotes(corpus, [textsDir, path.join(dataDir, 'texts')], sources).problems).toEqual([]);
    expect(Object.keys(snapshot(dataDir)).filter((file) => file.endsWith('.tmp'))).toEqual([]);
    expect(parse(readFileSync(path.join(dataDir, 'articles.yaml'), 'utf8'))).toHaveLength(3);
  });
});
