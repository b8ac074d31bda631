// Bringing an article in from the explorer's "Add article" queue (server/ingest/):
//   GET  /api/ingest          whether writing is on here, and the largest input taken
//   POST /api/ingest/propose  the article's kept text and the review of the machine's proposals
//   POST /api/ingest/commit   the finished review written to data/ and loaded into the graph
// Nothing is kept between the two POSTs: the review lives in the page until it is committed.
import express, { Router } from 'express';
import {
  CommitRequestSchema,
  ProposeRequestSchema,
  type CommitResponse,
  type IngestStatus,
  type ProposeResponse,
} from '../../contract/index.ts';
import { loadCorpusIfChanged } from '../corpus/load.ts';
import { corpusVersion, readValidCorpus } from '../corpus/valid-corpus.ts';
import type { Neo4j } from '../db/neo4j.ts';
import { AppError } from '../http/app-error.ts';
import { parseInput } from '../http/errors.ts';
import { writeAccess, writesDisabledReason, type WriteAccessOptions } from '../http/write-access.ts';
import { articleTextFromString, MAX_INPUT_BYTES } from '../ingest/article-text.ts';
import { commitReviewed } from '../ingest/commit-review.ts';
import { defaultProposer, type Proposer } from '../ingest/proposer.ts';
import { proposeReview, type GivenMetadata } from '../ingest/start-review.ts';

/** Where articles are written and who may write them; absent, the explorer takes no articles in. */
export interface IngestOptions {
  dataDir: string;
  access: WriteAccessOptions;
  propose?: Proposer;
}

/** A 2 MB article as JSON, escapes and metadata included. */
const BODY_LIMIT = `${Math.ceil((MAX_INPUT_BYTES * 3) / 1024 / 1024)}mb`;

export function ingestRoutes({ db, ingest, log = () => {} }: { db: Neo4j; ingest?: IngestOptions; log?: (line: string) => void }): Router {
  const router = Router();
  if (ingest === undefined) {
    const reason = 'this server was started without a data folder to write to';
    router.get('/ingest', (_req, res) => void res.json({ enabled: false, reason, maxInputBytes: MAX_INPUT_BYTES } satisfies IngestStatus));
    router.use('/ingest', () => {
      throw new AppError(403, 'writes_disabled', `Writing is turned off: ${reason}`);
    });
    return router;
  }
  const { dataDir, access, propose = defaultProposer } = ingest;
  const reload = serialised(async () => {
    const corpus = readValidCorpus(dataDir);
    await loadCorpusIfChanged(db, corpus, { source: `${dataDir}/`, log });
    return corpusVersion(corpus);
  });

  router.get('/ingest', (_req, res) => {
    const reason = writesDisabledReason(access);
    res.json({ enabled: reason === null, reason, maxInputBytes: MAX_INPUT_BYTES } satisfies IngestStatus);
  });
  // Its own body limit: the API's default is far below an article's size.
  router.use('/ingest', writeAccess(access), express.json({ limit: BODY_LIMIT }));

  router.post('/ingest/propose', (req, res) => {
    const { input, format, content, metadata } = parseInput(ProposeRequestSchema, req.body, 'body');
    const taken = articleTextFromString(content, { input, format });
    res.json(proposeReview(taken, givenOf(metadata), { dataDir, propose, input }) satisfies ProposeResponse);
  });

  router.post('/ingest/commit', async (req, res) => {
    const { review, text } = parseInput(CommitRequestSchema, req.body, 'body');
    const written = commitReviewed(review, text, { dataDir, textDirs: [] });
    const version = await reload();
    log(`Added article "${written.articleId}" (${written.files.join(', ')})`);
    res.status(201).json({
      articleId: written.articleId,
      claims: review.claims.filter((claim) => claim.decision === 'accept').length,
      newEntities: review.entities.filter((entity) => entity.decision === 'accept' && entity.new && entity.mergeInto === null).length,
      files: written.files,
      merged: written.merged,
      version,
    } satisfies CommitResponse);
  });

  return router;
}

/** Empty fields are unknown: left out, so nothing is guessed for them. */
function givenOf(metadata: Record<string, string | null | undefined>): GivenMetadata {
  return Object.fromEntries(Object.entries(metadata).filter((entry): entry is [string, string] => !!entry[1]));
}

/** One at a time: two commits' loads never interleave, and each loads data/ as its write left it (or later). */
function serialised<T>(task: () => Promise<T>): () => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return () => {
    const next = last.then(task, task);
    last = next.catch(() => {});
    return next;
  };
}
