import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPARE, EMPTY_SIDE, rangeProblem, readCompare } from './compare-view.ts';
import { DEFAULT_VIEW, fromSearchParams, toSearchParams, type ViewState } from './view-state.ts';

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

describe('compare view in the URL', () => {
  it('when compare mode is on, then each side round-trips through its a./b. parameters', () => {
    const compare = {
      open: true,
      a: { ...EMPTY_SIDE, from: '2020-12', to: '2020-12', outletCountry: ['PK'], statedBy: ['sergey-lavrov'] },
      b: { ...EMPTY_SIDE, from: '2021-04', outlet: ['delhi-herald', 'karachi-daily'], undated: false },
    };
    const params = toSearchParams(view({ compare }));
    expect(params.toString()).toBe(
      'compare=1&a.from=2020-12&a.to=2020-12&a.country=PK&a.speaker=sergey-lavrov&b.from=2021-04&b.outlet=delhi-herald%2Ckarachi-daily&b.undated=false',
    );
    expect(fromSearchParams(params).compare).toEqual(compare);
  });

  it('when compare mode is off, then nothing is written and sides in a link are ignored', () => {
    expect(toSearchParams(view({ compare: { ...DEFAULT_COMPARE, a: { ...EMPTY_SIDE, from: '2020' } } })).toString()).toBe('');
    expect(readCompare(new URLSearchParams('a.from=2020'))).toEqual(DEFAULT_COMPARE);
  });

  it('when a link carries malformed values, then they are dropped and a reversed range loses its end', () => {
    const read = readCompare(
      new URLSearchParams('compare=1&a.from=2020-13&a.to=2021&a.country=pk,IN&a.outlet=<x>,ok&b.from=2021-04&b.to=2020'),
    );
    expect(read.a).toEqual({ ...EMPTY_SIDE, to: '2021', outletCountry: ['IN'], outlet: ['ok'] });
    expect(read.b).toEqual({ ...EMPTY_SIDE, from: '2021-04' });
  });

  it('when a range is typed, then a bad date or a reversed range is named, as the API would refuse it', () => {
    expect(rangeProblem('2020-12', '2021-04')).toBeNull();
    expect(rangeProblem('', '')).toBeNull();
    expect(rangeProblem('2021-02-30', '')).toContain('is not a date');
    expect(rangeProblem('2021-04', '2021')).toBeNull();
    expect(rangeProblem('2021-04', '2020')).toContain('ends (2020) before it starts (2021-04)');
  });
});
