// npm run verify-quotes -- --articles DIR [--data DIR]: validates the corpus, then checks every
// quote against the article texts in DIR and in the data folder's texts/ (kept by `npm run ingest`).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { counted, EXIT_OK, EXIT_PROBLEMS, isDirectory, printProblems, usageError } from './cli-support.ts';
import { sortProblems } from './problem.ts';
import { TEXTS_DIR } from './sources.ts';
import { checkCorpus } from './validate.ts';
import { verifyQuotes } from './verify-quotes.ts';

const USAGE = 'usage: npm run verify-quotes -- --articles DIR [--data DIR]    (--data defaults to data)';

function main(argv: string[]): number {
  let articlesDir: string;
  let dataDir: string;
  try {
    const { values } = parseArgs({
      args: argv,
      options: { articles: { type: 'string' }, data: { type: 'string', default: 'data' } },
      strict: true,
    });
    if (values.articles === undefined) throw new Error('--articles DIR is required');
    articlesDir = values.articles;
    dataDir = values.data;
  } catch (error) {
    return usageError(USAGE, error);
  }
  if (!isDirectory(dataDir)) return usageError(USAGE, `no data directory at ${dataDir}`);
  if (!isDirectory(articlesDir)) return usageError(USAGE, `no articles directory at ${articlesDir}`);

  // The valid part of a corpus with problems is still verified: one run shows everything.
  const { corpus, sources, problems: dataProblems } = checkCorpus(dataDir);
  const keptTexts = path.join(dataDir, TEXTS_DIR);
  const verification = verifyQuotes(corpus, isDirectory(keptTexts) ? [articlesDir, keptTexts] : [articlesDir], sources);
  const problems = sortProblems([...dataProblems, ...verification.problems]);
  printProblems(problems);

  const { quotesVerified, articlesChecked } = verification;
  if (problems.length > 0) {
    console.log(
      `FAILED: ${counted(dataProblems.length, 'problem')} in ${dataDir}, ` +
        `${counted(verification.problems.length, 'problem')} against ${articlesDir}; ` +
        `verified ${quotesVerified} of ${counted(corpus.claims.length, 'quote')} in ${articlesChecked} of ${counted(corpus.articles.length, 'article')}`,
    );
    return EXIT_PROBLEMS;
  }
  console.log(`verified ${counted(quotesVerified, 'quote')} in ${counted(articlesChecked, 'article')} against ${articlesDir}`);
  return EXIT_OK;
}

process.exitCode = main(process.argv.slice(2));
