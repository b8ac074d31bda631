import { describe, expect, it } from 'vitest';
import { buildTimeline } from './timeline-bins.ts';
import { timelineCaption } from './timeline-caption.ts';

const claims = (...dates: (string | null)[]) => [
  { claims: dates.map((effectiveDate) => ({ effectiveDate, polarity: 'alliance' as const })) },
];

describe('timeline caption', () => {
  it('when some claims are dated coarser than a bucket, then they are counted apart by what they lack', () => {
    expect(timelineCaption(buildTimeline(claims('2020-12-10', '2021', '2022', null))).coarse).toBe(
      '2 dated to the year only, drawn lighter across their span',
    );
    expect(timelineCaption(buildTimeline(claims('2021-03', '2021-04-07'))).coarse).toBe(
      '1 dated to the month or year only, drawn lighter across its span',
    );
  });

  it('when buckets are years, then no claim is coarser and nothing is counted apart', () => {
    expect(timelineCaption(buildTimeline(claims('1830', '2019-02-28'))).coarse).toBe('');
  });

  it('when claims are undated, then the toggle counts them and the summary says the span', () => {
    const caption = timelineCaption(buildTimeline(claims('2020-12-10', '2021-04-07', null, null)));

    expect(caption.undated).toBe('Include 2 undated');
    expect(caption.summary).toBe('Claims per month, 2020-12 to 2021-04: 2 dated claims, 2 undated.');
  });
});
