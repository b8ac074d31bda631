// `npm run ingest -- FILE`: takes the article in, asks the proposer, and writes the review file
// (FILE.review.yaml) and the kept text (FILE.text.txt) beside FILE.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ArticleSchema, ProposalsSchema, type Article } from '../../contract/index.ts';
import { checkCorpus } from '../corpus/validate.ts';
import { articleIdFor } from './article-id.ts';
import { readArticleFile } from './article-text.ts';
import { dataFingerprint } from './data-fingerprint.ts';
import { sha256Of } from './data-writer.ts';
import type { Proposer } from './proposer.ts';
import { reviewFileText, reviewFromProposals } from './review-file.ts';

/** What the person says about the article; what they leave out stays null, never guessed. */
export interface GivenMetadata {
  id?: string;
  title?: string;
  outlet?: string;
  author?: string;
  published?: string;
  url?: string;
}

export class IngestError extends Error {
  override name = 'IngestError';
  constructor(
    readonly code: 'usage' | 'data_invalid' | 'already_ingested' | 'review_exists',
    message: string,
  ) {
    super(message);
  }
}

export interface StartedReview {
  reviewFile: string;
  textFile: string;
  articleId: string;
  entities: number;
  claims: number;
}

export function startReview(
  file: string,
  given: GivenMetadata,
  { dataDir, propose }: { dataDir: string; propose: Proposer },
): StartedReview {
  const reviewFile = `${file}.review.yaml`;
  const textFile = `${file}.text.txt`;
  if (existsSync(reviewFile)) {
    throw new IngestError('review_exists', `${reviewFile} already exists: commit it, or delete it to start the review again`);
  }
  const taken = readArticleFile(file);
  const fingerprint = dataFingerprint(dataDir);
  const { corpus, problems } = checkCorpus(dataDir);
  if (problems.length > 0)
    throw new IngestError('data_invalid', `${dataDir} has ${problems.length} problem(s): run npm run validate and fix them first`);
  const sha256 = sha256Of(taken.text);
  const same = corpus.articles.find((article) => article.sha256 === sha256);
  if (same !== undefined) throw new IngestError('already_ingested', `${file}: this text is already in the corpus as article "${same.id}"`);

  const title = given.title ?? taken.title;
  if (title === null) throw new IngestError('usage', `${file}: no title could be read from it: give one with --title`);
  const published = given.published ?? null;
  const ids = new Set(corpus.articles.map((article) => article.id));
  const id = given.id ?? articleIdFor(title, published, (candidate) => ids.has(candidate));
  if (id === null) throw new IngestError('usage', `no id can be made from the title "${title}": give one with --id`);
  if (ids.has(id)) throw new IngestError('usage', `the article id "${id}" is taken: give another with --id`);
  const article = checkedMetadata({
    id,
    title,
    outlet: given.outlet ?? null,
    author: given.author ?? taken.byline,
    published,
    pageDate: null,
    eventDate: null,
    url: given.url ?? null,
    notes: null,
  });

  const proposals = ProposalsSchema.parse(propose(taken.text, { entities: corpus.entities, vocabulary: corpus.vocabulary }));
  const review = reviewFromProposals(proposals, {
    source: file,
    text: { path: path.basename(textFile), sha256 },
    dataFingerprint: fingerprint,
    article,
  });
  writeFileSync(textFile, taken.text);
  writeFileSync(reviewFile, reviewFileText(review), { flag: 'wx' });
  return { reviewFile, textFile, articleId: id, entities: review.entities.length, claims: review.claims.length };
}

function checkedMetadata(article: Omit<Article, 'sha256'>): Omit<Article, 'sha256'> {
  const parsed = ArticleSchema.omit({ sha256: true }).safeParse(article);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`);
  throw new IngestError('usage', issues.join('\n'));
}
