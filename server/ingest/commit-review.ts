// `npm run ingest -- --commit REVIEW`: writes the accepted proposals of a review through the data
// writer. The kept text must still be the one the review was made on.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readCorpus } from '../corpus/read.ts';
import { commitArticle, sha256Of, type CommitResult } from './data-writer.ts';
import { decidedArticle } from './review-decisions.ts';
import { readReviewFile, ReviewFileError } from './review-file.ts';

export function commitReview(reviewFile: string, { dataDir, textDirs }: { dataDir: string; textDirs: readonly string[] }): CommitResult {
  const review = readReviewFile(reviewFile);
  const textFile = path.resolve(path.dirname(reviewFile), review.text.path);
  let text: string;
  try {
    text = readFileSync(textFile, 'utf8');
  } catch (error) {
    throw new ReviewFileError(`${textFile}: cannot read the review's text: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (sha256Of(text) !== review.text.sha256) {
    throw new ReviewFileError(`${textFile} changed since the review was made: its offsets no longer hold`);
  }
  const input = decidedArticle(review, text, readCorpus(dataDir).corpus.entities);
  return commitArticle(dataDir, input, { fingerprint: review.dataFingerprint, textDirs });
}
