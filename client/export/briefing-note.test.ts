import { describe, expect, it } from 'vitest';
import { briefingNote } from './briefing-note.ts';

describe('briefing note', () => {
  it('when the view has no relationship, then the note says so', () => {
    expect(briefingNote({ lines: 0, noun: 'pair', pages: 1 }, [])).toBe('No relationship in this view.');
  });

  it('when relationships are listed, then all are said to be numbered, with the pages they take', () => {
    expect(briefingNote({ lines: 3, noun: 'relationship', pages: 1 }, [])).toBe('All 3 relationships are numbered and quoted, on 1 page.');
    expect(briefingNote({ lines: 1, noun: 'relationship', pages: 1 }, [])).toBe('The relationship is numbered and quoted, on 1 page.');
    expect(briefingNote({ lines: 48, noun: 'relationship', pages: 3 }, [])).toBe(
      'All 48 relationships are numbered and quoted, on 3 pages.',
    );
  });

  it('when the lines are pairs, then the note counts pairs, as the header and the sheet do', () => {
    expect(briefingNote({ lines: 31, noun: 'pair', pages: 3 }, [])).toBe('All 31 pairs are numbered and quoted, on 3 pages.');
    expect(briefingNote({ lines: 1, noun: 'pair', pages: 1 }, [])).toBe('The pair is numbered and quoted, on 1 page.');
  });

  it('when the PDF fonts lack characters, then the first five are named and the SVG recommended', () => {
    expect(briefingNote({ lines: 2, noun: 'relationship', pages: 1 }, ['ā', 'ş', 'ł', 'ő', 'ž', 'ć'])).toBe(
      "All 2 relationships are numbered and quoted, on 1 page. The PDF's fonts cannot draw ā ş ł ő ž; the SVG sheet shows them.",
    );
  });
});
