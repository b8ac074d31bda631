import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, normalizeView, type ViewState } from '../state/view-state.ts';
import { emptyViewMessage } from './graph-loader.ts';

const view = (patch: Partial<ViewState>): ViewState => normalizeView({ ...DEFAULT_VIEW, ...patch });

describe('empty view message', () => {
  it('when filters hide everything, then it says so and offers to clear them', () => {
    expect(emptyViewMessage(view({ polarity: ['tension'], focus: 'russia' }))).toEqual({
      title: 'Nothing to show',
      hint: 'No stated relationship matches these filters.',
      clearFilters: true,
    });
  });

  it('when a focused entity has no relationships, then it says so without an action', () => {
    expect(emptyViewMessage(view({ focus: 'wilson-center' }))).toEqual({
      title: 'Nothing to show',
      hint: 'This entity has no stated relationships.',
      clearFilters: false,
    });
  });

  it('when the whole graph is empty, then it tells how to load a corpus', () => {
    expect(emptyViewMessage(DEFAULT_VIEW)).toMatchObject({
      hint: 'The graph is empty: load a corpus with npm run load.',
      clearFilters: false,
    });
  });
});
