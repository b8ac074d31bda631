import { describe, expect, it } from 'vitest';
import { netSummary, type CompareEdge, type EdgeClaim } from '../../contract/index.ts';
import { changeKinds, changeText, whatChanged } from './what-changed.ts';
import { compareQuery, sidesOfView, splitByDate } from './compare-query.ts';
import { DEFAULT_VIEW } from '../state/view-state.ts';
import { EMPTY_SIDE } from '../state/compare-view.ts';

const claim = (claimId: string, articleId: string, polarity: EdgeClaim['polarity']): EdgeClaim => ({
  claimId,
  quote: claimId,
  articleId,
  statedBy: null,
  date: null,
  effectiveDate: null,
  polarity,
  historical: false,
});

/** A side from its claims, read by the one rule. */
const side = (claims: EdgeClaim[]) => ({
  net: netSummary({
    alliance: claims.filter((c) => c.polarity === 'alliance').map((c) => c.articleId),
    tension: claims.filter((c) => c.polarity === 'tension').map((c) => c.articleId),
    neutral: claims.filter((c) => c.polarity === 'neutral').map((c) => c.articleId),
  }),
  claimIds: claims.map((c) => c.claimId),
});

function edge(
  id: string,
  status: CompareEdge['status'],
  [a, b]: [EdgeClaim[] | null, EdgeClaim[] | null],
  newlyContested = false,
): CompareEdge {
  const [source, target] = id.split('|') as [string, string];
  return { id, source, target, status, a: a && side(a), b: b && side(b), newlyContested };
}

const claims = {
  ri: [
    claim('c1', 'dec-1', 'alliance'),
    claim('c2', 'dec-2', 'alliance'),
    claim('c3', 'apr-1', 'tension'),
    claim('c4', 'apr-2', 'tension'),
  ],
  cq: [claim('c5', 'dec-2', 'tension')],
  up: [claim('c6', 'apr-1', 'neutral')],
  pr: [claim('c7', 'dec-1', 'alliance'), claim('c8', 'apr-1', 'alliance'), claim('c9', 'apr-2', 'alliance')],
};
const edges = [
  edge('india|russia', 'changed', [claims.ri.slice(0, 2), claims.ri.slice(2)]),
  edge('china|quad', 'a', [claims.cq, null]),
  edge('pakistan|united-states', 'b', [null, claims.up]),
  edge('pakistan|russia', 'both', [[claims.pr[0]!], claims.pr.slice(1)]),
];

describe('what changed', () => {
  it('when the periods differ, then a sign change is listed once, pairs of one side as new or gone, steady pairs not at all', () => {
    expect(edges.map(changeKinds)).toEqual([['changed'], ['lost'], ['new'], []]);
    const lists = whatChanged({ edges, claims: Object.values(claims).flat() });
    expect(lists.changed.map((c) => [c.edge.id, c.articles])).toEqual([['india|russia', 4]]);
    expect(lists.new.map((c) => c.edge.id)).toEqual(['pakistan|united-states']);
    expect(lists.lost.map((c) => c.edge.id)).toEqual(['china|quad']);
    expect(lists.contested).toEqual([]);
  });

  it('when both sides state a pair and only B reads it aligned, then it is new in B, and new lists rank by articles', () => {
    const divided = [claim('d1', 'x1', 'alliance'), claim('d2', 'x2', 'tension')];
    const aligned = [claim('d3', 'y1', 'alliance'), claim('d4', 'y2', 'alliance'), claim('d5', 'y3', 'alliance')];
    const both = edge('iran|russia', 'both', [divided, aligned], true);
    expect(changeKinds(both)).toEqual(['new', 'contested']);
    const lists = whatChanged({ edges: [edges[2]!, both], claims: [...divided, ...aligned, ...claims.up] });
    expect(lists.new.map((c) => [c.edge.id, c.articles])).toEqual([
      ['iran|russia', 5],
      ['pakistan|united-states', 1],
    ]);
  });

  it('when a pair is read, then its text gives each side with counts, never a bare verdict', () => {
    expect(changeText(edges[0]!)).toBe('A: aligned · 2 vs 0 articles → B: opposed · 0 vs 2 articles');
    expect(changeText(edges[1]!, '; ')).toBe('A: opposed · 0 vs 1 articles; B: not stated');
  });
});

describe('compare query', () => {
  it("when the view has shared filters, then both sides carry them and each side's own replace the view's", () => {
    const state = {
      ...DEFAULT_VIEW,
      polarity: ['alliance' as const],
      article: ['x'],
      compare: {
        open: true,
        a: { ...EMPTY_SIDE, from: '2020-12', to: '2020-12' },
        b: { ...EMPTY_SIDE, outletCountry: ['IN'], undated: false },
      },
    };
    const query = compareQuery(state);
    expect(query.get('a')).toBe('polarity=alliance&from=2020-12&to=2020-12');
    expect(query.get('b')).toBe('polarity=alliance&outletCountry=IN&undated=false');
  });

  it("when both sides start as the view, then they carry the view's date range and undated choice", () => {
    const view = { ...DEFAULT_VIEW, dateFrom: '2021-04', dateTo: '2021-04-30', undated: false, article: ['x'] };

    const { a, b } = sidesOfView(view);

    expect(a).toEqual({ ...EMPTY_SIDE, from: '2021-04', to: '2021-04-30', undated: false, article: ['x'] });
    expect(b).toEqual(a);
  });

  it('when the dated articles are split, then A holds the earlier half and B the later, undated claims in neither', () => {
    const dated = ['2021-04-07', null, '2020-12-10', '2021-04-06', '2020-12-12'].map((publishedDate) => ({ publishedDate }));
    expect(splitByDate(dated)).toEqual({
      a: { ...EMPTY_SIDE, from: '2020-12-10', to: '2020-12-12', undated: false },
      b: { ...EMPTY_SIDE, from: '2021-04-06', to: '2021-04-07', undated: false },
    });
    expect(splitByDate([{ publishedDate: '2021' }, { publishedDate: '2021-04' }])).toBeNull();
  });
});
