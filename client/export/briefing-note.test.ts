import { describe, expect, it } from 'vitest';
import { briefingNote } from './briefing-note.ts';

describe('briefing note', () => {
  it('when the view has no relationship, then the note says so', () => {
    expect(briefingNote({ relationships: 0, pages: 1 }, [])).toBe('No relationship in this view.');
  });

  it('when relationships are listed, then all are said to be numbered, with the pages they take', () => {
    expect(briefingNote({ relationships: 3, pages: 1 }, [])).toBe('All 3 relationships are numbered and quoted, on 1 page.');
    expect(briefingNote({ relationships: 1, pages: 1 }, [])).toBe('The relationship is numbered and quoted, on 1 page.');
    expect(briefingNote({ relationships: 48, pages: 3 }, [])).toBe('All 48 relationships are numbered and quoted, on 3 pages.');
  });

  it('when the PDF fonts lack characters, then the first five are named and the SVG recommended', () => {
    expect(briefingNote({ relationships: 2, pages: 1 }, ['ā', 'ş', 'ł', 'ő', 'ž', 'ć'])).toBe(
      "All 2 relationships are numbered and quoted, on 1 page. The PDF's fonts cannot draw ā ş ł ő ž; the SVG sheet shows them.",
    );
  });
});
