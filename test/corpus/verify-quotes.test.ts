import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleRecord as Article, Claim, Corpus } from '../../server/corpus/schema.ts';
import { verifyQuotes } from '../../server/corpus/verify-quotes.ts';

// Curly apostrophe, curly double quotes and en dashes, as news sites print them.
const ARTICLE_TEXT =
  'Moscow, April 7 – Lavrov said: “Russia’s ties with Pakistan – old and new – are strong.” ' +
  'Qureshi agreed, and the two ministers met again in the afternoon.\n';
const QUOTE = '“Russia’s ties with Pakistan – old and new – are strong.”';
const QUOTE_START = ARTICLE_TEXT.indexOf(QUOTE);
const QUOTE_END = QUOTE_START + QUOTE.length;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function article(id: string, text: string): Article {
  return {
    id,
    title: id,
    titleIsDescriptive: false,
    outlet: null,
    author: null,
    published: null,
    pageDate: null,
    eventDate: null,
    url: null,
    sha256: sha256(text),
    notes: null,
  };
}

function claim(fields: Pick<Claim, 'quote' | 'offsets'> & Partial<Claim>): Claim {
  return {
    id: 'a-russia-ties-with-pakistan',
    subject: 'russia',
    type: 'COOPERATES_WITH',
    object: 'pakistan',
    polarity: 'alliance',
    article: 'article-a',
    statedBy: 'sergey-lavrov',
    date: null,
    ...fields,
  };
}

function corpusWith(claims: Claim[], articles: Article[] = [article('article-a', ARTICLE_TEXT)]): Corpus {
  // Entities and vocabulary do not take part in quote verification.
  return { vocabulary: [], outlets: [], entities: [], articles, claims };
}

let articlesDir: string;
beforeEach(() => {
  articlesDir = mkdtempSync(path.join(tmpdir(), 'entente-articles-'));
  writeFileSync(path.join(articlesDir, 'any-name.txt'), ARTICLE_TEXT, 'utf8');
});
afterEach(() => {
  rmSync(articlesDir, { recursive: true, force: true });
});

describe('verifyQuotes', () => {
  it('when a quote runs across curly quotes and en dashes at its offsets, then it is verified', () => {
    // Arrange
    const corpus = corpusWith([claim({ quote: QUOTE, offsets: [QUOTE_START, QUOTE_END] })]);

    // Act
    const result = verifyQuotes(corpus, articlesDir);

    // Assert
    expect(result).toEqual({ problems: [], articlesChecked: 1, quotesVerified: 1 });
  });

  it('when a quote has straight quotes and hyphens where the text has curly ones, then it is a quote_mismatch', () => {
    // Arrange
    const straight = QUOTE.replace(/[“”]/g, '"').replace(/’/g, "'").replace(/–/g, '-');
    const corpus = corpusWith([claim({ quote: straight, offsets: [QUOTE_START, QUOTE_END] })]);

    // Act
    const result = verifyQuotes(corpus, articlesDir);

    // Assert
    expect(result.problems.map(({ file, path, code }) => ({ file, path, code }))).toEqual([
      { file: 'claims/article-a.yaml', path: '[0].quote', code: 'quote_mismatch' },
    ]);
    expect(result.quotesVerified).toBe(0);
  });

  it('when the offsets are shifted, then it is a quote_mismatch that gives the offsets where the quote is', () => {
    // Arrange
    const corpus = corpusWith([claim({ quote: QUOTE, offsets: [QUOTE_START + 3, QUOTE_END + 3] })]);

    // Act
    const result = verifyQuotes(corpus, articlesDir);

    // Assert
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: 'claims/article-a.yaml', path: '[0].quote', code: 'quote_mismatch' });
    expect(result.problems[0]?.message).toContain(`${QUOTE_START}, ${QUOTE_END}`);
  });

  it('when only the second claim of an article is wrong, then the problem points at that claim', () => {
    // Arrange
    const good = claim({ quote: QUOTE, offsets: [QUOTE_START, QUOTE_END] });
    const wrong = claim({ id: 'a-not-in-text', quote: 'Russia and India', offsets: [0, 16] });
    const corpus = corpusWith([good, wrong]);

    // Act
    const result = verifyQuotes(corpus, articlesDir);

    // Assert
    expect(result.problems.map(({ path, code }) => ({ path, code }))).toEqual([{ path: '[1].quote', code: 'quote_mismatch' }]);
    expect(result.quotesVerified).toBe(1);
  });

  it('when no file has an article’s sha256, then it is article_text_missing and its quotes are not counted', () => {
    // Arrange
    const missing = article('article-b', 'a text that is not in the folder');
    const corpus = corpusWith(
      [
        claim({ quote: QUOTE, offsets: [QUOTE_START, QUOTE_END] }),
        claim({ id: 'b-claim', article: 'article-b', quote: 'a text', offsets: [0, 6] }),
      ],
      [article('article-a', ARTICLE_TEXT), missing],
    );

    // Act
    const result = verifyQuotes(corpus, articlesDir);

    // Assert
    expect(result.problems.map(({ file, path, code }) => ({ file, path, code }))).toEqual([
      { file: 'articles.yaml', path: '[1].sha256', code: 'article_text_missing' },
    ]);
    expect(result).toMatchObject({ articlesChecked: 1, quotesVerified: 1 });
  });

  it('when the text file differs by one byte from the checked text, then it does not match', () => {
    // Arrange
    writeFileSync(path.join(articlesDir, 'any-name.txt'), `${ARTICLE_TEXT} `, 'utf8');
    const corpus = corpusWith([claim({ quote: QUOTE, offsets: [QUOTE_START, QUOTE_END] })]);

    // Act
    const result = verifyQuotes(corpus, articlesDir);

    // Assert
    expect(result.problems.map(({ code }) => code)).toEqual(['article_text_missing']);
    expect(result.quotesVerified).toBe(0);
  });
});
