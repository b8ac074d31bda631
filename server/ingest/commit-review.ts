// Committing a finished review: the accepted proposals, through the data writer. The text must
// still be the one the review was made on. `npm run ingest -- --commit REVIEW` reads both from
// files; POST /api/ingest/commit has them in its body.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Review } from '../../contract/index.ts';
import { readCorpus } from '../corpus/read.ts';
import { commitArticle, sha256Of, type CommitResult } from './data-writer.ts';
import { decidedArticle } from './review-decisions.ts';
import { readReviewFile, ReviewFileError } from './review-file.ts';

export interface CommitTarget {
  dataDir: string;
  /** Where the texts of the articles already in data/ are, besides data/texts/. */
  textDirs: readonly string[];
}

export function commitReview(reviewFile: string, target: CommitTarget): CommitResult {
  const review = readReviewFile(reviewFile);
  const textFile = path.resolve(path.dirname(reviewFile), review.textFile);
  let text: string;
  try {
    text = readFileSync(textFile, 'utf8');
  } catch (error) {
    throw new ReviewFileError(`${textFile}: cannot read the review's text: ${error instanceof Error ? error.message : String(error)}`);
  }
  return commitReviewed(review, text, target, textFile);
}

/** `textName` names the text in the message when it is not the one the review was made on. */
export function commitReviewed(review: Review, text: string, { dataDir, textDirs }: CommitTarget, textName = 'the text'): CommitResult {
  if (sha256Of(text) !== review.textSha256) {
    throw new ReviewFileError(`${textName} changed since the review was made: its offsets no longer hold`);
  }
  const input = decidedArticle(review, text, readCorpus(dataDir).corpus.entities);
  return commitArticle(dataDir, input, { fingerprint: review.dataFingerprint, textDirs });
}
