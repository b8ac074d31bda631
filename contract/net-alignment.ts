// The net alignment of a pair: the one rule the analytics (server/analysis) and the pair view
// (client/graph) both apply, so a change of the rule happens here once.
//
// The rule (one article, one voice per polarity):
//   alliance = distinct articles with at least one alliance claim about the pair (either direction)
//   tension  = distinct articles with at least one tension claim about the pair
//   neutral  = distinct articles with at least one neutral claim (reported, weight 0)
//   net      = alliance − tension;  sign = sign(net)
//   contested: alliance > 0 and tension > 0 (both signs are stated, whatever the net)
// An article that states both alliance and tension about the pair counts once on each side, so its
// two voices cancel. Many claims from one article weigh no more than one claim from it.
import type { NetSummary } from './analysis.ts';
import type { Polarity } from './enums.ts';
import { signOf } from './pairs.ts';

/** The articles (ids, repeats allowed) that state each polarity about one pair. */
export type ArticlesByPolarity = Record<Polarity, readonly string[]>;

/** The net alignment of one pair, by the rule above. */
export function netSummary(articles: ArticlesByPolarity): NetSummary {
  const alliance = new Set(articles.alliance);
  const tension = new Set(articles.tension);
  const net = alliance.size - tension.size;
  return {
    alliance: alliance.size,
    tension: tension.size,
    neutral: new Set(articles.neutral).size,
    articles: new Set([...alliance, ...tension]).size,
    net,
    sign: signOf(net),
    contested: alliance.size > 0 && tension.size > 0,
  };
}

/** The net alignment of the claims about one pair (either direction). */
export function netOfClaims(claims: readonly { articleId: string; polarity: Polarity }[]): NetSummary {
  const articles: Record<Polarity, string[]> = { alliance: [], tension: [], neutral: [] };
  for (const claim of claims) articles[claim.polarity].push(claim.articleId);
  return netSummary(articles);
}

/** How a pair reads at a glance: aligned (net > 0), opposed (net < 0), else neutral (balanced, or only neutral claims). */
export function netPolarity(summary: Pick<NetSummary, 'sign'>): Polarity {
  return summary.sign > 0 ? 'alliance' : summary.sign < 0 ? 'tension' : 'neutral';
}
