// The "What changed" list: the summary counts, a message for a side that matches nothing, then
// the four lists ranked by evidence, each pair with A's and B's readings and quotes. A pair's name
// is a button that selects its line (its evidence opens in the panel).
import type { CompareResponse } from '../../contract/index.ts';
import { h } from '../ui/dom.ts';
import { plural } from '../ui/evidence-format.ts';
import { sideEvidence, type CompareContext } from './compare-evidence.ts';
import { emptySides, sideCounts, summaryItems } from './compare-summary.ts';
import { CHANGE_HINTS, CHANGE_KINDS, CHANGE_TITLES, whatChanged, type Change, type ChangeKind } from './what-changed.ts';

/** Quotes per side in the list (the evidence panel shows more). */
const LIST_QUOTES = 2;

export function summaryList(response: Pick<CompareResponse, 'summary' | 'sides'>): HTMLElement {
  return h(
    'div',
    { class: 'cmp-summary', attrs: { id: 'compare-summary' } },
    h(
      'ul',
      { class: 'cmp-counts' },
      ...summaryItems(response.summary).map((item) =>
        h('li', { dataset: { count: item.key } }, h('strong', {}, String(item.count)), ` ${item.label}`),
      ),
    ),
    h('p', { class: 'muted', attrs: { id: 'compare-side-counts' } }, sideCounts(response.sides)),
    ...emptySides(response.sides).map((message) => h('p', { class: 'cmp-empty-side', attrs: { role: 'status' } }, message)),
  );
}

function changeItem(change: Change, kind: ChangeKind, context: CompareContext, select: (id: string) => void): HTMLElement {
  const { edge } = change;
  const title = `${context.name(edge.source)} – ${context.name(edge.target)}`;
  return h(
    'li',
    { class: 'cmp-change', dataset: { pair: edge.id, kind, articles: String(change.articles) } },
    h(
      'button',
      {
        class: 'link-button cmp-pair',
        attrs: { type: 'button', title: 'Show this pair on the graph and its evidence' },
        on: { click: () => select(edge.id) },
      },
      title,
    ),
    h('span', { class: 'muted' }, ` · ${plural(change.articles, 'article')}`),
    h('div', { class: 'cmp-sides' }, sideEvidence(edge, 'a', context, LIST_QUOTES), sideEvidence(edge, 'b', context, LIST_QUOTES)),
  );
}

export function whatChangedList(response: CompareResponse, context: CompareContext, select: (id: string) => void): HTMLElement {
  const lists = whatChanged(response);
  return h(
    'div',
    { class: 'cmp-changes', attrs: { id: 'what-changed' } },
    ...CHANGE_KINDS.map((kind) =>
      h(
        'section',
        { class: 'cmp-change-group', dataset: { kind } },
        h('h3', {}, `${CHANGE_TITLES[kind]} (${lists[kind].length})`),
        h('p', { class: 'muted' }, CHANGE_HINTS[kind]),
        lists[kind].length === 0
          ? h('p', { class: 'muted' }, 'None.')
          : h('ol', { class: 'cmp-change-list' }, ...lists[kind].map((change) => changeItem(change, kind, context, select))),
      ),
    ),
  );
}
