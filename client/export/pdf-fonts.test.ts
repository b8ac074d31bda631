import { describe, expect, it } from 'vitest';
import { outsidePdfFonts } from './pdf-fonts.ts';

describe('PDF font coverage', () => {
  it('when text is Latin-1 with curly quotes and dashes, then the PDF can draw all of it', () => {
    expect(outsidePdfFonts('“Russia’s role” — Pakistan – Ünïcode… €5 · ×')).toEqual([]);
  });

  it('when text has other scripts or symbols, then each is named once', () => {
    expect(outsidePdfFonts('Łódź → Москва → Łódź')).toEqual(['Ł', 'ź', '→', 'М', 'о', 'с', 'к', 'в', 'а']);
  });
});
