import { describe, expect, it } from 'vitest';
import { edgeWidth } from '../graph/graph-elements.ts';
import { articlesForWidth, legendContents } from './legend-contents.ts';

const line = (
  patch: Partial<{ polarity: 'alliance' | 'tension' | 'neutral'; contested: boolean; directed: boolean; articles: number }>,
) => ({
  polarity: patch.polarity ?? 'alliance',
  contested: patch.contested ?? false,
  directed: patch.directed ?? false,
  width: edgeWidth(patch.articles ?? 1),
});

describe('legend contents', () => {
  it('when a view has only some kinds, polarities and marks, then the legend lists only those', () => {
    const contents = legendContents(
      [{ kind: 'Country' }, { kind: 'Person' }, { kind: 'Country' }],
      [line({ polarity: 'tension', articles: 2 }), line({ articles: 1 })],
      true,
    );

    expect(contents).toEqual({
      kinds: ['Country', 'Person'],
      polarities: ['alliance', 'tension'],
      contested: false,
      directed: false,
      widths: [1, 2],
      numbered: true,
    });
  });

  it('when lines have many widths, then three samples are shown: the thinnest, a middle one and the widest', () => {
    const edges = [1, 2, 3, 4, 5, 9].map((articles) => line({ articles, contested: articles === 3, directed: articles === 9 }));

    const contents = legendContents([], edges, false);

    expect(contents.widths).toEqual([1, 3, 5]);
    expect(contents).toMatchObject({ contested: true, directed: true, numbered: false });
  });

  it('when a width is drawn, then it reads back as its article count', () => {
    for (const n of [1, 2, 3, 4, 5]) expect(articlesForWidth(edgeWidth(n))).toBe(n);
    expect(articlesForWidth(edgeWidth(12))).toBe(5);
  });

  it('when nothing is drawn, then nothing is numbered', () => {
    expect(legendContents([], [], true)).toMatchObject({ kinds: [], polarities: [], widths: [], numbered: false });
  });
});
