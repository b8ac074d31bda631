// The one way to write to data/: one new article, its kept text, its new entities, the aliases it
// adds to known ones, its claims, and the entities it names without a claim (its mentions). The whole resulting corpus is validated and every quote
// verified before anything is written; the write is refused, with every problem named, when that
// fails, or when the text is already in the corpus. What changed in data/ since the review began is
// merged: the article is added onto data/ as it is at the commit.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import type { ArticleMetadata, Entity, Outlet } from '../../contract/index.ts';
import { sortProblems, type Problem } from '../corpus/problem.ts';
import { readCorpus } from '../corpus/read.ts';
import type { ArticleRecord, Claim, Corpus } from '../corpus/schema.ts';
import {
  ARTICLES_FILE,
  CLAIMS_DIR,
  claimsFileOf,
  ENTITIES_FILE,
  OUTLETS_FILE,
  TEXTS_DIR,
  textFileOf,
  VOCABULARY_FILE,
} from '../corpus/sources.ts';
import { checkCorpus } from '../corpus/validate.ts';
import { verifyQuotes } from '../corpus/verify-quotes.ts';
import { writeFilesAtomically, type PlannedFile, type WriteHooks } from './atomic-write.ts';
import { dataFingerprint } from './data-fingerprint.ts';
import { outletOf } from './outlet-of.ts';
import { withAliases, withAppended } from './yaml-edit.ts';

export interface NewArticle {
  /** The sha256 is the kept text's, computed here; the outlet is named as the person gave it (outlet-of.ts). */
  article: ArticleMetadata;
  text: string;
  /** Appended to entities.yaml. */
  newEntities: Entity[];
  /** Aliases added to entities already in data/, by entity id (merges). */
  addAliases: Record<string, string[]>;
  claims: Claim[];
  /** Entities the article names that no claim of it names (the record's `mentions`, left out when none). */
  mentions: string[];
}

export interface CommitOptions {
  /** `dataFingerprint(dataDir)` when the review began. */
  fingerprint: string;
  /** Where the texts of the articles already in data/ are, besides data/texts/ (e.g. ../shared/seeds). */
  textDirs?: readonly string[];
  hooks?: WriteHooks;
}

export type DataWriteRefusal = 'data_changed' | 'already_ingested' | 'article_exists' | 'invalid';

export class DataWriteRefusedError extends Error {
  override name = 'DataWriteRefusedError';
  constructor(
    readonly code: DataWriteRefusal,
    message: string,
    /** For `invalid`: every problem of the corpus as it would have been. */
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
  }
}

export interface CommitResult {
  articleId: string;
  /** Written, relative to the data folder, in the order they were renamed into place. */
  files: string[];
  /** True when data/ had changed since the review began: the article was added onto that change. */
  merged: boolean;
}

