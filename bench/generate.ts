// Synthetic corpora for the benchmarks: the real schema (valid through validCorpus), built by a
// deterministic PRNG so a seed always gives the same corpus. Pure: the vocabulary comes in as an
// argument and nothing is read or written.
//
// Shape, chosen to look like a year of news rather than uniform noise:
// - degrees are scale-free: each claim's endpoints come by preferential attachment (an endpoint
//   of an earlier claim, so proportional to degree) or, with UNIFORM_SHARE, from the entities
//   "in the news so far", whose number grows with the corpus; early entities become hubs;
// - polarity alliance / tension / neutral ≈ 45 / 35 / 20; the type usually matches the polarity;
// - quotes of 60–300 characters (most near the short end), verbatim slices of a synthetic
//   article text whose sha256 the article records, so the offsets are real;
// - STATED_BY_SHARE of claims have a speaker (a Person), often the subject itself;
// - articles published over 2021 by six outlets of four countries and a wire (OUTLET_COUNTRIES),
//   DATED_SHARE of claims with their own date over 2020–2021: views by period and by outlet
//   country (and their compare) have something to tell apart.
import { createHash } from 'node:crypto';
import { slugOf, type Entity, type EntityKind, type Polarity, type VocabularyEntry } from '../contract/index.ts';
import type { ArticleRecord } from '../server/corpus/schema.ts';
import type { Claim, Corpus } from '../server/corpus/schema.ts';
import { createRng, type Rng } from './prng.ts';
import type { ScaleSpec } from './scales.ts';
import {
  SYLLABLES,
  FIRST_NAMES,
  ORG_SUFFIXES,
  GROUP_SUFFIXES,
  INITIATIVE_SUFFIXES,
  OUTLETS,
  OUTLET_COUNTRIES,
  WORDS,
} from './generate-words.ts';

export const DEFAULT_SEED = 20210406;

export interface GenerateOptions extends ScaleSpec {
  vocabulary: readonly VocabularyEntry[];
  seed?: number;
}

export interface GeneratedCorpus {
  corpus: Corpus;
  /** The synthetic article texts the quotes are slices of, by article id. */
  texts: Map<string, string>;
}

/** Share of claim endpoints drawn uniformly (from the entities active so far) rather than by degree. */
const UNIFORM_SHARE = 0.3;
/** All entities are active once this share of the claims is generated. */
const ALL_ACTIVE_AT = 0.8;
const POLARITY_SHARES: readonly [Polarity, number][] = [
  ['alliance', 0.45],
  ['tension', 0.35],
  ['neutral', 0.2],
];
/** Share of claims whose type is the usual one for their polarity (the rest: any type). */
const TYPE_MATCHES_POLARITY = 0.85;
const STATED_BY_SHARE = 0.35;
const DATED_SHARE = 0.6;
const QUOTE_MIN = 60;
const QUOTE_MAX = 300;
const ARTICLE_TEXT_MIN = 12_000;
const ARTICLE_TEXT_MAX = 40_000;

const KIND_SHARES: readonly [EntityKind, number][] = [
  ['Country', 0.12],
  ['Person', 0.4],
  ['Organization', 0.28],
  ['Group', 0.1],
  ['Initiative', 0.1],
];
/** The first entities become the hubs; most of them are countries, as in real news. */
const HUB_KIND_SHARES: readonly [EntityKind, number][] = [
  ['Country', 0.6],
  ['Person', 0.2],
  ['Organization', 0.2],
];

export function generateCorpus({ claims, entities, articles, vocabulary, seed = DEFAULT_SEED }: GenerateOptions): GeneratedCorpus {
  if (entities < 2) throw new Error('a corpus needs at least two entities');
  if (articles < 1 || claims < 1) throw new Error('a corpus needs at least one article and one claim');
  if (vocabulary.length === 0) throw new Error('the vocabulary is empty');
  const rng = createRng(seed);
  const entityList = makeEntities(rng, entities);
  const { articleList, texts } = makeArticles(rng, articles);
  const claimList = makeClaims(rng, { count: claims, entities: entityList, articles: articleList, texts, vocabulary });
  return {
    corpus: {
      vocabulary: vocabulary.map((entry) => ({ ...entry })),
      outlets: OUTLETS.map((name, index) => ({ id: slugOf(name), name, country: OUTLET_COUNTRIES[index] ?? null, url: null })),
      articles: articleList,
      entities: entityList,
      claims: claimList,
    },
    texts,
  };
}

