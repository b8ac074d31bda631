// The seed corpus in data/, read once per test file, and the plain counts that tests compare the
// app's answers with. Expected seed figures come from here, never typed into a test, so adding an
// article to data/ breaks only the tests that are about what that article states.
import { fileURLToPath } from 'node:url';
import { readValidCorpus, type ValidCorpus } from '../../server/corpus/valid-corpus.ts';
import type { Claim } from '../../server/corpus/schema.ts';
import { CONTESTED_MIN_ARTICLES, CONTESTED_MIN_SHARE, HISTORICAL_MARGIN_YEARS, NOISE_NET } from '../../contract/index.ts';

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
  /** Distinct articles stating alliance, and tension, between the pair (historical claims left out unless asked). */
  alliance: number;
  tension: number;
  net: number;
  sign: -1 | 0 | 1;
  verdict: 'aligned' | 'opposed' | 'divided' | 'neutral';
  contested: boolean;
  /** Every claim between the pair, neutral and historical ones included. */
  claims: number;
}

/** The year an article is of: its own date where it prints one, else the latest date its claims fix. */
function articleYears(corpus: ValidCorpus): Map<string, number> {
  const years = new Map<string, number>();
  for (const claim of corpus.claims) {
    const year = claim.date ? Number(claim.date.slice(0, 4)) : NaN;
    if (year > (years.get(claim.article) ?? -Infinity)) years.set(claim.article, year);
  }
  for (const article of corpus.articles) {
    const own = [article.published, article.eventDate].find((date) => date && /^\d{4}(-\d{2}){0,2}$/.test(date));
    if (own) years.set(article.id, Number(own.slice(0, 4)));
  }
  return years;
}

/** The README's "historical" rule, counted plainly: claims whose year lies more than the margin before their article's. */
export function historicalIds(corpus: ValidCorpus): Set<string> {
  const years = articleYears(corpus);
  return new Set(
    corpus.claims
      .filter((claim) => claim.date && Number(claim.date.slice(0, 4)) + HISTORICAL_MARGIN_YEARS < (years.get(claim.article) ?? -Infinity))
      .map((claim) => claim.id),
  );
}

/** The README's verdict rule from two article counts: divided within the noise, contested when the minority is substantial. */
export function plainVerdict(alliance: number, tension: number): Pick<PairCount, 'net' | 'sign' | 'verdict' | 'contested'> {
  const net = alliance - tension;
  const both = alliance > 0 && tension > 0;
  const verdict = alliance + tension === 0 ? 'neutral' : both && Math.abs(net) <= NOISE_NET ? 'divided' : net > 0 ? 'aligned' : 'opposed';
  const minority = Math.min(alliance, tension);
  const sign = verdict === 'aligned' ? 1 : verdict === 'opposed' ? -1 : 0;
  return { net, sign, verdict, contested: minority >= CONTESTED_MIN_ARTICLES && minority >= CONTESTED_MIN_SHARE * (alliance + tension) };
}

/** The README's net-alignment rule, counted plainly from the claims of one pair. */
export function pairCount(corpus: ValidCorpus, a: string, b: string, { historical = false } = {}): PairCount {
  const claims = claimsBetween(corpus, a, b);
  const old = historical ? new Set<string>() : historicalIds(corpus);
  const articles = (polarity: Claim['polarity']) =>
    new Set(claims.filter((claim) => claim.polarity === polarity && !old.has(claim.id)).map((claim) => claim.article)).size;
  const [alliance, tension] = [articles('alliance'), articles('tension')];
  return { alliance, tension, ...plainVerdict(alliance, tension), claims: claims.length };
}

/** The ids of the articles that name the entity: in a claim (subject, object or speaker) or in their mentions. */
export function articlesNaming(corpus: ValidCorpus, entity: string): string[] {
  const named = corpus.claims.filter((claim) => claim.subject === entity || claim.object === entity || claim.statedBy === entity);
  const mentioning = corpus.articles.filter((article) => article.mentions?.includes(entity));
  return [...new Set([...named.map((claim) => claim.article), ...mentioning.map((article) => article.id)])].sort();
}