export function sha256Of(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function commitArticle(dataDir: string, input: NewArticle, options: CommitOptions): CommitResult {
  // What data/ is now is what the article is added onto: a change since the review began (another
  // article committed) is merged, and the whole result validated again below.
  const planned = dataFingerprint(dataDir);
  const current = readCorpus(dataDir);
  if (current.problems.length > 0) {
    throw new DataWriteRefusedError('invalid', `${dataDir} cannot be read as it is; nothing was written`, current.problems);
  }
  const outlet = outletOf(current.corpus.outlets, input.article.outlet);
  const { notes, ...fields } = input.article;
  // The field order of articles.yaml.
  const article: ArticleRecord = {
    ...fields,
    outlet: outlet.id,
    sha256: sha256Of(input.text),
    notes,
    ...(input.mentions.length > 0 ? { mentions: input.mentions } : {}),
  };
  refuseIfPresent(dataDir, current.corpus, article);

  const files = plannedFiles(dataDir, { ...input, article, newOutlet: outlet.added });
  const problems = validateStaged(dataDir, files, options.textDirs ?? []);
  if (problems.length > 0) {
    throw new DataWriteRefusedError('invalid', `the corpus would have ${problems.length} problem(s); nothing was written`, problems);
  }
  if (dataFingerprint(dataDir) !== planned) {
    throw new DataWriteRefusedError('data_changed', `${dataDir} changed while this commit was checked: nothing was written, commit again`);
  }
  writeFilesAtomically(dataDir, files, options.hooks);
  return { articleId: article.id, files: files.map(({ file }) => file), merged: planned !== options.fingerprint };
}

function refuseIfPresent(dataDir: string, corpus: Corpus, article: ArticleRecord): void {
  const same = corpus.articles.find((existing) => existing.sha256 === article.sha256);
  if (same !== undefined) {
    throw new DataWriteRefusedError('already_ingested', `this text is already in the corpus as article "${same.id}" (${same.title})`);
  }
  const taken = [ARTICLES_FILE, claimsFileOf(article.id), textFileOf(article.id)].find((file) =>
    file === ARTICLES_FILE ? corpus.articles.some((existing) => existing.id === article.id) : existsSync(path.join(dataDir, file)),
  );
  if (taken !== undefined) {
    throw new DataWriteRefusedError('article_exists', `the article id "${article.id}" is taken (${taken}): choose another id`);
  }
}

/**
 * In the order they are renamed into place, each step leaving a valid corpus: the text (read by
 * nothing until an article names its sha256), the entities and any new outlet (unused ones are valid), the article
 * (an article with no claims yet is valid), then its claims. Claims before their article would be
 * claims of an unknown article: the one order in which a crash between renames leaves data/ valid.
 */
function plannedFiles(dataDir: string, input: NewArticle & { article: ArticleRecord; newOutlet: Outlet | null }): PlannedFile[] {
  const read = (file: string) => readFileSync(path.join(dataDir, file), 'utf8');
  const claimsHeader = `# Claims stated by the article ${input.article.id}, taken in by npm run ingest. statedBy null: the article's own narration.\n`;
  return [
    { file: textFileOf(input.article.id), content: input.text },
    { file: ENTITIES_FILE, content: withAliases(withAppended(read(ENTITIES_FILE), input.newEntities), input.addAliases) },
    // An outlet before the article that names it; an unused outlet is valid.
    ...(input.newOutlet ? [{ file: OUTLETS_FILE, content: withAppended(read(OUTLETS_FILE), [input.newOutlet]) }] : []),
    { file: ARTICLES_FILE, content: withAppended(read(ARTICLES_FILE), [input.article]) },
    { file: claimsFileOf(input.article.id), content: claimsHeader + stringify(input.claims, { lineWidth: 0 }) },
  ];
}

/**
 * The corpus as it would be, in a throw-away copy, through the same checks as `npm run validate` and
 * `verify-quotes`. The new article's text is staged with it, so a missing text is one of the articles
 * already in data/ (the seeds' are kept outside it): not this commit's doing, and not a reason to refuse it.
 */
function validateStaged(dataDir: string, files: readonly PlannedFile[], textDirs: readonly string[]): Problem[] {
  const stage = mkdtempSync(path.join(tmpdir(), 'entente-ingest-'));
  try {
    mkdirSync(path.join(stage, CLAIMS_DIR));
    mkdirSync(path.join(stage, TEXTS_DIR));
    for (const file of [VOCABULARY_FILE, OUTLETS_FILE]) copyFileSync(path.join(dataDir, file), path.join(stage, file));
    for (const name of readdirSync(path.join(dataDir, CLAIMS_DIR))) {
      if (name.endsWith('.yaml')) copyFileSync(path.join(dataDir, CLAIMS_DIR, name), path.join(stage, CLAIMS_DIR, name));
    }
    for (const { file, content } of files) writeFileSync(path.join(stage, file), content);
    const { corpus, sources, problems } = checkCorpus(stage);
    const keptTexts = path.join(dataDir, TEXTS_DIR);
    const dirs = [path.join(stage, TEXTS_DIR), ...(existsSync(keptTexts) ? [keptTexts] : []), ...textDirs];
    // The staged copy is gone once this returns: name the folder the files are bound for.
    const quotes = verifyQuotes(corpus, dirs, sources).problems.filter((problem) => problem.code !== 'article_text_missing');
    const all = [...problems, ...quotes];
    return sortProblems(all.map((problem) => ({ ...problem, message: problem.message.replaceAll(stage, dataDir) })));
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
