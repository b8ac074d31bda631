import { describe, expect, it } from 'vitest';
import { dateRangeText, readDateRange } from './date-range.ts';
import { DEFAULT_VIEW, fromSearchParams, hasFilters, toSearchParams, withoutFilters, type ViewState } from './view-state.ts';

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });
const read = (query: string) => readDateRange(new URLSearchParams(query));

describe('the view’s date range in the URL', () => {
  it('when a range and undated=false are set, then the URL keeps them apart from the path’s from/to, and reads them back', () => {
    const state = view({ dateFrom: '2020-12', dateTo: '2021-04-30', undated: false, pathFrom: 'india' });

    const params = toSearchParams(state);

    expect(Object.fromEntries(params)).toMatchObject({ dateFrom: '2020-12', dateTo: '2021-04-30', undated: 'false', from: 'india' });
    expect(fromSearchParams(params)).toEqual(state);
  });

  it('when no range is set, then the URL carries none of its keys', () => {
    expect(toSearchParams(DEFAULT_VIEW).toString()).toBe('');
  });

  it.each([
    ['dateFrom=2021-13', { dateFrom: null }],
    ['dateTo=2021-02-30', { dateTo: null }],
    ['dateFrom=21-04', { dateFrom: null }],
    ['dateFrom=2021-04<script>', { dateFrom: null }],
    ['undated=no', { undated: true }],
  ])('when the URL holds %s, then the bad value is dropped', (query, expected) => {
    expect(read(query)).toMatchObject(expected);
  });

  it('when the range ends before it starts, then neither end is kept', () => {
    expect(read('dateFrom=2021-04&dateTo=2020-12')).toEqual({ dateFrom: null, dateTo: null, undated: true });
    expect(read('dateFrom=2021-04-15&dateTo=2021-04')).toEqual({ dateFrom: '2021-04-15', dateTo: '2021-04', undated: true });
  });

  it('when the filters are cleared, then the range goes with them; a range alone counts as a filter', () => {
    const ranged = view({ dateFrom: '2021', undated: false });

    expect(hasFilters(ranged)).toBe(true);
    expect(hasFilters(view({ undated: false }))).toBe(true);
    expect(withoutFilters(ranged)).toMatchObject({ dateFrom: null, dateTo: null, undated: true });
  });
});

describe('what a briefing says of the range', () => {
  it.each([
    [{ dateFrom: '2020-12', dateTo: '2021-04', undated: true }, 'Claims dated 2020-12 to 2021-04, undated included'],
    [{ dateFrom: '2021-04', dateTo: '2021-04', undated: false }, 'Claims dated 2021-04, undated left out'],
    [{ dateFrom: '2021', dateTo: null, undated: true }, 'Claims dated 2021 or later, undated included'],
    [{ dateFrom: null, dateTo: '2019-02-28', undated: true }, 'Claims dated up to 2019-02-28, undated included'],
    [{ dateFrom: null, dateTo: null, undated: false }, 'Dated claims only, undated left out'],
    [{ dateFrom: null, dateTo: null, undated: true }, null],
  ])('when the range is %o, then it reads %s', (range, text) => {
    expect(dateRangeText(range)).toBe(text);
  });
});
