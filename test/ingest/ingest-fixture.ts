// The corpus fixture with real texts behind its quotes, a new article to bring in, and a small
// deterministic proposer standing in for the extractor.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Proposals } from '../../contract/index.ts';
import type { Proposer } from '../../server/ingest/proposer.ts';
import type { NewArticle } from '../../server/ingest/data-writer.ts';
import { recordAt, validFixture, writeFixture } from '../corpus/fixture.ts';

/** A text with each quote at its start, spaces elsewhere. */
function textWith(placed: [number, string][]): string {
  const chars = Array.from({ length: 400 }, () => ' ');
  for (const [start, quote] of placed) chars.splice(start, quote.length, ...quote);
  return chars.join('');
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A data folder whose quotes all verify against the texts in `textsDir` (outside it, like ../shared/seeds). */
export function writeFixtureWithTexts(): { dataDir: string; textsDir: string } {
  const files = validFixture();
  const texts = {
    'article-a': textWith([
      [120, 'Russia and Pakistan agreed to cooperate'],
      [300, 'Lavrov met Qureshi'],
    ]),
    'article-b': textWith([[0, 'India and Pakistan remain rivals']]),
  };
  recordAt(files.articles, 0).sha256 = sha256(texts['article-a']);
  recordAt(files.articles, 1).sha256 = sha256(texts['article-b']);
  const dataDir = writeFixture(files);
  const textsDir = path.join(dataDir, '..', `${path.basename(dataDir)}-texts`);
  mkdirSync(textsDir);
  for (const [id, text] of Object.entries(texts)) writeFileSync(path.join(textsDir, `${id}.txt`), text);
  return { dataDir, textsDir };
}

export const NEW_TEXT =
  'Islamabad, Tuesday — Pakistan and India held talks on trade.\n\nOfficials said “Russia backs Pakistan” on energy.\n\nNothing else happened.';

/** An article record with only its id and title known. */
export function bareArticle(id: string, title: string): NewArticle['article'] {
  return {
    id,
    title,
    titleIsDescriptive: false,
    outlet: null,
    author: null,
    published: null,
    pageDate: null,
    eventDate: null,
    url: null,
    notes: null,
  };
}

/** A new article ready for the writer: one claim, one new entity, one alias merged into India. */
export function newArticle(overrides: Partial<NewArticle> = {}): NewArticle {
  const quote = 'Pakistan and India held talks on trade';
  return {
    article: bareArticle('talks-2021', 'Talks'),
    text: NEW_TEXT,
    newEntities: [{ id: 'bhutan', kind: 'Country', name: 'Bhutan', aliases: [], description: 'Kingdom of Bhutan' }],
    addAliases: { india: ['Bharat'] },
    claims: [
      {
        id: 'talks-001',
        subject: 'pakistan',
        type: 'MET_WITH',
        object: 'india',
        polarity: 'neutral',
        quote,
        offsets: [NEW_TEXT.indexOf(quote), NEW_TEXT.indexOf(quote) + quote.length],
        article: 'talks-2021',
        statedBy: null,
        date: null,
      },
    ],
    mentions: [],
    ...overrides,
  };
}

/** One MET_WITH claim per sentence that names two known entities (by name or alias), the sentence as its quote. */
export const sentenceProposer: Proposer = (text, { entities }) => {
  const proposals: Proposals = { entities: [], claims: [] };
  for (const match of text.matchAll(/[^.!?\n]+[.!?]?/g)) {
    const sentence = match[0].trim();
    const start = match.index + match[0].indexOf(sentence);
    const named = entities.filter((entity) => [entity.name, ...entity.aliases].some((form) => sentence.includes(form)));
    const [subject, object] = named;
    if (subject === undefined || object === undefined) continue;
    for (const entity of [subject, object]) {
      if (proposals.entities.some((e) => e.id === entity.id)) continue;
      const at = text.indexOf(entity.name);
      proposals.entities.push({
        id: entity.id,
        name: entity.name,
        kind: entity.kind,
        new: false,
        aliases: [],
        mentions: at < 0 ? [] : [[at, at + entity.name.length]],
      });
    }
    proposals.claims.push({
      subject: subject.id,
      object: object.id,
      type: 'MET_WITH',
      polarity: 'neutral',
      statedBy: null,
      quote: sentence,
      offsets: [start, start + sentence.length],
    });
  }
  return proposals;
};

/** Every file under a folder, by relative path, with its bytes as text: equal snapshots, equal folders. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const name of readdirSync(path.join(dir, sub))) {
      const relative = sub === '' ? name : `${sub}/${name}`;
      if (statSync(path.join(dir, relative)).isDirectory()) walk(relative);
      else files[relative] = readFileSync(path.join(dir, relative), 'utf8');
    }
  };
  walk('');
  return files;
}
