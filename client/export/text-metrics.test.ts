import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { fitLine, textWidth, wrapText } from './text-metrics.ts';

describe('text metrics', () => {
  it('when text is measured, then the width matches the PDF font jsPDF draws it with (its metrics are rounded to 1%)', () => {
    const pdf = new jsPDF({ unit: 'pt' });
    const sample = 'Russia – cooperates with – Pakistan: “Moscow’s role” (2021), #42 & AQ-Wj!';
    for (const bold of [false, true]) {
      pdf.setFont('helvetica', bold ? 'bold' : 'normal');
      const expected = pdf.getStringUnitWidth(sample) * 10;
      expect(Math.abs(textWidth(sample, { size: 10, bold }) - expected) / expected).toBeLessThan(0.015);
    }
  });

  it('when text is wrapped, then no line is wider than the width and no word is lost', () => {
    const text = 'Russia and Pakistan agreed to deepen cooperation on counter-terrorism, energy and the Afghan peace process.';

    const lines = wrapText(text, { size: 8, width: 120 });

    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line, { size: 8 })).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(text);
  });

  it('when a word is wider than a line, then it is broken between characters', () => {
    const lines = wrapText('Supercalifragilisticexpialidocious', { size: 10, width: 50 });

    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('Supercalifragilisticexpialidocious');
    for (const line of lines) expect(textWidth(line, { size: 10 })).toBeLessThanOrEqual(50);
  });

  it('when lines are capped, then the last kept line ends with an ellipsis and still fits', () => {
    const lines = wrapText('one two three four five six seven eight nine ten eleven twelve', { size: 10, width: 60, maxLines: 2 });

    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(textWidth(lines[1]!, { size: 10 })).toBeLessThanOrEqual(60);
  });

  it('when whitespace runs or newlines are in the text, then they read as single spaces', () => {
    expect(wrapText('  a \n\n b\t c ', { size: 10, width: 500 })).toEqual(['a b c']);
    expect(wrapText('', { size: 10, width: 100 })).toEqual([]);
  });

  it('when a line is fitted, then short text stays and long text is cut with an ellipsis', () => {
    expect(fitLine('short', { size: 10, width: 100 })).toBe('short');
    const cut = fitLine('a rather long line of text that cannot fit', { size: 10, width: 80 });
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, { size: 10 })).toBeLessThanOrEqual(80);
  });
});
