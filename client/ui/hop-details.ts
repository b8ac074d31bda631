// One hop of a path, folded: its sign, the pair, how many claims, and the first of them quoted.
// Shared by the Paths panel and "Explain a pair".
import type { Hop } from '../../contract/index.ts';
import { humanType } from '../graph/graph-elements.ts';
import { signName } from '../graph/highlight.ts';
import { plural } from './evidence-format.ts';
import { h } from './dom.ts';

export const SIGN_MARK = { aligned: '+', opposed: '−', mixed: '±' } as const;

/** A hop's sign by name; a hop with neither alliance nor tension claims (only neutral ones) is "neutral", not mixed. */
export function hopSign(hop: Pick<Hop, 'sign' | 'alliance' | 'tension'>): ReturnType<typeof signName> | 'neutral' {
  return hop.alliance + hop.tension === 0 ? 'neutral' : signName(hop.sign);
}

/** `prefix`: text before the claim count in the summary (e.g. the hop's net). */
export function hopDetails(hop: Hop, name: (id: string) => string, prefix = ''): HTMLElement {
  const sign = hopSign(hop);
  const mark = sign === 'neutral' ? 'neutral' : SIGN_MARK[sign];
  const more = hop.claimCount - hop.claims.length;
  return h(
    'details',
    { class: 'hop' },
    h(
      'summary',
      {},
      h('span', { class: `sign sign-${sign}`, dataset: { sign } }, mark),
      ` ${name(hop.from)} – ${name(hop.to)} `,
      h('span', { class: 'muted' }, `${prefix}${plural(hop.claimCount, 'claim')}`),
    ),
    h(
      'ul',
      { class: 'hop-claims' },
      ...hop.claims.map((claim) =>
        h(
          'li',
          {},
          h('blockquote', { class: 'quote' }, claim.quote),
          h('p', { class: 'muted' }, `${name(claim.source)} ${humanType(claim.type)} ${name(claim.target)} · ${claim.polarity}`),
        ),
      ),
      ...(more > 0 ? [h('li', { class: 'muted hop-more' }, `and ${plural(more, 'more claim')}: explain the pair to read them all`)] : []),
    ),
  );
}
