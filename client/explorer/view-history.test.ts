import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, normalizeView, type ViewState } from '../state/view-state.ts';
import { changeOf, viewUrl } from './view-history.ts';

const view = (patch: Partial<ViewState>): ViewState => normalizeView({ ...DEFAULT_VIEW, ...patch });

describe('view history', () => {
  it('when the view is the default, then its URL is the bare path', () => {
    expect(viewUrl('/', DEFAULT_VIEW)).toBe('/');
  });

  it('when the view has parameters, then its URL carries them after the path', () => {
    expect(viewUrl('/explore', view({ focus: 'russia' }))).toBe('/explore?focus=russia');
  });

  it('when nothing changed, then the change is none', () => {
    expect(changeOf(view({ focus: 'russia' }), view({ focus: 'russia' }))).toBe('none');
  });

  it('when only the console or the pins changed, then the change is quiet', () => {
    const before = view({ focus: 'russia' });

    expect(changeOf(before, { ...before, console: { open: true, query: 'RETURN 1', params: {} } })).toBe('quiet');
    expect(changeOf(before, { ...before, pins: [{ id: 'iran', x: 1, y: 2 }] })).toBe('quiet');
    expect(changeOf(before, { ...before, lines: 'types' })).toBe('view');
  });

  it('when the view changed, with or without the console, then the change is the view', () => {
    const before = view({ focus: 'russia' });

    expect(changeOf(before, view({ focus: 'india' }))).toBe('view');
    expect(changeOf(before, { ...view({ focus: 'india' }), console: { open: true, query: '', params: {} } })).toBe('view');
  });
});
