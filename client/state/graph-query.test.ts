import { describe, expect, it } from 'vitest';
import { graphQuery, pathsQuery } from './graph-query.ts';
import { DEFAULT_VIEW, type ViewState } from './view-state.ts';

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

describe('filters → API query strings', () => {
  it('when nothing is filtered, then /api/graph is asked with no parameters', () => {
    expect(graphQuery(DEFAULT_VIEW).toString()).toBe('');
  });

  it('when filters are set, then each becomes its API parameter, lists comma-separated', () => {
    const query = graphQuery(
      view({
        polarity: ['tension'],
        type: ['RIVAL_OF', 'ACCUSES'],
        kind: ['Country'],
        article: ['a'],
        statedBy: ['sergey-lavrov'],
        minArticles: 2,
      }),
    );

    expect(Object.fromEntries(query)).toEqual({
      polarity: 'tension',
      type: 'ACCUSES,RIVAL_OF',
      kind: 'Country',
      article: 'a',
      statedBy: 'sergey-lavrov',
      minArticles: '2',
    });
  });

  it('when focused, then focus and depth are sent; without focus, depth is not', () => {
    expect(Object.fromEntries(graphQuery(view({ focus: 'russia', depth: 2 })))).toEqual({ focus: 'russia', depth: '2' });
    expect(graphQuery(view({ depth: 2 })).has('depth')).toBe(false);
  });

  it('when the selection or path ends change, then the graph query does not (no refetch)', () => {
    const a = graphQuery(view({ selection: { kind: 'node', id: 'russia' }, pathFrom: 'india' }));

    expect(a.toString()).toBe(graphQuery(DEFAULT_VIEW).toString());
  });

  it('when both path ends are chosen, then /api/paths is asked with the hop limit and the polarity filter', () => {
    expect(pathsQuery(view({ pathFrom: 'india' }))).toBeNull();
    expect(pathsQuery(view({ pathFrom: 'india', pathTo: 'india' }))).toBeNull();
    expect(Object.fromEntries(pathsQuery(view({ pathFrom: 'india', pathTo: 'pakistan', maxHops: 2, polarity: ['tension'] }))!)).toEqual({
      from: 'india',
      to: 'pakistan',
      maxHops: '2',
      polarity: 'tension',
    });
  });

  it('when historical claims are brought in, then the graph and paths queries say so; the analyses’ minimum stays out of them', () => {
    const state = view({ historical: true, alignMinArticles: 4, pathFrom: 'india', pathTo: 'pakistan' });

    expect(graphQuery(state).get('historical')).toBe('true');
    expect(pathsQuery(state)!.get('historical')).toBe('true');
    expect(graphQuery(state).has('minArticles')).toBe(false);
    expect(graphQuery(view({})).has('historical')).toBe(false);
  });

  it('when a date range is set, then it goes to /api/graph as from/to and undated=false, and not to /api/paths', () => {
    const state = view({ dateFrom: '2020-12', dateTo: '2021-04', undated: false, pathFrom: 'india', pathTo: 'pakistan' });

    expect(Object.fromEntries(graphQuery(state))).toEqual({ from: '2020-12', to: '2021-04', undated: 'false' });
    expect(pathsQuery(state)!.get('from')).toBe('india');
    expect(graphQuery(view({ undated: true })).has('undated')).toBe(false);
  });
});
