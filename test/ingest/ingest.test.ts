// `npm run ingest` in-process: a text file becomes a review file, the reviewed file is committed
// to a fixture data folder and loaded into the real test Neo4j by the loader.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadCorpus } from '../../server/corpus/load.ts';
import { readValidCorpus } from '../../server/corpus/valid-corpus.ts';
import type { Neo4j } from '../../server/db/neo4j.ts';
import { applySchema } from '../../server/db/schema.ts';
import { runIngest } from '../../server/ingest/ingest.ts';
import { ReviewFileSchema, type ReviewFile } from '../../server/ingest/review-file.ts';
import { removeDataDir } from '../corpus/fixture.ts';
import { connectTestNeo4j, resetGraph } from '../support/neo4j.ts';
import { NEW_TEXT, sentenceProposer, snapshot, writeFixtureWithTexts } from './ingest-fixture.ts';

describe('npm run ingest', () => {
  let db: Neo4j;
  let dataDir: string;
  let textsDir: string;
  let workDir: string;
  const lines: string[] = [];
  const deps = {
    propose: sentenceProposer,
    load: async (dir: string) => `loaded ${(await loadCorpus(db, readValidCorpus(dir))).counts.claims} claims`,
    log: (line: string) => void lines.push(line),
  };

  beforeAll(async () => {
    db = await connectTestNeo4j();
    await applySchema(db);
  });
  afterAll(() => db.close());
  beforeEach(async () => {
    await resetGraph(db);
    ({ dataDir, textsDir } = writeFixtureWithTexts());
    workDir = mkdtempSync(path.join(tmpdir(), 'entente-ingest-cli-'));
    lines.length = 0;
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
    removeDataDir(dataDir);
    for (const dir of [textsDir, workDir]) rmSync(dir, { recursive: true, force: true });
  });

  const mentionedBy = async (article: string): Promise<string[]> => {
    const { records } = await db.driver.executeQuery(
      'MATCH (:Article {id: $article})-[:MENTIONS]->(e:Entity) RETURN e.id AS id ORDER BY id',
      { article },
      { database: db.database },
    );
    return records.map((record) => record.get('id') as string);
  };

  const startReview = async (): Promise<{ reviewFile: string; review: ReviewFile }> => {
    const input = path.join(workDir, 'talks.txt');
    writeFileSync(input, NEW_TEXT.replace(/\n/g, '\r\n'));
    expect(await runIngest([input, '--title', 'Talks on trade', '--published', 'April 7, 2021', '--data', dataDir], deps)).toBe(0);
    const reviewFile = `${input}.review.yaml`;
    return { reviewFile, review: ReviewFileSchema.parse(parse(readFileSync(reviewFile, 'utf8'))) };
  };

  it('when a text is taken in, then the review file holds the metadata, the text and pending proposals (known entities with no new alias accepted)', async () => {
    const { review } = await startReview();

    expect(review.article).toMatchObject({
      id: 'talks-on-trade-2021',
      title: 'Talks on trade',
      published: 'April 7, 2021',
      outlet: null,
      author: null,
      url: null,
    });
    expect(review.textFile).toBe('talks.txt.text.txt');
    expect(readFileSync(path.join(workDir, review.textFile), 'utf8')).toBe(NEW_TEXT);
    expect(review.claims.map(({ decision, id, subject, object }) => ({ decision, id, subject, object }))).toEqual([
      { decision: 'pending', id: 'talks-on-trade-2021-001', subject: 'pakistan', object: 'india' },
      { decision: 'pending', id: 'talks-on-trade-2021-002', subject: 'russia', object: 'pakistan' },
    ]);
    for (const entity of review.entities) {
      expect(entity.decision, entity.id).toBe(entity.new || entity.aliases.length > 0 ? 'pending' : 'accept');
    }
    expect(review.entities.some((entity) => entity.decision === 'accept')).toBe(true);
  });

  it('when a reviewed file is committed, then data/ gains the article and the graph holds its claims', async () => {
    const { reviewFile, review } = await startReview();
    review.entities.forEach((entity) => (entity.decision = 'accept'));
    review.claims[0]!.decision = 'accept';
    review.claims[1]!.decision = 'reject';
    writeFileSync(reviewFile, stringify(review));

    const code = await runIngest(['--commit', reviewFile, '--articles', textsDir, '--data', dataDir], deps);

    expect(code).toBe(0);
    expect(lines.at(-1)).toBe('loaded 4 claims');
    expect(existsSync(path.join(dataDir, 'claims', 'talks-on-trade-2021.yaml'))).toBe(true);
    const graph = await db.driver.executeQuery(
      `MATCH (:Entity {id: 'pakistan'})-[r:MET_WITH {articleId: 'talks-on-trade-2021'}]->(:Entity {id: 'india'}) RETURN r.quote AS quote`,
      {},
      { database: db.database },
    );
    expect(graph.records.map((record) => record.get('quote') as string)).toEqual([
      'Islamabad, Tuesday — Pakistan and India held talks on trade.',
    ]);
    // Russia, accepted but named only by the rejected claim, is kept as a mention of the article.
    expect(await mentionedBy('talks-on-trade-2021')).toEqual(['india', 'pakistan', 'russia']);
  });

  it('when decisions are still pending, then the commit is refused and nothing is written', async () => {
    const { reviewFile } = await startReview();
    const before = snapshot(dataDir);

    expect(await runIngest(['--commit', reviewFile, '--articles', textsDir, '--data', dataDir], deps)).toBe(1);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('when the arguments are wrong, then the exit code is 2', async () => {
    expect(await runIngest(['--data', dataDir], deps)).toBe(2);
    expect(await runIngest(['a.txt', '--commit', 'b.yaml', '--data', dataDir], deps)).toBe(2);
    expect(await runIngest(['a.txt', '--bogus', '--data', dataDir], deps)).toBe(2);
  });
});
