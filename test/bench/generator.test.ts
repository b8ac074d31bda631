// Smoke test of the benchmark's pure parts: the synthetic corpus generator, the targets it picks,
// the statistics and the report writer. The benchmark itself is a command (`npm run bench`).
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadCorpus } from '../../server/corpus/load.ts';
import { corpusVersion, validCorpus } from '../../server/corpus/valid-corpus.ts';
import { EntitySchema, OutletSchema } from '../../contract/index.ts';
import { formatProblem } from '../../server/corpus/problem.ts';
import { validateCorpus } from '../../server/corpus/validate.ts';
import { ArticleRecordSchema, ClaimSchema } from '../../server/corpus/schema.ts';
import type { Neo4j } from '../../server/db/neo4j.ts';
import { applySchema } from '../../server/db/schema.ts';
import { toPlain } from '../../server/db/to-plain.ts';
import { readVocabulary } from '../../server/vocabulary.ts';
import { apiRoutes } from '../../bench/api-bench.ts';
import { degreesOf, generateCorpus } from '../../bench/generate.ts';
import { machineInfo } from '../../bench/machine.ts';
import { formatReport, writeResult, type BenchResult } from '../../bench/report.ts';
import { SCALES } from '../../bench/scales.ts';
import { percentile, summarizeLatencies } from '../../bench/stats.ts';
import { pickTargets } from '../../bench/targets.ts';
import { connectTestNeo4j, resetGraph } from '../support/neo4j.ts';

/** What the report test reads back of a written result file, beyond what toMatchObject checks. */
const WrittenResult = z.looseObject({
  machine: z.record(z.string(), z.unknown()),
  api: z.looseObject({ routes: z.array(z.record(z.string(), z.unknown())) }),
});

const vocabulary = readVocabulary().entries;
const tiny = (seed?: number) => generateCorpus({ ...SCALES.tiny, vocabulary, seed });

describe('synthetic corpus generator', () => {
  it('when called twice with the same seed, then the corpus is the same; with another seed, it differs', () => {
    const first = corpusVersion(tiny(42).corpus);

    expect(corpusVersion(tiny(42).corpus)).toBe(first);
    expect(corpusVersion(tiny(43).corpus)).not.toBe(first);
  });

  it('when a tiny corpus is generated, then it passes validCorpus and every record its schema', () => {
    const { corpus } = tiny();

    expect(validateCorpus(corpus).map(formatProblem)).toEqual([]);
    expect(corpus.claims).toHaveLength(SCALES.tiny.claims);
    expect(corpus.entities).toHaveLength(SCALES.tiny.entities);
    expect(corpus.articles).toHaveLength(SCALES.tiny.articles);
    for (const article of corpus.articles) expect(ArticleRecordSchema.safeParse(article).success).toBe(true);
    for (const outlet of corpus.outlets) expect(OutletSchema.safeParse(outlet).success).toBe(true);
    for (const entity of corpus.entities) expect(EntitySchema.safeParse(entity).success).toBe(true);
    for (const claim of corpus.claims) expect(ClaimSchema.safeParse(claim).success).toBe(true);
  });

  it('when quotes are generated, then each is 60–300 characters, verbatim at its offsets in a text whose sha256 the article records', () => {
    const { corpus, texts } = tiny();
    const sha = new Map(corpus.articles.map((article) => [article.id, article.sha256]));

    for (const [id, text] of texts) expect(createHash('sha256').update(text).digest('hex')).toBe(sha.get(id));
    for (const claim of corpus.claims) {
      expect(claim.quote.length).toBeGreaterThanOrEqual(60);
      expect(claim.quote.length).toBeLessThanOrEqual(300);
      expect(texts.get(claim.article)!.slice(claim.offsets[0], claim.offsets[1])).toBe(claim.quote);
    }
  });

  it('when degrees are counted, then they are skewed: the hub has many times the median', () => {
    const degrees = [...degreesOf(tiny().corpus).values()].sort((a, b) => a - b);
    const median = degrees[Math.floor(degrees.length / 2)]!;

    expect(degrees.at(-1)!).toBeGreaterThanOrEqual(10 * median);
  });

  it('when polarity, speakers, kinds and types are counted, then they follow the intended mix', () => {
    const { corpus } = tiny();
    const share = (predicate: (claim: (typeof corpus.claims)[number]) => boolean) =>
      corpus.claims.filter(predicate).length / corpus.claims.length;
    const types = new Set(vocabulary.map((entry) => entry.type));

    expect(share((claim) => claim.polarity === 'alliance')).toBeCloseTo(0.45, 1);
    expect(share((claim) => claim.polarity === 'tension')).toBeCloseTo(0.35, 1);
    expect(share((claim) => claim.polarity === 'neutral')).toBeCloseTo(0.2, 1);
    expect(share((claim) => claim.statedBy !== null)).toBeCloseTo(0.35, 1);
    expect(new Set(corpus.entities.map((entity) => entity.kind))).toEqual(
      new Set(['Country', 'Person', 'Organization', 'Group', 'Initiative']),
    );
    expect(corpus.claims.every((claim) => types.has(claim.type))).toBe(true);
  });

  it('when articles are generated, then they are published over several months of 2021 by outlets of several countries', () => {
    const { corpus } = tiny();
    const countryOf = new Map(corpus.outlets.map((outlet) => [outlet.id, outlet.country]));
    const months = new Set(corpus.articles.flatMap((article) => article.published?.split(' ')[0] ?? []));

    expect(months.size).toBeGreaterThanOrEqual(6);
    expect(corpus.articles.every((article) => article.published === null || article.published.endsWith(', 2021'))).toBe(true);
    expect(
      new Set(corpus.articles.map((article) => article.outlet && countryOf.get(article.outlet)).filter(Boolean)).size,
    ).toBeGreaterThanOrEqual(2);
  });
});

