import { describe, expect, it } from 'vitest';
import {
  applyPatch,
  DEFAULT_VIEW,
  fromSearchParams,
  hasFilters,
  normalizeView,
  sameView,
  toSearchParams,
  withoutFilters,
  type TriadIds,
  type ViewState,
} from './view-state.ts';

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
      new URLSearchParams(
        'polarity=tension,hostile&kind=Alien&type=rival_of,RIVAL_OF&focus=<script>&depth=9&minArticles=-2&sel=edge:bad&from=Ru ssia&hops=0&speaker=a--b',
      ),
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
    const state = view({
      polarity: ['tension'],
      kind: ['Person'],
      minArticles: 2,
      focus: 'russia',
      pathFrom: 'india',
      selection: { kind: 'node', id: 'russia' },
    });

    const cleared = withoutFilters(state);

    expect(hasFilters(state)).toBe(true);
    expect(hasFilters(cleared)).toBe(false);
    expect(cleared).toMatchObject({ focus: 'russia', pathFrom: 'india', selection: { kind: 'node', id: 'russia' } });
  });
});

describe('view state: alignments', () => {
  it('when colour by bloc and a triad are set, then the URL round-trips to the same view', () => {
    const state = view({ colorBy: 'bloc', triad: ['russia', 'iran', 'pakistan'] as TriadIds });

    const params = toSearchParams(state);

    expect(params.get('color')).toBe('bloc');
    expect(params.get('triad')).toBe('iran,pakistan,russia');
    expect(fromSearchParams(new URLSearchParams(params.toString()))).toEqual(state);
    expect(state.triad).toEqual(['iran', 'pakistan', 'russia']);
  });

  it('when the defaults are kept, then neither is written', () => {
    expect(toSearchParams(view({ colorBy: 'kind', triad: null })).toString()).toBe('');
  });

  it('when the URL holds a bad colour mode or triad, then they are dropped', () => {
    for (const query of ['color=rainbow', 'triad=russia,iran', 'triad=russia,russia,iran', 'triad=a,b,<c>', 'triad=a,b,c,d']) {
      expect(fromSearchParams(new URLSearchParams(query)), query).toEqual(DEFAULT_VIEW);
    }
  });

  it('when a triad is picked, then the selection is cleared; when an element is selected, then the triad ends', () => {
    const withSelection = view({ selection: { kind: 'node', id: 'russia' } });
    const withTriad = applyPatch(withSelection, { triad: ['c', 'a', 'b'] as TriadIds });

    expect(withTriad).toMatchObject({ selection: null, triad: ['a', 'b', 'c'] });
    expect(applyPatch(withTriad, { selection: { kind: 'edge', id: 'a|ALLIES_WITH|b' } })).toMatchObject({ triad: null });
    expect(applyPatch(withTriad, { colorBy: 'bloc' })).toMatchObject({ triad: ['a', 'b', 'c'], colorBy: 'bloc' });
    expect(applyPatch(withTriad, { selection: null })).toMatchObject({ triad: ['a', 'b', 'c'] });
  });

  it('when colour mode or triad change, then the view differs', () => {
    expect(sameView(view({}), view({ colorBy: 'bloc' }))).toBe(false);
    expect(sameView(view({ triad: ['a', 'b', 'c'] as TriadIds }), view({ triad: ['c', 'b', 'a'] as TriadIds }))).toBe(true);
  });

  it('when lines by type and pins are set, then they round-trip; a pair can be selected', () => {
    const state = view({
      lines: 'types',
      pins: [
        { id: 'russia', x: -40.4, y: 12.6 },
        { id: 'iran', x: 300, y: 7 },
      ],
      selection: { kind: 'edge', id: 'pakistan|russia' },
    });

    const params = toSearchParams(state);

    expect(params.get('lines')).toBe('types');
    expect(params.get('pins')).toBe('iran:300:7,russia:-40:13');
    expect(params.get('sel')).toBe('edge:pakistan|russia');
    expect(fromSearchParams(new URLSearchParams(params.toString()))).toEqual(state);
  });

  it('when the URL holds a bad line mode or malformed pins, then they are dropped', () => {
    const state = fromSearchParams(new URLSearchParams('lines=claims&pins=iran:1:2,Bad:1:2,iran:x:3,russia:1e9:0'));

    expect(state).toEqual(view({ pins: [{ id: 'iran', x: 1, y: 2 }] }));
  });

  it('when historical claims and the analyses’ minimum evidence are set, then they round-trip, survive "Clear filters", and bad values are dropped', () => {
    const state = view({ historical: true, alignMinArticles: 3 });

    const params = toSearchParams(state);

    expect(Object.fromEntries(params)).toEqual({ historical: 'true', alignMin: '3' });
    expect(fromSearchParams(params)).toEqual(state);
    expect(withoutFilters(state)).toMatchObject({ historical: true, alignMinArticles: 3 });
    expect(fromSearchParams(new URLSearchParams('historical=yes&alignMin=0'))).toEqual(view({}));
  });
});
