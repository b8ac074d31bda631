// The seed corpus in data/, read once per test file, and the plain counts that tests compare the
// app's answers with. Expected seed figures come from here, never typed into a test, so adding an
// article to data/ breaks only the tests that are about what that article states.
import { fileURLToPath } from 'node:url';
import { readValidCorpus, type ValidCorpus } from '../../server/corpus/valid-corpus.ts';
import type { Claim } from '../../server/corpus/schema.ts';

export const SEED_DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

let read: ValidCorpus | undefined;

/** The seed corpus, validated; a copy each call, so a test that changes it changes only its own. */
export function seedCorpus(): ValidCorpus {
  read ??= readValidCorpus(SEED_DATA_DIR);
  return structuredClone(read);
}

/** Every claim between two entities, stated either way round. */
export function claimsBetween(corpus: ValidCorpus, a: string, b: string): Claim[] {
  return corpus.claims.filter((claim) => (claim.subject === a && claim.object === b) || (claim.subject === b && claim.object === a));
}

export interface PairCount {
  /** Distinct articles stating alliance, and tension, between the pair. */
  alliance: number;
  tension: number;
  net: number;
  sign: -1 | 0 | 1;
  contested: boolean;
  /** Every claim between the pair, neutral ones included. */
  claims: number;
}

/** The README's net-alignment rule, counted plainly from the claims of one pair. */
export function pairCount(corpus: ValidCorpus, a: string, b: string): PairCount {
  const claims = claimsBetween(corpus, a, b);
  const articles = (polarity: Claim['polarity']) =>
    new Set(claims.filter((claim) => claim.polarity === polarity).map((claim) => claim.article)).size;
  const [alliance, tension] = [articles('alliance'), articles('tension')];
  const net = alliance - tension;
  return { alliance, tension, net, sign: net > 0 ? 1 : net < 0 ? -1 : 0, contested: alliance > 0 && tension > 0, claims: claims.length };
}

/** The ids of the articles that name the entity: in a claim (subject, object or speaker) or in their mentions. */
export function articlesNaming(corpus: ValidCorpus, entity: string): string[] {
  const named = corpus.claims.filter((claim) => claim.subject === entity || claim.object === entity || claim.statedBy === entity);
  const mentioning = corpus.articles.filter((article) => article.mentions?.includes(entity));
  return [...new Set([...named.map((claim) => claim.article), ...mentioning.map((article) => article.id)])].sort();
}
