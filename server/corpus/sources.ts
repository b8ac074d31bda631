// Where each record of a Corpus came from. The Corpus type holds plain records; problems found
// later (a dangling reference, a quote that does not match) must still name the file, the
// position in it and, where known, the line — so the reader hands this map on beside the corpus.
import type { Corpus } from './schema.ts';
import { formatPath, type PathSegment, type Problem, type ProblemCode } from './problem.ts';

export const VOCABULARY_FILE = 'vocabulary.yaml';
export const OUTLETS_FILE = 'outlets.yaml';
export const ARTICLES_FILE = 'articles.yaml';
export const ENTITIES_FILE = 'entities.yaml';
export const CLAIMS_DIR = 'claims';
/** The texts of ingested articles (`npm run ingest`), found by sha256 like any other text. */
export const TEXTS_DIR = 'texts';

/** The claims file of an article, by the one-file-per-article convention. */
export function claimsFileOf(articleId: string): string {
  return `${CLAIMS_DIR}/${articleId}.yaml`;
}

/** The kept text of an ingested article. */
export function textFileOf(articleId: string): string {
  return `${TEXTS_DIR}/${articleId}.txt`;
}

/** A record's file (relative to the data directory) and its index in that file's list. */
export interface SourceRef {
  file: string;
  index: number;
}

/** The 1-based line of a path in a file, or undefined where it cannot tell. */
export type LineLocator = (segments: readonly PathSegment[]) => number | undefined;

/**
 * Names the reader could not take in. Their problem has been reported already, so a reference
 * to them is not reported a second time as unknown.
 */
export interface ReferenceGap {
  /** The whole file was missing or unparsable: no reference into it can be checked. */
  wholeFile: boolean;
  /** Ids of records that failed their schema. */
  ids: Set<string>;
}

export interface CorpusSources {
  /** One entry per record of the corpus, in the same order as its list. */
  vocabulary: SourceRef[];
  outlets: SourceRef[];
  articles: SourceRef[];
  entities: SourceRef[];
  claims: SourceRef[];
  gaps: { types: ReferenceGap; outlets: ReferenceGap; articles: ReferenceGap; entities: ReferenceGap };
  /** Keyed by file; empty for a corpus built in code. */
  lineLocators: Map<string, LineLocator>;
}

/** The ref of a record; sources are built alongside the corpus, so a missing one is a bug. */
export function sourceAt(refs: readonly SourceRef[], index: number): SourceRef {
  const ref = refs[index];
  if (ref === undefined) throw new Error(`no source for record ${index}: the sources do not match the corpus`);
  return ref;
}

export function emptyGap(): ReferenceGap {
  return { wholeFile: false, ids: new Set() };
}

export function isInGap(gap: ReferenceGap, id: string): boolean {
  return gap.wholeFile || gap.ids.has(id);
}

/**
 * Sources for a corpus built in code: each list in its usual file, claims in the file of their
 * article, numbered in order within it — exactly what reading a conventional data dir gives.
 */
export function sourcesByConvention(corpus: Corpus): CorpusSources {
  const claimsSoFar = new Map<string, number>();
  return {
    vocabulary: corpus.vocabulary.map((_, index) => ({ file: VOCABULARY_FILE, index })),
    outlets: corpus.outlets.map((_, index) => ({ file: OUTLETS_FILE, index })),
    articles: corpus.articles.map((_, index) => ({ file: ARTICLES_FILE, index })),
    entities: corpus.entities.map((_, index) => ({ file: ENTITIES_FILE, index })),
    claims: corpus.claims.map((claim) => {
      const file = claimsFileOf(claim.article);
      const index = claimsSoFar.get(file) ?? 0;
      claimsSoFar.set(file, index + 1);
      return { file, index };
    }),
    gaps: { types: emptyGap(), outlets: emptyGap(), articles: emptyGap(), entities: emptyGap() },
    lineLocators: new Map(),
  };
}

export interface ProblemSpec {
  file: string;
  /** From the top of the file, e.g. `[3, 'aliases', 1]`; empty for the whole file. */
  segments: readonly PathSegment[];
  code: ProblemCode;
  message: string;
}

/** A problem with its path formatted and its line looked up. */
export function makeProblem(lineLocators: CorpusSources['lineLocators'], spec: ProblemSpec): Problem {
  const line = lineLocators.get(spec.file)?.(spec.segments);
  const problem: Problem = { file: spec.file, path: formatPath(spec.segments), code: spec.code, message: spec.message };
  return line === undefined ? problem : { ...problem, line };
}

export interface RecordProblemSpec {
  /** Inside the record, e.g. `['aliases', 1]`; empty for the record as a whole. */
  at: readonly PathSegment[];
  code: ProblemCode;
  message: string;
}

/** A problem about one record, at a path inside it. */
export function problemAtRecord(sources: Pick<CorpusSources, 'lineLocators'>, ref: SourceRef, spec: RecordProblemSpec): Problem {
  return makeProblem(sources.lineLocators, {
    file: ref.file,
    segments: [ref.index, ...spec.at],
    code: spec.code,
    message: spec.message,
  });
}

/** `claims/x.yaml [3], line 41` (the line where known), for messages that point at another record. */
export function describeRef(sources: Pick<CorpusSources, 'lineLocators'>, ref: SourceRef): string {
  const line = sources.lineLocators.get(ref.file)?.([ref.index]);
  return `${ref.file} [${ref.index}]${line === undefined ? '' : `, line ${line}`}`;
}
