// What the analyses must find in a corpus, worked out plainly and independently of server/analysis/:
// distinct articles per polarity for each pair, and every triad by brute force.
import type { ValidCorpus } from '../../server/corpus/valid-corpus.ts';
import { historicalIds, plainVerdict, type PairCount } from '../support/seed-corpus.ts';

export type ExpectedNet = Pick<PairCount, 'alliance' | 'tension' | 'net' | 'sign' | 'verdict' | 'contested'> & {
  articles: number;
  claimIds: string[];
};

/** Net alignment per unordered pair of the given kinds, by the documented rule, counted plainly; historical claims only when asked. */
export function expectedNets(corpus: ValidCorpus, kinds: string[], { historical = false } = {}): Map<string, ExpectedNet> {
  const kindOf = new Map(corpus.entities.map((entity) => [entity.id, entity.kind as string]));
  const old = historical ? new Set<string>() : historicalIds(corpus);
  const articles = new Map<string, { alliance: Set<string>; tension: Set<string>; claimIds: string[] }>();
  for (const claim of corpus.claims) {
    if (!kinds.includes(kindOf.get(claim.subject)!) || !kinds.includes(kindOf.get(claim.object)!)) continue;
    if (claim.polarity === 'neutral' || old.has(claim.id)) continue;
    const key = [claim.subject, claim.object].sort().join('|');
    const entry = articles.get(key) ?? { alliance: new Set(), tension: new Set(), claimIds: [] };
    entry[claim.polarity].add(claim.article);
    entry.claimIds.push(claim.id);
    articles.set(key, entry);
  }
  return new Map(
    [...articles].map(([key, { alliance, tension, claimIds }]) => [
      key,
      {
        alliance: alliance.size,
        tension: tension.size,
        ...plainVerdict(alliance.size, tension.size),
        articles: new Set([...alliance, ...tension]).size,
        claimIds: claimIds.sort(),
      },
    ]),
  );
}

/** Every triad by brute force over all triples: "a|b|c" → balanced. */
export function expectedTriads(nets: Map<string, { sign: number }>): Map<string, boolean> {
  const sign = (x: string, y: string) => nets.get([x, y].sort().join('|'))?.sign ?? 0;
  const ids = [...new Set([...nets.keys()].flatMap((key) => key.split('|')))].sort();
  const triads = new Map<string, boolean>();
  for (let i = 0; i < ids.length; i += 1)
    for (let j = i + 1; j < ids.length; j += 1)
      for (let k = j + 1; k < ids.length; k += 1) {
        const [a, b, c] = [ids[i]!, ids[j]!, ids[k]!];
        const product = sign(a, b) * sign(a, c) * sign(b, c);
        if (product !== 0) triads.set(`${a}|${b}|${c}`, product > 0);
      }
  return triads;
}
