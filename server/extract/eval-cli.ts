// npm run eval:extract [-- --seeds DIR] [--data DIR]: holds out each seed article in turn. The
// known entities are only those the OTHER articles' claims name; the held-out text is extracted
// and compared with its curated claims. Prints a table per article, a total and the times.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, isDirectory } from '../corpus/cli-support.ts';
import { readCorpus } from '../corpus/read.ts';
import type { Corpus } from '../corpus/schema.ts';
import { readTextsBySha256 } from '../corpus/verify-quotes.ts';
import { scoreArticle, type ArticleScore } from './eval-score.ts';
import { extractProposals } from './extract.ts';

interface Row extends ArticleScore {
  article: string;
  ms: number;
}

function heldOut(corpus: Corpus, articleId: string, text: string): Row {
  const others = corpus.claims.filter((claim) => claim.article !== articleId);
  const knownIds = new Set(others.flatMap((claim) => [claim.subject, claim.object, claim.statedBy ?? '']));
  const entities = corpus.entities.filter((entity) => knownIds.has(entity.id));
  const started = performance.now();
  const proposals = extractProposals(text, { entities, vocabulary: corpus.vocabulary });
  const ms = performance.now() - started;
  const curated = corpus.claims.filter((claim) => claim.article === articleId);
  return { article: articleId, ms, ...scoreArticle(proposals, curated, corpus.entities) };
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`;
}

function line(row: Row): string {
  const cells = [
    row.article.padEnd(46),
    `${row.found}/${row.curated}`.padStart(8),
    percent(row.found, row.curated).padStart(6),
    `${row.centralFound}/${row.central}`.padStart(7),
    percent(row.centralFound, row.central).padStart(5),
    `${row.polarityAgrees}/${row.found}`.padStart(8),
    String(row.proposals).padStart(9),
    (row.curated === 0 ? '–' : (row.proposals / row.curated).toFixed(2)).padStart(8),
    `${row.entitiesFound}/${row.entities}`.padStart(9),
    `${row.ms.toFixed(0)} ms`.padStart(8),
  ];
  return cells.join('  ');
}

function total(rows: readonly Row[]): Row {
  const sum = (pick: (row: Row) => number): number => rows.reduce((acc, row) => acc + pick(row), 0);
  return {
    article: 'TOTAL',
    curated: sum((r) => r.curated),
    found: sum((r) => r.found),
    polarityAgrees: sum((r) => r.polarityAgrees),
    proposals: sum((r) => r.proposals),
    entities: sum((r) => r.entities),
    entitiesFound: sum((r) => r.entitiesFound),
    central: sum((r) => r.central),
    centralFound: sum((r) => r.centralFound),
    ms: sum((r) => r.ms),
  };
}

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: { seeds: { type: 'string', default: path.join('..', 'shared', 'seeds') }, data: { type: 'string', default: 'data' } },
  });
  if (!isDirectory(values.seeds)) {
    console.error(`eval:extract: the seed texts are missing (no directory ${values.seeds})`);
    return EXIT_USAGE;
  }
  const { corpus } = readCorpus(values.data);
  const texts = readTextsBySha256(values.seeds);
  const rows: Row[] = [];
  for (const article of corpus.articles) {
    const text = texts.get(article.sha256);
    if (text === undefined) console.error(`eval:extract: no text in ${values.seeds} for ${article.id}`);
    else rows.push(heldOut(corpus, article.id, text));
  }
  if (rows.length === 0) return EXIT_PROBLEMS;
  const header = ['article'.padEnd(46), 'found'.padStart(8), 'recall'.padStart(6), 'central'.padStart(7), '%'.padStart(5)];
  console.log(
    [...header, 'polarity'.padStart(8), 'proposals'.padStart(9), 'per rel.'.padStart(8), 'entities'.padStart(9), 'time'.padStart(8)].join(
      '  ',
    ),
  );
  for (const row of rows) console.log(line(row));
  console.log(line(total(rows)));
  console.log(
    'found: curated relations with a proposal of the same pair and an overlapping passage; polarity: of those found, same polarity;',
  );
  console.log('central: found among the curated relations whose pair the article states in 2+ distinct (non-overlapping) passages;');
  console.log(
    'per rel.: proposals per curated relation; entities: entities the curated claims name, proposed (known or new, by id, merge or name).',
  );
  return EXIT_OK;
}

process.exitCode = main(process.argv.slice(2));
