import { describe, expect, it } from 'vitest';
import { DEFAULT_CONSOLE, MAX_QUERY_CHARS, sameParams } from './console-view.ts';
import { DEFAULT_VIEW, fromSearchParams, normalizeView, sameView, toSearchParams, type ViewState } from './view-state.ts';

const view = (patch: Partial<ViewState>): ViewState => normalizeView({ ...DEFAULT_VIEW, ...patch });
const roundTrip = (state: ViewState) => fromSearchParams(new URLSearchParams(toSearchParams(state).toString()));

describe('console view state ↔ URL', () => {
  it('when the console is closed and empty, then the URL has no console parameters', () => {
    expect(toSearchParams(view({ console: DEFAULT_CONSOLE })).toString()).toBe('');
    expect(fromSearchParams(new URLSearchParams()).console).toEqual(DEFAULT_CONSOLE);
  });

  it('when the console is open with a query and parameters, then the URL round-trips to the same view', () => {
    const query = "MATCH (e:Entity {id: $entity})-[r]-(o)\nWHERE r.polarity = 'alliance' // & more\nRETURN o LIMIT $n";
    const state = view({ focus: 'russia', polarity: ['alliance'], console: { open: true, query, params: { n: '5', entity: 'russia' } } });

    const params = toSearchParams(state);

    expect(roundTrip(state)).toEqual(state);
    expect(params.get('console')).toBe('1');
    expect(params.get('q')).toBe(query);
    expect([...params.keys()].filter((key) => key.startsWith('p.'))).toEqual(['p.entity', 'p.n']);
    expect(params.get('focus')).toBe('russia');
  });

  it('when the console is closed but holds a query, then the query is kept for the next opening', () => {
    const state = view({ console: { open: false, query: 'RETURN 1', params: {} } });

    expect(toSearchParams(state).has('console')).toBe(false);
    expect(roundTrip(state).console).toEqual({ open: false, query: 'RETURN 1', params: {} });
  });

  it('when a link says console=1&q=…, then the console opens with that query', () => {
    const state = fromSearchParams(new URLSearchParams('console=1&q=MATCH+(n)+RETURN+n+LIMIT+%24n&p.n=3'));

    expect(state.console).toEqual({ open: true, query: 'MATCH (n) RETURN n LIMIT $n', params: { n: '3' } });
  });

  it('when the URL holds a bad flag, an oversized query or bad parameter names, then they are dropped', () => {
    const long = 'RETURN 1 '.repeat(MAX_QUERY_CHARS / 8);
    const params = new URLSearchParams({ console: 'yes', q: long, 'p.n': '1' });

    expect(fromSearchParams(params).console).toEqual(DEFAULT_CONSOLE);
    const badNames = fromSearchParams(new URLSearchParams({ q: 'RETURN $a', 'p.a': 'x', 'p.1bad': 'y', 'p.a-b': 'z', 'p.': 'w' }));
    expect(badNames.console.params).toEqual({ a: 'x' });
  });

  it('when parameters come without a query, then they mean nothing and are dropped', () => {
    expect(fromSearchParams(new URLSearchParams({ console: '1', 'p.entity': 'russia' })).console).toEqual({
      open: true,
      query: '',
      params: {},
    });
    expect(toSearchParams(view({ console: { open: true, query: '  ', params: { a: '1' } } })).toString()).toBe('console=1');
  });

  it('when two views differ only in the console, then they are different views', () => {
    expect(sameView(view({}), view({ console: { ...DEFAULT_CONSOLE, open: true } }))).toBe(false);
    expect(
      sameView(
        view({ console: { open: true, query: 'RETURN 1', params: { a: '1', b: '2' } } }),
        view({ console: { open: true, query: 'RETURN 1', params: { b: '2', a: '1' } } }),
      ),
    ).toBe(true);
  });

  it('when parameter sets are compared, then order does not matter and values do', () => {
    expect(sameParams({ a: '1', b: '2' }, { b: '2', a: '1' })).toBe(true);
    expect(sameParams({ a: '1' }, { a: '2' })).toBe(false);
    expect(sameParams({ a: '1' }, { a: '1', b: '' })).toBe(false);
  });
});
