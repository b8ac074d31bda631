// Takes an article in: a file (.txt, .md, .html/.htm saved from a browser) or a string, checked
// and reduced to the plain text that quotes are taken from and checked against. Refuses what is
// not an article's text — empty, binary, not UTF-8, too large — with an error that names the
// input and the reason.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { articleFromHtml } from './html-text.ts';
import { markdownToText } from './markdown-text.ts';

/** The largest input taken in, in bytes. */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

/** Above this share of control characters (other than tab, line feed, carriage return, form feed), a file is binary. */
const MAX_CONTROL_RATIO = 0.01;

export type ArticleTextErrorCode = 'unreadable' | 'unsupported_type' | 'too_large' | 'empty' | 'binary' | 'not_utf8' | 'no_article';

export class ArticleTextError extends Error {
  override name = 'ArticleTextError';
  constructor(
    readonly code: ArticleTextErrorCode,
    /** The file (or the name given to a string). */
    readonly input: string,
    reason: string,
  ) {
    super(`${input}: ${reason}`);
  }
}

export type TextFormat = 'text' | 'markdown' | 'html';

export interface ArticleText {
  /** Plain text: line endings \n, paragraphs separated by a blank line, quotes and dashes as printed. */
  text: string;
  format: TextFormat;
  /** From the page (HTML only, by Readability); null where none was found. Never a guess. */
  title: string | null;
  byline: string | null;
}

const FORMATS: Record<string, TextFormat> = { '.txt': 'text', '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html' };

export function formatOfFile(file: string): TextFormat {
  const format = FORMATS[path.extname(file).toLowerCase()];
  if (format === undefined) {
    throw new ArticleTextError('unsupported_type', file, `only ${Object.keys(FORMATS).join(', ')} files are taken in`);
  }
  return format;
}

export function readArticleFile(file: string): ArticleText {
  const format = formatOfFile(file);
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > MAX_INPUT_BYTES) throw tooLarge(file, size);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof ArticleTextError) throw error;
    throw new ArticleTextError('unreadable', file, `cannot read the file: ${error instanceof Error ? error.message : String(error)}`);
  }
  return articleTextFromBytes(bytes, { input: file, format });
}

export function articleTextFromBytes(bytes: Uint8Array, { input, format }: { input: string; format: TextFormat }): ArticleText {
  if (bytes.length > MAX_INPUT_BYTES) throw tooLarge(input, bytes.length);
  if (bytes.length === 0) throw new ArticleTextError('empty', input, 'the file is empty');
  if (bytes.includes(0)) throw new ArticleTextError('binary', input, 'the file holds NUL bytes: it is binary, not text');
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleTextError('not_utf8', input, 'the file is not valid UTF-8 (save it as UTF-8)');
  }
  return articleTextFromString(decoded, { input, format });
}

export function articleTextFromString(raw: string, { input, format }: { input: string; format: TextFormat }): ArticleText {
  if (Buffer.byteLength(raw, 'utf8') > MAX_INPUT_BYTES) throw tooLarge(input, Buffer.byteLength(raw, 'utf8'));
  const source = raw.replace(/\r\n?/g, '\n');
  checkNotBinary(source, input);
  if (source.trim() === '') throw new ArticleTextError('empty', input, 'there is no text, only white space');
  let result: ArticleText;
  if (format === 'html') {
    const article = articleFromHtml(source);
    if (article === null) throw new ArticleTextError('no_article', input, 'no article text was found in the page');
    result = { ...article, format };
  } else {
    result = { text: format === 'markdown' ? markdownToText(source) : source, format, title: null, byline: null };
  }
  const text = result.text.trim();
  if (text === '') throw new ArticleTextError('empty', input, 'no text is left once the page or markup is removed');
  return { ...result, text };
}

function checkNotBinary(text: string, input: string): void {
  if (text.includes('\u0000')) throw new ArticleTextError('binary', input, 'the text holds NUL characters: it is binary, not text');
  let controls = 0;
  for (let at = 0; at < text.length; at += 1) if (isControl(text.charCodeAt(at))) controls += 1;
  if (controls > 0 && controls / text.length > MAX_CONTROL_RATIO) {
    throw new ArticleTextError(
      'binary',
      input,
      `${controls} of its ${text.length} characters are control characters: it is binary, not text`,
    );
  }
}

/** C0 controls and DEL; tab, line feed, form feed and carriage return are text. */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;
}

function tooLarge(input: string, bytes: number): ArticleTextError {
  return new ArticleTextError('too_large', input, `${bytes} bytes is over the ${MAX_INPUT_BYTES}-byte limit for one article`);
}
