// The note under the briefing dialog's title fields: how many lines (pairs or relationships) the sheet numbers and
// quotes, on how many pages, and which characters the PDF's fonts cannot draw (the SVG sheet shows them).
import { plural } from '../ui/evidence-format.ts';

/** `lines`: the numbered lines, each a pair or a relationship type (`noun`). */
export function briefingNote(
  sheet: { lines: number; noun: 'pair' | 'relationship'; pages: number },
  missingGlyphs: readonly string[],
): string {
  const { lines, noun } = sheet;
  const listed =
    lines === 0
      ? 'No relationship in this view.'
      : `${lines === 1 ? `The ${noun} is` : `All ${lines} ${noun}s are`} numbered and quoted, on ${plural(sheet.pages, 'page')}.`;
  return missingGlyphs.length > 0
    ? `${listed} The PDF's fonts cannot draw ${missingGlyphs.slice(0, 5).join(' ')}; the SVG sheet shows them.`
    : listed;
}
