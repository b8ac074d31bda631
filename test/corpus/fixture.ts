// A small valid corpus as loose data, so a test can break it in any way a YAML file could be
// broken, and write it to a throw-away data dir.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';

export type LooseRecord = Record<string, unknown>;

export interface FixtureFiles {
  vocabulary: LooseRecord[];
  outlets: LooseRecord[];
  articles: LooseRecord[];
  entities: LooseRecord[];
  /** Keyed by file name under claims/, without `.yaml`; no claims directory when empty. */
  claims: Record<string, LooseRecord[]>;
  /** Files written with this exact text instead, keyed by path in the data dir. */
  verbatim: Record<string, string>;
  /** Paths in the data dir not written at all. */
  omitted: string[];
}

export function claimRecord(
  fields: { id: string; subject: string; type: string; object: string; quote: string; start: number } & LooseRecord,
): LooseRecord {
  const { start, ...rest } = fields;
  return {
    polarity: 'alliance',
    article: 'article-a',
    statedBy: null,
    date: null,
    ...rest,
    offsets: [start, start + fields.quote.length],
  };
}

export function validFixture(): FixtureFiles {
  return {
    vocabulary: [
      { type: 'COOPERATES_WITH', meaning: 'Works together', polarity: 'alliance', symmetric: true },
      { type: 'RIVAL_OF', meaning: 'Rivals for influence', polarity: 'tension', symmetric: true },
      { type: 'MET_WITH', meaning: 'Met or held talks with', polarity: 'neutral', symmetric: true },
      { type: 'ACCUSES', meaning: 'Publicly accuses', polarity: 'tension', symmetric: false },
    ],
    outlets: [
      { id: 'example-news', name: 'Example News', country: 'PK', url: 'https://example.org' },
      { id: 'other-wire', name: 'Other Wire', country: null, url: null },
    ],
    articles: [
      {
        id: 'article-a',
        title: 'Russia’s FM visits Pakistan',
        titleIsDescriptive: false,
        outlet: 'example-news',
        author: null,
        published: 'April 7, 2021',
        pageDate: null,
        eventDate: '2021-04-07',
        url: 'https://example.org/a',
        sha256: 'a'.repeat(64),
        notes: null,
      },
      {
        id: 'article-b',
        title: 'India watches warily',
        titleIsDescriptive: false,
        outlet: null,
        author: 'A. Writer',
        published: null,
        pageDate: 'Wednesday, February 21, 2024',
        eventDate: null,
        url: null,
        sha256: 'b'.repeat(64),
        notes: 'Second fixture article',
      },
    ],
    entities: [
      { id: 'russia', kind: 'Country', name: 'Russia', aliases: ['Moscow', 'Russian Federation'], description: 'The Russian Federation' },
      { id: 'pakistan', kind: 'Country', name: 'Pakistan', aliases: ['Islamabad'], description: 'Islamic Republic of Pakistan' },
      {
        id: 'sergey-lavrov',
        kind: 'Person',
        name: 'Sergey Lavrov',
        aliases: ['Lavrov', 'Sargi Lavarov'],
        description: 'Foreign minister of Russia',
      },
      {
        id: 'shah-mahmood-qureshi',
        kind: 'Person',
        name: 'Shah Mahmood Qureshi',
        aliases: ['Qureshi'],
        description: 'Foreign minister of Pakistan',
      },
      { id: 'india', kind: 'Country', name: 'India', aliases: ['New Delhi'], description: 'Republic of India' },
    ],
    claims: {
      'article-a': [
        claimRecord({
          id: 'a-russia-cooperates-with-pakistan',
          subject: 'russia',
          type: 'COOPERATES_WITH',
          object: 'pakistan',
          quote: 'Russia and Pakistan agreed to cooperate',
          start: 120,
          date: '2021-04',
        }),
        claimRecord({
          id: 'a-lavrov-met-qureshi',
          subject: 'sergey-lavrov',
          type: 'MET_WITH',
          object: 'shah-mahmood-qureshi',
          polarity: 'neutral',
          quote: 'Lavrov met Qureshi',
          start: 300,
          statedBy: 'sergey-lavrov',
        }),
      ],
      'article-b': [
        claimRecord({
          id: 'b-india-rival-of-pakistan',
          subject: 'india',
          type: 'RIVAL_OF',
          object: 'pakistan',
          polarity: 'tension',
          quote: 'India and Pakistan remain rivals',
          start: 0,
          article: 'article-b',
        }),
      ],
    },
    verbatim: {},
    omitted: [],
  };
}

/** Writes the files to a new temp dir and returns it; remove it with `removeDataDir`. */
export function writeFixture(files: FixtureFiles): string {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'entente-corpus-'));
  const contents = new Map<string, string>([
    ['vocabulary.yaml', stringify(files.vocabulary)],
    ['outlets.yaml', stringify(files.outlets)],
    ['articles.yaml', stringify(files.articles)],
    ['entities.yaml', stringify(files.entities)],
    ...Object.entries(files.claims).map(([name, claims]): [string, string] => [`claims/${name}.yaml`, stringify(claims)]),
    ...Object.entries(files.verbatim),
  ]);
  for (const [file, text] of contents) {
    if (files.omitted.includes(file)) continue;
    mkdirSync(path.dirname(path.join(dataDir, file)), { recursive: true });
    writeFileSync(path.join(dataDir, file), text);
  }
  return dataDir;
}

export function removeDataDir(dataDir: string): void {
  rmSync(dataDir, { recursive: true, force: true });
}

/** The record at an index, failing loudly when a test points at one that is not there. */
export function recordAt(list: LooseRecord[] | undefined, index: number): LooseRecord {
  const record = list?.[index];
  if (record === undefined) throw new Error(`the fixture has no record ${index} here`);
  return record;
}
