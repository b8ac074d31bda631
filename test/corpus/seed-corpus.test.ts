// The real corpus in data/: it must validate, and where the source articles are at hand every
// quote must be found, verbatim, at its offsets.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../server/corpus/problem.ts';
import { checkCorpus } from '../../server/corpus/validate.ts';
import { verifyQuotes } from '../../server/corpus/verify-quotes.ts';

const DATA_DIR = 'data';
const SEEDS_DIR = path.resolve('..', 'shared', 'seeds');
const SEEDS_LABEL = '../shared/seeds';

describe('the seed corpus', () => {
  it('when data/ is checked, then it has no problems', () => {
    // Act
    const { problems } = checkCorpus(DATA_DIR);

    // Assert: compare formatted lines, so a failure lists each problem readably.
    expect(problems.map(formatProblem)).toEqual([]);
  });

  // Registered only where the source articles exist: a skipped test would read as a defect.
  if (existsSync(SEEDS_DIR)) {
    it(`when every quote is checked against ${SEEDS_LABEL}, then each one is at its offsets`, () => {
      // Arrange
      const { corpus, sources } = checkCorpus(DATA_DIR);

      // Act
      const result = verifyQuotes(corpus, SEEDS_DIR, sources);

      // Assert: zero quotes verified proves nothing, so an empty corpus fails too.
      expect(corpus.claims.length).toBeGreaterThan(0);
      expect(result.problems.map(formatProblem)).toEqual([]);
      expect(result.articlesChecked).toBe(corpus.articles.length);
      expect(result.quotesVerified).toBe(corpus.claims.length);
      console.log(`verified ${result.quotesVerified} quotes against ${SEEDS_LABEL}`);
    });
  } else {
    console.log(`${SEEDS_DIR} not found: the quotes in data/ were NOT checked against the source articles`);
  }
});
