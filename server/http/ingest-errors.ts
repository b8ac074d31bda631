// Ingest's refusals as answers: each error class of server/ingest/ by its code, with every
// problem of a refused review or commit named where it is.
import type { ErrorProblem } from '../../contract/index.ts';
import type { Problem } from '../corpus/problem.ts';
import { ArticleTextError } from '../ingest/article-text.ts';
import { DataWriteRefusedError } from '../ingest/data-writer.ts';
import { ReviewIncompleteError } from '../ingest/review-decisions.ts';
import { ReviewFileError } from '../ingest/review-file.ts';
import { IngestError } from '../ingest/start-review.ts';
import { AppError } from './app-error.ts';

/** The AppError for an error of ingest, or null when it is not one. */
export function ingestAppError(error: unknown): AppError | null {
  if (error instanceof ArticleTextError) {
    return new AppError(
      error.code === 'too_large' ? 413 : 400,
      error.code === 'too_large' ? 'payload_too_large' : error.code,
      error.message,
    );
  }
  if (error instanceof IngestError) {
    if (error.code === 'already_ingested') return new AppError(409, 'already_ingested', error.message);
    if (error.code === 'data_invalid') return new AppError(409, 'data_invalid', error.message);
    return new AppError(400, 'bad_request', error.message);
  }
  if (error instanceof ReviewIncompleteError) {
    const problems = error.problems.map(({ path, message }) => ({ where: path, message }));
    return new AppError(422, 'review_incomplete', `The review is not finished: ${count(problems.length)} to settle`, { problems });
  }
  if (error instanceof ReviewFileError) return new AppError(409, 'text_changed', error.message);
  if (error instanceof DataWriteRefusedError) {
    const problems = error.problems.map(dataProblem);
    return new AppError(error.code === 'invalid' ? 422 : 409, error.code === 'invalid' ? 'commit_invalid' : error.code, error.message, {
      problems,
    });
  }
  return null;
}

const count = (n: number) => `${n} problem${n === 1 ? '' : 's'}`;

function dataProblem({ file, path, line, code, message }: Problem): ErrorProblem {
  const where = `data/${file}${line === undefined ? '' : `:${line}`}${path === '' ? '' : ` ${path}`}`;
  return { where, message: `${code}: ${message}` };
}
