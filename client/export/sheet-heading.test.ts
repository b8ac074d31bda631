import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, type ViewState } from '../state/view-state.ts';
import { sheetDate, sheetSubtitle, sheetTitle } from './sheet-heading.ts';

const names: Record<string, string> = { russia: 'Russia', lavrov: 'Sergey Lavrov', khan: 'Imran Khan' };
const context = { name: (id: string) => names[id] ?? id, articleTitle: (id: string) => `Title of ${id}` };
const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

describe('sheet heading', () => {
  it('when the view is focused, then the title names the focus', () => {
    expect(sheetTitle(view({ focus: 'russia' }), context)).toBe('Russia — alignments');
    expect(sheetTitle(view({}), context)).toBe('Stated alliances and tensions');
  });

  it('when no filter is set, then the subtitle says all relationships', () => {
    expect(sheetSubtitle(view({}), context)).toBe('All stated relationships');
  });

  it('when filters are set, then the subtitle lists each in words', () => {
    const state = view({
      focus: 'russia',
      depth: 2,
      polarity: ['alliance', 'tension'],
      kind: ['Country', 'Person'],
      type: ['COOPERATES_WITH'],
      statedBy: ['lavrov', 'khan'],
      minArticles: 2,
      colorBy: 'bloc',
    });

    expect(sheetSubtitle(state, context)).toBe(
      'Depth 2 neighbourhood of Russia · Alliance and Tension only · Entities: Country and Person · Types: cooperates with · Stated by Sergey Lavrov and Imran Khan · Relationships in at least 2 articles · Entities coloured by alignment bloc',
    );
  });

  it('when a date range is set, then the subtitle says the graph is a time slice, and whether undated claims are in it', () => {
    expect(sheetSubtitle(view({ focus: 'russia', dateFrom: '2020-12', dateTo: '2021-04' }), context)).toBe(
      'Depth 1 neighbourhood of Russia · Claims dated 2020-12 to 2021-04, undated included',
    );
    expect(sheetSubtitle(view({ dateFrom: '2021-04', dateTo: '2021-04', undated: false }), context)).toBe(
      'Claims dated 2021-04, undated left out',
    );
  });

  it('when one article or several are chosen, then one is named and several are counted', () => {
    expect(sheetSubtitle(view({ article: ['a1'] }), context)).toBe('From “Title of a1”');
    expect(sheetSubtitle(view({ article: ['a1', 'a2', 'a3'] }), context)).toBe('From 3 articles');
  });

  it('when the date is written, then the month is spelled out', () => {
    expect(sheetDate(new Date(2025, 2, 7))).toBe('7 March 2025');
  });
});
