import { describe, expect, it } from 'vitest';
import { balanceSummaryText, blocSummaryText, percent } from './analysis-summary.ts';

const counts = { triads: 12, unbalanced: 3, pairs: 30, entities: 9 };

describe('analysis summary', () => {
  it('when blocs are summarised, then only blocs of two or more are counted', () => {
    const blocs = {
      blocs: [{ members: ['a', 'b'] }, { members: ['c'] }, { members: ['d', 'e', 'f'] }],
      counts: { entities: 6, pairs: 1, blocs: 3 },
    };

    expect(blocSummaryText(blocs, ['Country', 'Organization'])).toBe(
      '2 blocs of two or more among 6 entities (Country, Organization); 1 signed pair.',
    );
  });

  it('when there are triads, then the frustration index is given with the unbalanced count', () => {
    expect(balanceSummaryText({ kinds: ['Country'], counts, frustration: 0.25, truncated: false })).toBe(
      'Frustration index 0.25: 3 of 12 triads are unbalanced (an odd number of tensions).',
    );
    expect(balanceSummaryText({ kinds: ['Country'], counts, frustration: 0.25, truncated: true })).toMatch(/ The list is cut short\.$/);
  });

  it('when there is no triad, then it says no three entities of the kinds are pairwise signed', () => {
    expect(balanceSummaryText({ kinds: ['Country', 'Person'], counts: { ...counts, triads: 0 }, frustration: 0, truncated: false })).toBe(
      'No triad: no three Country, Person entities are pairwise allied or opposed.',
    );
  });

  it('when a share is shown, then it is a whole percentage', () => {
    expect(percent(0.254)).toBe('25%');
  });
});
