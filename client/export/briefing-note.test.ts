import { describe, expect, it } from 'vitest';
import { briefingNote } from './briefing-note.ts';

describe('briefing note', () => {
  it('when the view has no relationship, then the note says so', () => {
    expect(briefingNote({ numbered: [], notListed: 0 }, [])).toBe('No relationship in this view.');
  });

  it('when every relationship fits, then all are said to be numbered', () => {
    expect(briefingNote({ numbered: ['a', 'b', 'c'], notListed: 0 }, [])).toBe('All 3 relationships are numbered and quoted.');
  });

  it('when some do not fit, then the note counts the numbered and the rest', () => {
    expect(briefingNote({ numbered: ['a', 'b'], notListed: 5 }, [])).toBe(
      'The 2 best-evidenced of 7 relationships are numbered and quoted; 5 more are counted.',
    );
  });

  it('when the PDF fonts lack characters, then the first five are named and the SVG recommended', () => {
    expect(briefingNote({ numbered: ['a'], notListed: 0 }, ['ā', 'ş', 'ł', 'ő', 'ž', 'ć'])).toBe(
      "All 1 relationships are numbered and quoted. The PDF's fonts cannot draw ā ş ł ő ž; the SVG sheet shows them.",
    );
  });
});