describe('benchmark targets', () => {
  it('when targets are picked, then the hub has the most claims and the path pairs are linked but not neighbours', () => {
    const { corpus } = tiny();
    const degrees = degreesOf(corpus);

    const targets = pickTargets(corpus);

    expect(targets.hub.claims).toBe(Math.max(...degrees.values()));
    expect(degrees.get(targets.hub.id)).toBe(targets.hub.claims);
    expect(targets.typical.length).toBeGreaterThan(0);
    expect(targets.searchPrefixes.every((prefix) => prefix.length === 4)).toBe(true);
    expect(targets.pathPairs.length).toBeGreaterThan(0);
    const neighbours = new Set(corpus.claims.flatMap((claim) => [`${claim.subject} ${claim.object}`, `${claim.object} ${claim.subject}`]));
    for (const pair of targets.pathPairs) {
      expect(pair.hops).toBeGreaterThanOrEqual(2);
      expect(pair.hops).toBeLessThanOrEqual(4);
      expect(neighbours.has(`${pair.from} ${pair.to}`)).toBe(false);
    }
  });

  it('when the routes are listed, then the bare baseline comes first and the saved query only when it exists', () => {
    const targets = pickTargets(tiny().corpus);

    const withQuery = apiRoutes(targets, { savedQuery: true }).map((route) => route.name);
    const without = apiRoutes(targets, { savedQuery: false }).map((route) => route.name);

    expect(withQuery[0]).toBe('bare Express JSON');
    expect(withQuery).toEqual(
      expect.arrayContaining([
        'graph depth=1 typical (cached)',
        'graph depth=1 typical (uncached)',
        'graph depth=1 hub (uncached)',
        'entities search prefix (cached)',
        'paths maxHops=4 (uncached)',
        'compare depth=1 typical, two half-years (cached)',
        'compare depth=1 typical, two half-years (uncached)',
      ]),
    );
    expect(withQuery.some((name) => name.startsWith('saved query'))).toBe(true);
    expect(without.some((name) => name.startsWith('saved query'))).toBe(false);
  });
});

