// Reading an article's text for extraction: a readable, non-empty UTF-8 text file of at most 2 MB.
import { readFileSync, statSync } from 'node:fs';

export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

export class TextFileError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'TextFileError';
  }
}

function sizeOf(file: string): number {
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new TextFileError(file, 'not a file');
    return stat.size;
  } catch (error) {
    if (error instanceof TextFileError) throw error;
    throw new TextFileError(file, 'cannot be read (missing or not accessible)');
  }
}

/** The text of a file, or a TextFileError that names it and says what is wrong. */
export function readArticleText(file: string): string {
  const size = sizeOf(file);
  if (size > MAX_TEXT_BYTES) throw new TextFileError(file, `is ${size} bytes, over the limit of ${MAX_TEXT_BYTES} (2 MB)`);
  const bytes = readFileSync(file);
  if (bytes.includes(0)) throw new TextFileError(file, 'is binary, not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new TextFileError(file, 'is not valid UTF-8 text');
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.trim().length === 0) throw new TextFileError(file, 'is empty');
  return text;
}
