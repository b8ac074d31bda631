// Reads data/ into a Corpus. Never throws on bad data: every file is read, every record is
// checked against its schema on its own, and what fails becomes a problem while the rest is
// kept — so one run reports everything, and cross-reference checks still see the good records.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { Problem } from './problem.ts';
import { EntitySchema, OutletSchema, VocabularyEntrySchema, type Entity, type Outlet, type VocabularyEntry } from '../../contract/index.ts';
import { ArticleRecordSchema, ClaimSchema, type ArticleRecord, type Claim, type Corpus } from './schema.ts';
import {
  ARTICLES_FILE,
  CLAIMS_DIR,
  emptyGap,
  ENTITIES_FILE,
  makeProblem,
  OUTLETS_FILE,
  problemAtRecord,
  VOCABULARY_FILE,
  type CorpusSources,
  type ReferenceGap,
  type SourceRef,
} from './sources.ts';
import { valueAt } from './raw-data.ts';
import { readYamlFile } from './yaml-file.ts';
import { problemsFromIssue } from './zod-issues.ts';

export interface CorpusRead {
  /** The records that passed their schema. */
  corpus: Corpus;
  sources: CorpusSources;
  problems: Problem[];
}

export function readCorpus(dataDir: string): CorpusRead {
  const problems: Problem[] = [];
  const lineLocators: CorpusSources['lineLocators'] = new Map();
  const context: ReadContext = { dataDir, problems, lineLocators };

  const vocabulary = readList(context, VOCABULARY_FILE, VocabularyEntrySchema, 'type');
  const outlets = readList(context, OUTLETS_FILE, OutletSchema, 'id');
  const articles = readList(context, ARTICLES_FILE, ArticleRecordSchema, 'id');
  const entities = readList(context, ENTITIES_FILE, EntitySchema, 'id');

  const claims: ReadList<Claim> = { records: [], refs: [], gap: emptyGap() };
  for (const file of listClaimFiles(context)) {
    const fileClaims = readList(context, file, ClaimSchema, 'id');
    claims.records.push(...fileClaims.records);
    claims.refs.push(...fileClaims.refs);
  }

  return {
    corpus: {
      vocabulary: vocabulary.records,
      outlets: outlets.records,
      articles: articles.records,
      entities: entities.records,
      claims: claims.records,
    },
    sources: {
      vocabulary: vocabulary.refs,
      outlets: outlets.refs,
      articles: articles.refs,
      entities: entities.refs,
      claims: claims.refs,
      gaps: { types: vocabulary.gap, outlets: outlets.gap, articles: articles.gap, entities: entities.gap },
      lineLocators,
    },
    problems,
  };
}

interface ReadContext {
  dataDir: string;
  problems: Problem[];
  lineLocators: CorpusSources['lineLocators'];
}

interface ReadList<T> {
  records: T[];
  refs: SourceRef[];
  gap: ReferenceGap;
}

function readList<T extends VocabularyEntry | Outlet | ArticleRecord | Entity | Claim>(
  context: ReadContext,
  file: string,
  schema: z.ZodType<T>,
  idField: 'id' | 'type',
): ReadList<T> {
  const list: ReadList<T> = { records: [], refs: [], gap: emptyGap() };
  const result = readYamlFile(context.dataDir, file);
  if (result.status === 'failed') {
    context.problems.push(...result.problems);
    list.gap.wholeFile = true;
    return list;
  }
  context.lineLocators.set(file, result.lineOf);
  if (!Array.isArray(result.data)) {
    context.problems.push(
      makeProblem(context.lineLocators, { file, segments: [], code: 'not_a_list', message: 'the file must hold a YAML list' }),
    );
    list.gap.wholeFile = true;
    return list;
  }

  result.data.forEach((raw: unknown, index) => {
    const ref = { file, index };
    const parsed = schema.safeParse(raw);
    if (parsed.success) {
      list.records.push(parsed.data);
      list.refs.push(ref);
      return;
    }
    const id = idOf(raw, idField);
    if (id !== undefined) list.gap.ids.add(id);
    for (const issue of parsed.error.issues) {
      for (const spec of problemsFromIssue(issue, raw)) {
        context.problems.push(problemAtRecord(context, ref, spec));
      }
    }
  });
  return list;
}

/** `claims/*.yaml`, sorted by name; a missing claims directory is a problem, an empty one is not. */
function listClaimFiles(context: ReadContext): string[] {
  try {
    const entries = readdirSync(path.join(context.dataDir, CLAIMS_DIR), { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
      .map((entry) => entry.name)
      .sort() // by UTF-16 code units: the same order on every machine and locale
      .map((name) => `${CLAIMS_DIR}/${name}`);
  } catch (error) {
    const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
    context.problems.push({
      file: `${CLAIMS_DIR}/`,
      path: '',
      code: missing ? 'missing_file' : 'unreadable_file',
      message: missing ? 'the claims directory is missing' : `cannot list the claims directory: ${String(error)}`,
    });
    return [];
  }
}

function idOf(raw: unknown, idField: 'id' | 'type'): string | undefined {
  const id = valueAt(raw, [idField]);
  return typeof id === 'string' ? id : undefined;
}