describe('benchmark statistics and report', () => {
  it('when percentiles are taken, then they are nearest-rank over the samples', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);

    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile([], 50)).toBeNaN();
    expect(summarizeLatencies([3, 1, 2])).toMatchObject({ count: 3, p50Ms: 2, maxMs: 3, meanMs: 2 });
  });

  it('when a result is written, then the JSON has the headline fields and the table shows them beside the goals', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'entente-bench-report-'));
    try {
      const result = sampleResult();

      const file = writeResult(result, dir);
      const table = formatReport(result);

      expect(readdirSync(dir)).toEqual([path.basename(file)]);
      const json = WrittenResult.parse(JSON.parse(readFileSync(file, 'utf8')));
      expect(json).toMatchObject({ scale: 'tiny', claimsPerSecond: 25_000, peakRssMb: 300 });
      expect(Object.keys(json.machine)).toEqual(expect.arrayContaining(['cpus', 'memoryGb', 'node', 'java']));
      expect(Object.keys(json.api.routes[1]!)).toEqual(expect.arrayContaining(['name', 'p50Ms', 'p95Ms', 'p99Ms', 'requestsPerSecond']));
      expect(table).toContain('meets goal ≥ 20,000');
      expect(table).toMatch(/graph depth=1 typical \(uncached\) .*misses goal ≤ 15/);
      expect(table).toMatch(/paths maxHops=4 .*meets goal ≤ 50/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a generated corpus in Neo4j', () => {
  let db: Neo4j;
  beforeAll(async () => {
    db = await connectTestNeo4j();
    await applySchema(db);
    await resetGraph(db);
  });
  afterAll(async () => {
    await resetGraph(db);
    await db.close();
  });

  it('when the tiny corpus is loaded through the loader, then the graph holds every claim and entity', async () => {
    const corpus = validCorpus(tiny().corpus);

    const result = await loadCorpus(db, corpus, { batchSize: 200 });

    const { records } = await db.driver.executeQuery(
      `MATCH (s:Entity)-[r]->(:Entity) WITH count(r) AS claims CALL () { MATCH (e:Entity) RETURN count(e) AS entities } RETURN claims, entities`,
      {},
      { database: db.database },
    );
    expect(toPlain(records[0]!.toObject())).toEqual({ claims: SCALES.tiny.claims, entities: SCALES.tiny.entities });
    expect(result.counts.claims).toBe(SCALES.tiny.claims);
  });
});

function sampleResult(): BenchResult {
  const route = (name: string, p95Ms: number) => ({
    name,
    method: 'GET' as const,
    example: '/api/x',
    p50Ms: p95Ms / 2,
    p95Ms,
    p99Ms: p95Ms * 1.5,
    meanMs: p95Ms / 2,
    maxMs: p95Ms * 2,
    requestsPerSecond: 1000,
    requests: 10_000,
    non2xx: 0,
    errors: 0,
    meanResponseBytes: 2048,
    p50VsBare: 3,
  });
  return {
    scale: 'tiny',
    spec: SCALES.tiny,
    seed: 1,
    startedAt: '2021-04-06T10:30:00.000Z',
    finishedAt: '2021-04-06T10:31:00.000Z',
    machine: machineInfo(),
    neo4j: { source: 'embedded', version: 'Neo4j/5.26.30', heapMb: 4096, pageCacheMb: 2048 },
    generate: { ms: 10, validateMs: 5, peakRssMb: 120 },
    load: {
      loader: 'transactional',
      ms: 20,
      claimsPerSecond: 25_000,
      batchSize: 10_000,
      peakRssMb: 300,
      peakHeapUsedMb: 100,
      neo4jPeakRssMb: 1000,
      counts: { articles: 20, entities: 120, claims: 500, mentions: 900 },
      phases: { 'stage-claims': 10 },
      cpu: { nodeSeconds: 0.01, neo4jSeconds: 0.02, otherProcessesShare: 0 },
      claimsPerCpuSecond: 16_000,
    },
    api: {
      connections: 20,
      durationSeconds: 10,
      notes: [],
      routes: [
        { ...route('bare Express JSON', 1), p50VsBare: null },
        route('graph depth=1 typical (uncached)', 30),
        route('paths maxHops=4 (cached)', 20),
      ],
    },
    render: null,
    claimsPerSecond: 25_000,
    peakRssMb: 300,
    notes: [],
  };
}
