// Checks every quote against the text of its article, character for character. Articles are
// matched to text files by the sha256 of the file's bytes, so a file's name does not matter
// and a text that changed by one byte is not silently used. The texts may be spread over several
// folders: the source articles at hand, and the texts kept in data/texts/ by `npm run ingest`.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from './problem.ts';
import type { Claim, Corpus } from './schema.ts';
import { problemAtRecord, sourceAt, sourcesByConvention, type CorpusSources } from './sources.ts';

export interface QuoteVerification {
  problems: Problem[];
  /** Articles whose text was found. */
  articlesChecked: number;
  /** Claims whose quote is exactly at its offsets. */
  quotesVerified: number;
}

/** Throws only when a folder of `articlesDirs` cannot be read: that is a usage error, not a data problem. */
export function verifyQuotes(
  corpus: Corpus,
  articlesDirs: string | readonly string[],
  sources: CorpusSources = sourcesByConvention(corpus),
): QuoteVerification {
  const dirs = typeof articlesDirs === 'string' ? [articlesDirs] : articlesDirs;
  const textsBySha256 = new Map(dirs.flatMap((dir) => [...readTextsBySha256(dir)]));
  const articlesDir = dirs.join(', ');
  const problems: Problem[] = [];
  const textsByArticleId = new Map<string, string>();

  corpus.articles.forEach((article, index) => {
    const text = textsBySha256.get(article.sha256);
    if (text === undefined) {
      problems.push(
        problemAtRecord(sources, sourceAt(sources.articles, index), {
          at: ['sha256'],
          code: 'article_text_missing',
          message: `no file in ${articlesDir} has this sha256`,
        }),
      );
    } else if (!textsByArticleId.has(article.id)) {
      textsByArticleId.set(article.id, text);
    }
  });

  let quotesVerified = 0;
  corpus.claims.forEach((claim, index) => {
    // A claim of an unknown article, or one whose text is missing, is reported elsewhere.
    const text = textsByArticleId.get(claim.article);
    if (text === undefined) return;
    const [start, end] = claim.offsets;
    if (text.slice(start, end) === claim.quote) {
      quotesVerified += 1;
      return;
    }
    problems.push(
      problemAtRecord(sources, sourceAt(sources.claims, index), {
        at: ['quote'],
        code: 'quote_mismatch',
        message: describeMismatch(text, claim),
      }),
    );
  });

  return { problems, articlesChecked: textsByArticleId.size, quotesVerified };
}

/** The text of every regular file in the folder (not its subfolders), by sha256 of its bytes. */
export function readTextsBySha256(articlesDir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const name of readdirSync(articlesDir)) {
    const file = path.join(articlesDir, name);
    if (!statSync(file).isFile()) continue;
    const bytes = readFileSync(file);
    texts.set(createHash('sha256').update(bytes).digest('hex'), bytes.toString('utf8'));
  }
  return texts;
}

const MAX_OCCURRENCES_LISTED = 5;

/** What is at the offsets, and where the quote really is, so the fix is obvious. */
function describeMismatch(text: string, claim: Claim): string {
  const [start, end] = claim.offsets;
  const found =
    end > text.length
      ? `[${start}, ${end}) runs past the end of the text (${text.length} characters)`
      : `at [${start}, ${end}) the text reads ${JSON.stringify(text.slice(start, end))}`;

  const occurrences = findAll(text, claim.quote);
  if (occurrences.length > 0) {
    const listed = occurrences.slice(0, MAX_OCCURRENCES_LISTED).map((at) => `[${at}, ${at + claim.quote.length})`);
    const more = occurrences.length > MAX_OCCURRENCES_LISTED ? ` and ${occurrences.length - MAX_OCCURRENCES_LISTED} more` : '';
    return `${found}; the quote occurs at ${listed.join(', ')}${more}`;
  }
  // Typographic look-alikes are the usual cause: say where the quote would be, not just that it is not.
  const lookAlike = findAll(withPlainPunctuation(text), withPlainPunctuation(claim.quote))[0];
  if (lookAlike === start) {
    return `${found}, which differs from the quote only in quote marks, dashes or spaces: copy them as printed`;
  }
  if (lookAlike !== undefined) {
    const lookAlikeEnd = lookAlike + claim.quote.length;
    return `${found}; the quote differs only in quote marks, dashes or spaces from the text at [${lookAlike}, ${lookAlikeEnd}): ${JSON.stringify(text.slice(lookAlike, lookAlikeEnd))}`;
  }
  return `${found}; the quote is not in the text at all`;
}

function findAll(text: string, quote: string): number[] {
  const positions: number[] = [];
  if (quote === '') return positions; // indexOf('') matches everywhere, and never moves past the end
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) positions.push(at);
  return positions;
}

/** Replaces curly quotes, dashes and no-break spaces one for one, so offsets are unchanged. */
function withPlainPunctuation(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00A0/g, ' ');
}
