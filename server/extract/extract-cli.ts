// npm run extract -- FILE [--json] [--data DIR]: proposes entities and claims for an article's text,
// read as ingest reads it (.txt, .md, or a saved page reduced to its article).
import { parseArgs } from 'node:util';
import { ProposalsSchema } from '../../contract/index.ts';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from '../corpus/cli-support.ts';
import { ArticleTextError, readArticleFile } from '../ingest/article-text.ts';
import { extractProposals } from './extract.ts';
import { readExtractData } from './extract-data.ts';
import { formatSummary } from './summary.ts';

const USAGE = 'usage: npm run extract -- FILE [--json] [--data DIR]';

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, data: { type: 'string', default: 'data' } },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return EXIT_USAGE;
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    console.error(USAGE);
    return EXIT_USAGE;
  }
  try {
    const { text } = readArticleFile(file);
    const proposals = ProposalsSchema.parse(extractProposals(text, readExtractData(parsed.values.data)));
    console.log(parsed.values.json ? JSON.stringify(proposals, null, 2) : formatSummary(proposals));
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof ArticleTextError)) throw error;
    console.error(`extract: ${error.message}`);
    return EXIT_PROBLEMS;
  }
}

process.exitCode = main(process.argv.slice(2));
