// The net alignment of a pair: the one rule the analytics (server/analysis), the pair view
// (client/graph), the relationship lines (contract/edges.ts) and the briefing key points apply, so
// a change of the rule happens here once.
//
// The rule (one article, one voice per polarity):
//   alliance = distinct articles with at least one alliance claim about the pair (either direction)
//   tension  = distinct articles with at least one tension claim about the pair
//   neutral  = distinct articles with at least one neutral claim (reported, weight 0)
//   net      = alliance − tension
//   verdict  = neutral  when neither alliance nor tension is stated;
//              divided  when both are stated and |net| ≤ NOISE_NET: one article more on a side is
//                       within the noise of a handful of articles (4 vs 5 is not "opposed");
//              aligned  when net > 0, opposed when net < 0 (one side only, or a clear lead).
//   sign     = +1 aligned, −1 opposed, 0 divided or neutral (what balance, blocs and paths multiply)
//   contested: the minority side is substantial: at least CONTESTED_MIN_ARTICLES articles AND at
//              least CONTESTED_MIN_SHARE of the alliance + tension articles. One dissenting article
//              (Russia–Pakistan: 5 vs 1) is a voice, not a dispute; two of three is.
// An article that states both alliance and tension about the pair counts once on each side, so its
// two voices cancel. Many claims from one article weigh no more than one claim from it.
// Historical claims (contract/historical.ts) are left out unless the caller brings them in.
import type { NetSummary } from './analysis.ts';
import type { Verdict } from './analysis-verdict.ts';
import type { Polarity } from './enums.ts';
import { signOf } from './pairs.ts';

/** |net| at or under this, with both sides stated, reads "divided". */
export const NOISE_NET = 1;
/** The minority side of a contested pair: at least this many distinct articles … */
export const CONTESTED_MIN_ARTICLES = 2;
/** … and at least this share of the alliance + tension articles. */
export const CONTESTED_MIN_SHARE = 1 / 3;

const fraction = (share: number) => `1/${Math.round(1 / share)}`;

/** The rule in words, from the thresholds above, for the legend, the badges' tooltips and the sheet. */
export const VERDICT_RULES = {
  /** The legends' short form. */
  // In words, not "≥": the briefing PDF's Helvetica (WinAnsi) cannot draw it.
  contestedShort: `Contested: smaller side at least ${CONTESTED_MIN_ARTICLES} articles and ${fraction(CONTESTED_MIN_SHARE)} of them`,
  contested: `Contested: the smaller side has at least ${CONTESTED_MIN_ARTICLES} articles and at least ${fraction(CONTESTED_MIN_SHARE)} of the pair's alliance + tension articles`,
  divided: `Divided: alliance and tension both stated, at most ${NOISE_NET} article apart`,
  polarity: "A claim's stated polarity wins over its type's usual one",
} as const;

/** The articles (ids, repeats allowed) that state each polarity about one pair. */
export type ArticlesByPolarity = Record<Polarity, readonly string[]>;

function verdictOf(alliance: number, tension: number): Verdict {
  if (alliance === 0 && tension === 0) return 'neutral';
  const net = alliance - tension;
  if (alliance > 0 && tension > 0 && Math.abs(net) <= NOISE_NET) return 'divided';
  return net > 0 ? 'aligned' : 'opposed';
}

/** Whether the minority side is substantial (see the rule above). */
export function isContested(alliance: number, tension: number): boolean {
  const minority = Math.min(alliance, tension);
  return minority >= CONTESTED_MIN_ARTICLES && minority >= CONTESTED_MIN_SHARE * (alliance + tension);
}

/** The net alignment of one pair, by the rule above. */
export function netSummary(articles: ArticlesByPolarity): NetSummary {
  const alliance = new Set(articles.alliance);
  const tension = new Set(articles.tension);
  const net = alliance.size - tension.size;
  const verdict = verdictOf(alliance.size, tension.size);
  return {
    alliance: alliance.size,
    tension: tension.size,
    neutral: new Set(articles.neutral).size,
    articles: new Set([...alliance, ...tension]).size,
    net,
    sign: verdict === 'aligned' || verdict === 'opposed' ? signOf(net) : 0,
    verdict,
    contested: isContested(alliance.size, tension.size),
  };
}

/** A claim as the rule reads it; `historical` claims count only when asked. */
export interface RuledClaim {
  articleId: string;
  polarity: Polarity;
  historical?: boolean;
}

/** The net alignment of the claims about one pair (either direction); historical ones only with `historical: true`. */
export function netOfClaims(claims: readonly RuledClaim[], { historical = false } = {}): NetSummary {
  const articles: Record<Polarity, string[]> = { alliance: [], tension: [], neutral: [] };
  for (const claim of claims) if (historical || !claim.historical) articles[claim.polarity].push(claim.articleId);
  return netSummary(articles);
}

/** How a pair's line reads: alliance (aligned), tension (opposed), else neutral (divided, or only neutral claims). */
export function netPolarity(summary: Pick<NetSummary, 'sign'>): Polarity {
  return summary.sign > 0 ? 'alliance' : summary.sign < 0 ? 'tension' : 'neutral';
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** A verdict with its counts: "divided · 4 vs 5 articles", "aligned · 5 vs 1 articles, contested". */
export function verdictText(summary: Pick<NetSummary, 'verdict' | 'alliance' | 'tension' | 'contested'> & { neutral?: number }): string {
  if (summary.verdict === 'neutral') {
    if (summary.neutral === undefined) return 'neutral claims only';
    // Nothing counted at all: every claim of the pair was left out as historical.
    if (summary.neutral === 0) return 'no verdict · historical claims only';
    return `neutral · ${plural(summary.neutral, 'article')}, neutral claims only`;
  }
  const counts = `${summary.alliance} vs ${summary.tension} articles`;
  return `${summary.verdict} · ${counts}${summary.contested ? ', contested' : ''}`;
}