function weighted<T>(rng: Rng, shares: readonly [T, number][]): T {
  let roll = rng.next();
  for (const [value, share] of shares) {
    if (roll < share) return value;
    roll -= share;
  }
  return shares[shares.length - 1]![0];
}

/** A unique capitalised code for an index: its digits in base 48, scrambled by an odd multiplier. */
export function entityCode(index: number, total: number): string {
  let digits = 3;
  while (SYLLABLES.length ** digits < total) digits += 1;
  const modulus = SYLLABLES.length ** digits;
  // 7919 is prime and shares no factor with 48^k (2^4k · 3^k), so this permutes [0, modulus).
  let n = (index * 7919 + 13) % modulus;
  let code = '';
  for (let i = 0; i < digits; i += 1) {
    code += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return code[0]!.toUpperCase() + code.slice(1);
}

function makeEntities(rng: Rng, count: number): Entity[] {
  const hubs = Math.max(1, Math.round(count * 0.01));
  const list: Entity[] = [];
  for (let index = 0; index < count; index += 1) {
    const kind = weighted(rng, index < hubs ? HUB_KIND_SHARES : KIND_SHARES);
    const code = entityCode(index, count);
    const { name, forms } = namesOf(rng, kind, code);
    const aliasCount = rng.int(forms.length + 1);
    list.push({
      id: `${kind.toLowerCase()}-${code.toLowerCase()}`,
      kind,
      name,
      aliases: forms.slice(0, aliasCount),
      description: `Synthetic ${kind.toLowerCase()} for benchmarks`,
    });
  }
  return list;
}

/** Every surface form contains the entity's unique code, so no alias can name two entities. */
function namesOf(rng: Rng, kind: EntityKind, code: string): { name: string; forms: string[] } {
  switch (kind) {
    case 'Country':
      return { name: code, forms: [`Republic of ${code}`, `${code} City`, `the ${code} government`] };
    case 'Person': {
      const first = rng.pick(FIRST_NAMES);
      return { name: `${first} ${code}`, forms: [`${first[0]}. ${code}`, `Minister ${code}`, `${first} ${code}ov`] };
    }
    case 'Organization': {
      const suffix = rng.pick(ORG_SUFFIXES);
      return { name: `${code} ${suffix}`, forms: [`the ${code} ${suffix}`, `${code} ${suffix} secretariat`] };
    }
    case 'Group': {
      const suffix = rng.pick(GROUP_SUFFIXES);
      return { name: `${code} ${suffix}`, forms: [`${code} militants`, `the ${code} ${suffix}`] };
    }
    case 'Initiative': {
      const suffix = rng.pick(INITIATIVE_SUFFIXES);
      return { name: `${code} ${suffix}`, forms: [`the ${code} ${suffix}`] };
    }
  }
}

function makeArticles(rng: Rng, count: number): { articleList: ArticleRecord[]; texts: Map<string, string> } {
  const articleList: ArticleRecord[] = [];
  const texts = new Map<string, string>();
  const width = String(count).length;
  for (let index = 0; index < count; index += 1) {
    const id = `article-${String(index + 1).padStart(width, '0')}`;
    const text = articleText(rng, ARTICLE_TEXT_MIN + rng.int(ARTICLE_TEXT_MAX - ARTICLE_TEXT_MIN));
    texts.set(id, text);
    const day = 1 + rng.int(28);
    const month = 1 + rng.int(12);
    articleList.push({
      id,
      title: `Synthetic report ${index + 1}: ${rng.pick(WORDS)} and ${rng.pick(WORDS)}`,
      titleIsDescriptive: false,
      outlet: rng.chance(0.95) ? slugOf(rng.pick(OUTLETS)) : null,
      author: rng.chance(0.8) ? `${rng.pick(FIRST_NAMES)} ${entityCode(index, count)}` : null,
      published: rng.chance(0.9) ? `${MONTHS[month - 1]} ${day}, 2021` : null,
      pageDate: null,
      eventDate: rng.chance(0.6) ? `2021-${pad2(month)}-${pad2(day)}` : null,
      url: `https://example.org/bench/${id}`,
      sha256: createHash('sha256').update(text).digest('hex'),
      notes: null,
    });
  }
  return { articleList, texts };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad2 = (n: number) => String(n).padStart(2, '0');

/** Sentences of news-like words, at least `length` characters. */
function articleText(rng: Rng, length: number): string {
  const sentences: string[] = [];
  let size = 0;
  while (size < length) {
    const words: string[] = [];
    const count = 8 + rng.int(18);
    for (let i = 0; i < count; i += 1) words.push(rng.pick(WORDS));
    const sentence = `${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)}.`;
    sentences.push(sentence);
    size += sentence.length + 1;
  }
  return sentences.join(' ');
}

interface ClaimContext {
  count: number;
  entities: readonly Entity[];
  articles: readonly ArticleRecord[];
  texts: ReadonlyMap<string, string>;
  vocabulary: readonly VocabularyEntry[];
}

function makeClaims(rng: Rng, { count, entities, articles, texts, vocabulary }: ClaimContext): Claim[] {
  const typesByPolarity = new Map<Polarity, string[]>();
  for (const entry of vocabulary) typesByPolarity.set(entry.polarity, [...(typesByPolarity.get(entry.polarity) ?? []), entry.type]);
  const allTypes = vocabulary.map((entry) => entry.type);
  const persons = entities.flatMap((entity, index) => (entity.kind === 'Person' ? [index] : []));
  const dates = datePool();
  const articleTexts = articles.map((article) => texts.get(article.id)!);

  // Every endpoint so far, so a uniform pick from it is a pick proportional to degree.
  const endpoints = new Int32Array(count * 2);
  let used = 0;
  const pickEntity = (active: number): number => (used === 0 || rng.chance(UNIFORM_SHARE) ? rng.int(active) : endpoints[rng.int(used)]!);

  const claims = new Array<Claim>(count);
  for (let i = 0; i < count; i += 1) {
    const active = Math.max(2, Math.min(entities.length, Math.ceil((entities.length * (i + 1)) / (count * ALL_ACTIVE_AT))));
    const subject = pickEntity(active);
    let object = pickEntity(active);
    for (let tries = 0; object === subject; tries += 1) object = tries < 8 ? pickEntity(active) : (subject + 1) % active;
    endpoints[used++] = subject;
    endpoints[used++] = object;

    const polarity = weighted(rng, POLARITY_SHARES);
    const usual = typesByPolarity.get(polarity);
    const type = usual && rng.chance(TYPE_MATCHES_POLARITY) ? rng.pick(usual) : rng.pick(allTypes);
    // Articles are not all the same size: lower-numbered ones carry more claims.
    const articleIndex = Math.floor(articles.length * rng.next() ** 1.5);
    const text = articleTexts[articleIndex]!;
    const length = QUOTE_MIN + Math.floor((QUOTE_MAX - QUOTE_MIN) * rng.next() ** 1.6);
    const roughStart = rng.int(text.length - length - 40);
    const start = text.indexOf(' ', roughStart) + 1;
    // A slice shares the article text's memory: a million quotes cost pointers, not copies.
    const quote = text.slice(start, start + length);

    let statedBy: string | null = null;
    if (persons.length > 0 && rng.chance(STATED_BY_SHARE)) {
      const subjectEntity = entities[subject]!;
      statedBy = subjectEntity.kind === 'Person' && rng.chance(0.5) ? subjectEntity.id : entities[rng.pick(persons)]!.id;
    }
    claims[i] = {
      id: `claim-${i + 1}`,
      subject: entities[subject]!.id,
      type,
      object: entities[object]!.id,
      polarity,
      quote,
      offsets: [start, start + quote.length],
      article: articles[articleIndex]!.id,
      statedBy,
      date: rng.chance(DATED_SHARE) ? rng.pick(dates) : null,
    };
  }
  return claims;
}

/** Dates of 2020–2021 at the three precisions a claim may have (mostly full dates). */
function datePool(): string[] {
  const pool: string[] = ['2020', '2021'];
  for (const year of [2020, 2021]) {
    for (let month = 1; month <= 12; month += 1) {
      pool.push(`${year}-${pad2(month)}`);
      for (let day = 1; day <= 28; day += 1) pool.push(`${year}-${pad2(month)}-${pad2(day)}`);
    }
  }
  return pool;
}

/** Claims per entity (as subject or object), for checks and for picking benchmark targets. */
export function degreesOf(corpus: Pick<Corpus, 'claims'>): Map<string, number> {
  const degree = new Map<string, number>();
  for (const claim of corpus.claims) {
    degree.set(claim.subject, (degree.get(claim.subject) ?? 0) + 1);
    degree.set(claim.object, (degree.get(claim.object) ?? 0) + 1);
  }
  return degree;
}
