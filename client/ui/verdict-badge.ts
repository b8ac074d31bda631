// A pair's verdict as every panel prints it (pair card, entity card, paths, explain a pair,
// triads): the contract's words with their counts ("divided · 4 vs 5 articles"), so no panel words
// a pair otherwise than the rule (contract/net-alignment.ts).
import { VERDICT_RULES, verdictText, type NetSummary } from '../../contract/index.ts';
import { h } from './dom.ts';

type Verdicted = Pick<NetSummary, 'verdict' | 'alliance' | 'tension' | 'contested'> & { neutral?: number };

/** The tooltip: what the counts are, and the rule behind the words. */
function ruleOf(net: Verdicted): string {
  const counts = 'Distinct articles stating alliance vs tension about the pair.';
  return [counts, net.verdict === 'divided' ? VERDICT_RULES.divided : null, net.contested ? VERDICT_RULES.contested : null]
    .filter(Boolean)
    .join(' ');
}

export function verdictBadge(net: Verdicted, attrs: Record<string, string> = {}): HTMLElement {
  return h(
    'span',
    {
      class: `verdict-badge verdict-${net.verdict}${net.contested ? ' verdict-contested' : ''}`,
      attrs: { title: ruleOf(net), ...attrs },
      dataset: { verdict: net.verdict, alliance: String(net.alliance), tension: String(net.tension), contested: String(net.contested) },
    },
    verdictText(net),
  );
}
