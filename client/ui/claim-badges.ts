// The marks a claim or a relationship carries beside its polarity: "historical" (its date lies
// well before its article's, contract/historical.ts) and "claims disagree" (a relationship whose
// own claims state both alliance and tension).
import { HISTORICAL_MARGIN_YEARS } from '../../contract/index.ts';
import { MIXED_STYLE } from '../graph/graph-style.ts';
import { h } from './dom.ts';

/** Why historical claims do not move the verdicts, shown under a card that has any. */
export const HISTORICAL_NOTE = `Claims marked historical date from more than ${HISTORICAL_MARGIN_YEARS} years before their article; they are listed but left out of the verdicts unless "Include historical claims" is on.`;

export const historicalBadge = () =>
  h(
    'span',
    {
      class: 'historical-badge',
      attrs: { title: `Dated more than ${HISTORICAL_MARGIN_YEARS} years before its article: background, not the article's present` },
    },
    'historical',
  );

export const mixedBadge = () => h('span', { class: 'mixed-badge', attrs: { title: MIXED_STYLE.label } }, 'claims disagree');
