// npm run validate -- [--data DIR]: reads and checks the corpus, lists every problem.
import { parseArgs } from 'node:util';
import { countFiles, counted, describeCorpusSize, EXIT_OK, EXIT_PROBLEMS, isDirectory, printProblems, usageError } from './cli-support.ts';
import { checkCorpus } from './validate.ts';

const USAGE = 'usage: npm run validate -- [--data DIR]    (DIR defaults to data)';

function main(argv: string[]): number {
  let dataDir: string;
  try {
    const { values } = parseArgs({ args: argv, options: { data: { type: 'string', default: 'data' } }, strict: true });
    dataDir = values.data;
  } catch (error) {
    return usageError(USAGE, error);
  }
  if (!isDirectory(dataDir)) return usageError(USAGE, `no data directory at ${dataDir}`);

  const { corpus, problems } = checkCorpus(dataDir);
  printProblems(problems);
  const size = describeCorpusSize({
    articles: corpus.articles.length,
    entities: corpus.entities.length,
    claims: corpus.claims.length,
    types: corpus.vocabulary.length,
  });
  if (problems.length > 0) {
    console.log(
      `${dataDir} FAILED: ${counted(problems.length, 'problem')} in ${counted(countFiles(problems), 'file')} (records that passed their schema: ${size})`,
    );
    return EXIT_PROBLEMS;
  }
  console.log(`${dataDir} OK: ${size}`);
  return EXIT_OK;
}

process.exitCode = main(process.argv.slice(2));
