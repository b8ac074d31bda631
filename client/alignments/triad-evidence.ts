// A triad in the evidence panel: its members, its sign pattern and what it means, and for each of
// its three pairs the net alignment and every claim behind the sign, with quote and provenance.
import type { Triad } from '../../contract/index.ts';
import { claimsByArticleList } from '../ui/evidence-panel.ts';
import { claimView, plural, type FormatContext } from '../ui/evidence-format.ts';
import { h } from '../ui/dom.ts';
import { netText, patternMeaning, signPattern, type PairClaims } from './triads.ts';

export interface TriadEvidenceContext extends FormatContext {
  /** Members drawn in the current view. */
  drawn: readonly string[];
  /** Claims that could not be fetched. */
  unavailable: number;
}

export function triadEvidence(triad: Triad, pairs: readonly PairClaims[], context: TriadEvidenceContext): Node[] {
  const outside = triad.members.filter((m) => !context.drawn.includes(m.id));
  const nameOf = (id: string) => triad.members.find((m) => m.id === id)?.name ?? context.name(id);
  const nodes: (Node | null)[] = [
    h('p', { class: 'panel-kicker' }, triad.balanced ? 'Balanced triad' : 'Unbalanced triad'),
    h('h2', { class: 'panel-title', attrs: { id: 'evidence-title' } }, triad.members.map((m) => m.name).join(' · ')),
    h(
      'p',
      { class: 'edge-summary' },
      h('span', { class: `sign-badge ${triad.balanced ? 'sign-aligned' : 'sign-opposed'}` }, signPattern(triad)),
      h('span', {}, patternMeaning(triad)),
      h('span', { class: 'muted' }, plural(triad.evidence, 'article')),
    ),
    h(
      'p',
      { class: 'muted' },
      triad.balanced
        ? 'The three signs multiply to +: the triangle holds.'
        : 'The three signs multiply to −: one of these relationships pulls against the other two.',
    ),
    outside.length > 0
      ? h(
          'p',
          { class: 'empty-inline' },
          `${outside.map((m) => m.name).join(' and ')} ${outside.length === 1 ? 'is' : 'are'} not in the current view; clear the focus or filters to see the whole triangle.`,
        )
      : null,
    context.unavailable > 0 ? h('p', { class: 'empty-inline' }, `${plural(context.unavailable, 'claim')} could not be loaded.`) : null,
    ...pairs.flatMap(({ edge, claims }) => [
      h(
        'h3',
        { dataset: { pair: edge.pair.join(',') } },
        `${nameOf(edge.pair[0])} – ${nameOf(edge.pair[1])} `,
        h(
          'span',
          {
            class: `sign-badge sign-${edge.sign > 0 ? 'aligned' : 'opposed'}`,
            attrs: { title: 'Net alignment: alliance articles minus tension articles' },
          },
          `net ${netText(edge.net)}`,
        ),
        edge.contested ? h('span', { class: 'contested-badge' }, 'contested') : null,
      ),
      h('p', { class: 'muted' }, `Alliance stated in ${plural(edge.alliance, 'article')}, tension in ${plural(edge.tension, 'article')}.`),
      claimsByArticleList(
        claims.map((claim) => claimView(claim, context)),
        { 'data-pair': edge.pair.join(',') },
      ),
    ]),
  ];
  return nodes.filter((node): node is Node => node !== null);
}
