import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, fromSearchParams, hasFilters, normalizeView, sameView, toSearchParams, withoutFilters, type ViewState } from './view-state.ts';

const view = (patch: Partial<ViewState>): ViewState => normalizeView({ ...DEFAULT_VIEW, ...patch });

describe('view state ↔ URL', () => {
  it('when the view is the default, then the URL has no parameters', () => {
    expect(toSearchParams(DEFAULT_VIEW).toString()).toBe('');
    expect(fromSearchParams(new URLSearchParams())).toEqual(DEFAULT_VIEW);
  });

  it('when every field is set, then the URL round-trips to the same view', () => {
    const state = view({
      polarity: ['tension', 'alliance'],
      type: ['RIVAL_OF', 'ACCUSES'],
      kind: ['Person', 'Country'],
      article: ['article-b', 'article-a'],
      statedBy: ['sergey-lavrov'],
      focus: 'russia',
      depth: 2,
      minArticles: 3,
      selection: { kind: 'edge', id: 'pakistan|COOPERATES_WITH|russia' },
      pathFrom: 'india',
      pathTo: 'pakistan',
      maxHops: 4,
    });

    const params = toSearchParams(state);

    expect(fromSearchParams(new URLSearchParams(params.toString()))).toEqual(state);
    expect(params.get('polarity')).toBe('alliance,tension');
    expect(params.get('speaker')).toBe('sergey-lavrov');
    expect(params.get('sel')).toBe('edge:pakistan|COOPERATES_WITH|russia');
  });

  it('when a node is selected, then it round-trips as node:<id>', () => {
    const state = view({ selection: { kind: 'node', id: 'sergey-lavrov' } });

    expect(toSearchParams(state).get('sel')).toBe('node:sergey-lavrov');
    expect(fromSearchParams(toSearchParams(state))).toEqual(state);
  });

  it('when lists arrive repeated or comma-separated, then both read the same', () => {
    const repeated = fromSearchParams(new URLSearchParams('kind=Person&kind=Country'));
    const joined = fromSearchParams(new URLSearchParams('kind=Country,Person'));

    expect(repeated).toEqual(joined);
    expect(joined.kind).toEqual(['Country', 'Person']);
  });

  it('when the URL holds values the API would reject, then they are dropped, not passed on', () => {
    const state = fromSearchParams(
      new URLSearchParams('polarity=tension,hostile&kind=Alien&type=rival_of,RIVAL_OF&focus=<script>&depth=9&minArticles=-2&sel=edge:bad&from=Ru ssia&hops=0&speaker=a--b'),
    );

    expect(state).toEqual(view({ polarity: ['tension'], type: ['RIVAL_OF'] }));
  });

  it('when depth is set without a focus, then it is not written (it means nothing there)', () => {
    expect(toSearchParams(view({ depth: 2 })).has('depth')).toBe(false);
    expect(toSearchParams(view({ depth: 2, focus: 'russia' })).get('depth')).toBe('2');
  });

  it('when two views differ only in list order, then they are the same view', () => {
    expect(sameView(view({ polarity: ['tension', 'alliance'] }), view({ polarity: ['alliance', 'tension'] }))).toBe(true);
    expect(sameView(view({ focus: 'russia' }), view({ focus: 'india' }))).toBe(false);
  });

  it('when filters are cleared, then focus, selection and path ends stay', () => {
    const state = view({ polarity: ['tension'], kind: ['Person'], minArticles: 2, focus: 'russia', pathFrom: 'india', selection: { kind: 'node', id: 'russia' } });

    const cleared = withoutFilters(state);

    expect(hasFilters(state)).toBe(true);
    expect(hasFilters(cleared)).toBe(false);
    expect(cleared).toMatchObject({ focus: 'russia', pathFrom: 'india', selection: { kind: 'node', id: 'russia' } });
  });
});
