// Net alignment of an unordered pair of entities, with the pair and the claims behind it. The rule
// itself (distinct articles per polarity, alliance − tension, contested) is contract/net-alignment.ts,
// which the pair view applies too.
import { comparePairs, netSummary, orderedPair, pairKey, type NetSummary, type Polarity } from '../../contract/index.ts';

/** What the sources state about one pair, per polarity: the articles and the claims. */
export interface PolarityEvidence {
  articles: string[];
  claimIds: string[];
}

/** One unordered pair's evidence, as the analysis query returns it (a and b in any order). */
export interface PairEvidence {
  a: string;
  b: string;
  alliance: PolarityEvidence;
  tension: PolarityEvidence;
  neutral: PolarityEvidence;
}

/** A pair's net alignment (contract/analysis.ts) with the pair and the claims behind it. */
export interface NetAlignment extends NetSummary {
  /** The pair, ids in ascending order. */
  pair: [string, string];
  /** The alliance and tension claims (those that carry the sign), sorted. */
  claimIds: string[];
  /** The neutral claims, sorted. */
  neutralClaimIds: string[];
  /** The distinct articles stating alliance, and tension, sorted. */
  allianceArticles: string[];
  tensionArticles: string[];
}

const emptyEvidence = (): PolarityEvidence => ({ articles: [], claimIds: [] });

/** The net alignment of one pair, by the contract's rule, with its pair and claims. */
export function netAlignment(evidence: PairEvidence): NetAlignment {
  const distinct = (values: readonly string[]) => [...new Set(values)].sort();
  return {
    pair: orderedPair(evidence.a, evidence.b),
    ...netSummary({ alliance: evidence.alliance.articles, tension: evidence.tension.articles, neutral: evidence.neutral.articles }),
    claimIds: distinct([...evidence.alliance.claimIds, ...evidence.tension.claimIds]),
    neutralClaimIds: distinct(evidence.neutral.claimIds),
    allianceArticles: distinct(evidence.alliance.articles),
    tensionArticles: distinct(evidence.tension.articles),
  };
}

/** Groups raw claims of one pair (either direction) by polarity, for `netAlignment`. */
export function pairEvidence(
  a: string,
  b: string,
  claims: readonly { claimId: string; articleId: string; polarity: Polarity }[],
): PairEvidence {
  const evidence: PairEvidence = { a, b, alliance: emptyEvidence(), tension: emptyEvidence(), neutral: emptyEvidence() };
  for (const claim of claims) {
    evidence[claim.polarity].articles.push(claim.articleId);
    evidence[claim.polarity].claimIds.push(claim.claimId);
  }
  return evidence;
}

/**
 * Net alignments of many pairs. A pair is unordered: rows for (a, b) and (b, a) are merged before
 * the rule applies, so an article counts once however the pair was written. Sorted by pair.
 */
export function netAlignments(rows: readonly PairEvidence[]): NetAlignment[] {
  const merged = new Map<string, PairEvidence>();
  for (const row of rows) {
    if (row.a === row.b) continue;
    const key = pairKey(row.a, row.b);
    const into = merged.get(key);
    if (!into) {
      merged.set(key, {
        a: row.a,
        b: row.b,
        alliance: { articles: [...row.alliance.articles], claimIds: [...row.alliance.claimIds] },
        tension: { articles: [...row.tension.articles], claimIds: [...row.tension.claimIds] },
        neutral: { articles: [...row.neutral.articles], claimIds: [...row.neutral.claimIds] },
      });
      continue;
    }
    for (const polarity of ['alliance', 'tension', 'neutral'] as const) {
      into[polarity].articles.push(...row[polarity].articles);
      into[polarity].claimIds.push(...row[polarity].claimIds);
    }
  }
  return [...merged.values()].map(netAlignment).sort((x, y) => comparePairs(x.pair, y.pair));
}
