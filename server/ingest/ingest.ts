// `npm run ingest`: the two steps of bringing an article in, behind one command line. Its
// dependencies — the proposer and the loader — are parameters, so tests run it in-process.
import { parseArgs } from 'node:util';
import { EXIT_OK, EXIT_PROBLEMS, isDirectory, printProblems, usageError } from '../corpus/cli-support.ts';
import { ArticleTextError } from './article-text.ts';
import { commitReview } from './commit-review.ts';
import { DataWriteRefusedError } from './data-writer.ts';
import type { Proposer } from './proposer.ts';
import { ReviewIncompleteError } from './review-decisions.ts';
import { ReviewFileError } from './review-file.ts';
import { IngestError, startReview } from './start-review.ts';

export const USAGE = `usage: npm run ingest -- FILE [--title T] [--outlet O] [--author A] [--published P] [--url U] [--id ID] [--data DIR]
       npm run ingest -- --commit REVIEW [--articles DIR]... [--no-load] [--data DIR]`;

export interface IngestDeps {
  propose: Proposer;
  /** Loads the data folder into Neo4j; returns a line to print. */
  load: (dataDir: string) => Promise<string>;
  log?: (line: string) => void;
}

const OPTIONS = {
  commit: { type: 'string' },
  data: { type: 'string', default: 'data' },
  articles: { type: 'string', multiple: true },
  'no-load': { type: 'boolean', default: false },
  id: { type: 'string' },
  title: { type: 'string' },
  outlet: { type: 'string' },
  author: { type: 'string' },
  published: { type: 'string' },
  url: { type: 'string' },
} as const;

export async function runIngest(argv: string[], deps: IngestDeps): Promise<number> {
  const log = deps.log ?? ((line: string) => console.log(line));
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError(USAGE, error);
  }
  const { values, positionals } = parsed;
  if (!isDirectory(values.data)) return usageError(USAGE, `no data directory at ${values.data}`);
  const file = positionals[0];
  if ((values.commit === undefined) === (file === undefined) || positionals.length > 1) {
    return usageError(USAGE, 'give either one FILE to take in, or --commit REVIEW');
  }
  try {
    if (values.commit !== undefined) {
      const result = commitReview(values.commit, { dataDir: values.data, textDirs: values.articles ?? [] });
      log(`wrote article "${result.articleId}": ${result.files.join(', ')}`);
      log(values['no-load'] ? 'not loaded: run npm run load' : await deps.load(values.data));
    } else if (file !== undefined) {
      const { id, title, outlet, author, published, url } = values;
      const started = startReview(file, { id, title, outlet, author, published, url }, { dataDir: values.data, propose: deps.propose });
      log(`proposed ${started.entities} entities and ${started.claims} claims for "${started.articleId}"`);
      log(`review: ${started.reviewFile} (text: ${started.textFile}); then npm run ingest -- --commit ${started.reviewFile}`);
    }
    return EXIT_OK;
  } catch (error) {
    return reportFailure(error);
  }
}

function reportFailure(error: unknown): number {
  if (error instanceof IngestError && error.code === 'usage') return usageError(USAGE, error);
  if (error instanceof DataWriteRefusedError) {
    printProblems(error.problems);
    console.error(`refused (${error.code}): ${error.message}`);
    return EXIT_PROBLEMS;
  }
  if (
    error instanceof ArticleTextError ||
    error instanceof IngestError ||
    error instanceof ReviewFileError ||
    error instanceof ReviewIncompleteError
  ) {
    console.error(error.message);
    return EXIT_PROBLEMS;
  }
  throw error;
}
