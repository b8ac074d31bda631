// Small signed graphs for the analysis tests, written as [a, b, net] triples: net > 0 is that many
// articles stating alliance, net < 0 that many stating tension.
import { netAlignments, type NetAlignment, type PairEvidence } from '../../server/analysis/net-alignment.ts';

export type SignedPair = [string, string, number];

export function evidenceOf([a, b, net]: SignedPair): PairEvidence {
  const articles = Array.from({ length: Math.abs(net) }, (_, i) => `article-${i + 1}`);
  const [first, second] = [a, b].sort();
  const claims = articles.map((article) => `${first}-${second}-${article}`);
  const stated = { articles, claimIds: claims };
  const none = { articles: [], claimIds: [] };
  return { a, b, alliance: net > 0 ? stated : none, tension: net < 0 ? stated : none, neutral: none };
}

export function signed(pairs: readonly SignedPair[]): NetAlignment[] {
  return netAlignments(pairs.map(evidenceOf));
}

/** The same list in a scrambled (but fixed) order, pairs written either way round. */
export function shuffled<T>(items: readonly T[], seed = 7): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
