import { describe, expect, it } from 'vitest';
import type { Polarity } from '../../contract/index.ts';
import { buildTimeline, chooseUnit, rangeIndices, rangeOf } from './timeline-bins.ts';

const claim = (effectiveDate: string | null, polarity: Polarity = 'alliance') => ({ effectiveDate, polarity });
const view = (...claims: ReturnType<typeof claim>[]) => [{ claims }];
const day = (date: string) => Date.parse(date) / 86_400_000;

describe('timeline bins', () => {
  it('when the span is short, middling or long, then buckets are days, months or years', () => {
    expect(chooseUnit(day('2021-04-01'), day('2021-06-30'))).toBe('day');
    expect(chooseUnit(day('2020-12-10'), day('2021-04-30'))).toBe('month');
    expect(chooseUnit(day('1830-01-01'), day('2019-02-28'))).toBe('year');
  });

  it('when claims span December to April, then there is one bucket per month, empty months included, stacked by polarity', () => {
    const bins = buildTimeline(
      view(claim('2020-12-10'), claim('2020-12-12', 'tension'), claim('2021-04-07', 'neutral'), claim('2021-04-06'), claim(null)),
    );

    expect(bins.unit).toBe('month');
    expect(bins.buckets.map((b) => b.label)).toEqual(['2020-12', '2021-01', '2021-02', '2021-03', '2021-04']);
    expect(bins.buckets[0]!.exact).toEqual([1, 1, 0]);
    expect(bins.buckets[4]!.exact).toEqual([1, 0, 1]);
    expect(bins.buckets[2]!.exact).toEqual([0, 0, 0]);
    expect(bins).toMatchObject({ dated: 4, undated: 1, coarse: 0, max: 2 });
  });

  it('when a claim is dated coarser than a bucket, then it is spread over its span and counted apart, never put on one bucket', () => {
    const bins = buildTimeline(view(claim('2020-01-15'), claim('2021'), claim('2021-06-01', 'tension')));

    expect(bins.unit).toBe('month');
    const y2021 = bins.buckets.filter((b) => b.label.startsWith('2021-'));
    expect(y2021).toHaveLength(12);
    for (const bucket of y2021) expect(bucket.spread[0]).toBeCloseTo(1 / 12);
    expect(bins.buckets.find((b) => b.label === '2021-06')!.exact).toEqual([0, 1, 0]);
    expect(bins.coarse).toBe(1);
    expect(bins.max).toBeCloseTo(1 + 1 / 12);
  });

  it('when buckets are days, then a month-only claim is spread over its days', () => {
    const bins = buildTimeline(view(claim('2021-03'), claim('2021-04-07')));

    expect(bins.unit).toBe('day');
    expect(bins.buckets[0]!.label).toBe('2021-03-01');
    expect(bins.buckets.at(-1)!.label).toBe('2021-04-07');
    expect(bins.buckets[30]!.spread[0]).toBeCloseTo(1 / 31);
    expect(bins.coarse).toBe(1);
  });

  it('when buckets are years, then every dated claim counts whole in its year', () => {
    const bins = buildTimeline(view(claim('1830'), claim('2019-02-28'), claim('1979', 'tension')));

    expect(bins.unit).toBe('year');
    expect(bins.buckets).toHaveLength(190);
    expect(bins.coarse).toBe(0);
    expect(bins.buckets.find((b) => b.label === '1979')!.exact).toEqual([0, 1, 0]);
  });

  it('when no claim is dated, then there are no buckets, only the undated count', () => {
    expect(buildTimeline(view(claim(null), claim(null)))).toMatchObject({ buckets: [], dated: 0, undated: 2 });
  });

  it('when a range is read onto the strip and back, then it names the buckets; the whole strip is no range', () => {
    const bins = buildTimeline(view(claim('2020-12-10'), claim('2021-04-07')));

    expect(rangeIndices(bins, { dateFrom: '2021-04', dateTo: '2021-04' })).toEqual([4, 4]);
    expect(rangeIndices(bins, { dateFrom: '2021-01-15', dateTo: null })).toEqual([1, 4]);
    expect(rangeIndices(bins, { dateFrom: '2030', dateTo: null })).toEqual([4, 4]);
    expect(rangeIndices(bins, { dateFrom: null, dateTo: null })).toEqual([0, 4]);
    expect(rangeOf(bins, 4, 4)).toEqual({ dateFrom: '2021-04', dateTo: '2021-04' });
    expect(rangeOf(bins, 0, 4)).toEqual({ dateFrom: null, dateTo: null });
  });
});
