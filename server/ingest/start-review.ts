// Starting a review: takes the article in, asks the proposer, and makes the review of its
// proposals; `npm run ingest -- FILE` writes it beside FILE (FILE.review.yaml, FILE.text.txt),
// POST /api/ingest/propose answers with it.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ArticleMetadataSchema, ProposalsSchema, type ArticleMetadata } from '../../contract/index.ts';
import { checkCorpus } from '../corpus/validate.ts';
import { articleIdFor } from './article-id.ts';
import { readArticleFile, type ArticleText } from './article-text.ts';
import { dataFingerprint as fingerprintOf } from './data-fingerprint.ts';
import { sha256Of } from './data-writer.ts';
import type { Proposer } from './proposer.ts';
import { reviewFileText, reviewFromProposals, type ReviewFile } from './review-file.ts';

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

export interface ProposeDeps {
  dataDir: string;
  propose: Proposer;
}

/** `npm run ingest -- FILE`: the review file and the kept text, written beside FILE. */
export function startReview(file: string, given: GivenMetadata, deps: ProposeDeps): StartedReview {
  const reviewFile = `${file}.review.yaml`;
  const textFile = `${file}.text.txt`;
  if (existsSync(reviewFile)) {
    throw new IngestError('review_exists', `${reviewFile} already exists: commit it, or delete it to start the review again`);
  }
  const { text, review } = proposeReview(readArticleFile(file), given, { ...deps, input: file });
  const reviewed: ReviewFile = { source: file, textFile: path.basename(textFile), ...review };
  writeFileSync(textFile, text);
  writeFileSync(reviewFile, reviewFileText(reviewed), { flag: 'wx' });
  return { reviewFile, textFile, articleId: review.article.id, entities: review.entities.length, claims: review.claims.length };
}

/**
 * The review of one article's proposals, from its text and what the person gave; refuses a text
 * already in the corpus, and an article with no title or a taken id. `input` names it in messages.
 */
export function proposeReview(taken: ArticleText, given: GivenMetadata, { dataDir, propose, input }: ProposeDeps & { input: string }) {
  const dataFingerprint = fingerprintOf(dataDir);
  const { corpus, problems } = checkCorpus(dataDir);
  if (problems.length > 0)
    throw new IngestError('data_invalid', `${dataDir} has ${problems.length} problem(s): run npm run validate and fix them first`);
  const textSha256 = sha256Of(taken.text);
  const same = corpus.articles.find((article) => article.sha256 === textSha256);
  if (same !== undefined) throw new IngestError('already_ingested', `${input}: this text is already in the corpus as article "${same.id}"`);

  const article = checkedMetadata(metadataOf(taken, given, input, new Set(corpus.articles.map(({ id }) => id))));
  const proposals = ProposalsSchema.parse(propose(taken.text, { entities: corpus.entities, vocabulary: corpus.vocabulary }));
  return { text: taken.text, review: reviewFromProposals(proposals, { textSha256, dataFingerprint, article }) };
}

function metadataOf(taken: ArticleText, given: GivenMetadata, input: string, ids: ReadonlySet<string>): ArticleMetadata {
  const title = given.title ?? taken.title;
  if (title === null) throw new IngestError('usage', `${input}: no title could be read from it: give one`);
  const published = given.published ?? null;
  const id = given.id ?? articleIdFor(title, published, (candidate) => ids.has(candidate));
  if (id === null) throw new IngestError('usage', `no id can be made from the title "${title}": give one`);
  if (ids.has(id)) throw new IngestError('usage', `the article id "${id}" is taken: give another`);
  return {
    id,
    title,
    // A title the page does not print (none read, or another given) is the user's description.
    titleIsDescriptive: title !== taken.title,
    outlet: given.outlet ?? null,
    author: given.author ?? taken.byline,
    published,
    pageDate: null,
    eventDate: null,
    url: given.url ?? null,
    notes: null,
  };
}

function checkedMetadata(article: ArticleMetadata): ArticleMetadata {
  const parsed = ArticleMetadataSchema.safeParse(article);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new IngestError('usage', issues.join('\n'));
}
