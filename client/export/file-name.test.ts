import { describe, expect, it } from 'vitest';
import { exportFileName, fileSlug, isoDate } from './file-name.ts';

const date = new Date(2025, 2, 7, 23, 59);

describe('export file names', () => {
  it('when a view is focused, then the name carries the focus and the local date', () => {
    expect(exportFileName({ focus: 'russia', date, extension: 'png' })).toBe('entente-russia-2025-03-07.png');
  });

  it('when nothing is focused, then the name says view', () => {
    expect(exportFileName({ focus: null, date, extension: 'svg' })).toBe('entente-view-2025-03-07.svg');
  });

  it('when a suffix is given, then it follows the date', () => {
    expect(exportFileName({ focus: 'united-states', date, extension: 'pdf', suffix: 'briefing' })).toBe(
      'entente-united-states-2025-03-07-briefing.pdf',
    );
  });

  it('when the focus holds unsafe or accented characters, then only a safe slug remains', () => {
    expect(fileSlug('../Ünïcode / "name" <x>')).toBe('unicode-name-x');
    expect(exportFileName({ focus: '///', date, extension: 'png' })).toBe('entente-view-2025-03-07.png');
    expect(fileSlug('a'.repeat(100))).toHaveLength(60);
  });

  it('when the date is formatted, then months and days are zero-padded', () => {
    expect(isoDate(new Date(2024, 0, 5))).toBe('2024-01-05');
  });
});
