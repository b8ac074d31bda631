// The note under the briefing dialog's title fields: how many relationships the sheet numbers and
// quotes, on how many pages, and which characters the PDF's fonts cannot draw (the SVG sheet shows them).
import { plural } from '../ui/evidence-format.ts';

export function briefingNote(sheet: { relationships: number; pages: number }, missingGlyphs: readonly string[]): string {
  const listed =
    sheet.relationships === 0
      ? 'No relationship in this view.'
      : `${sheet.relationships === 1 ? 'The relationship is' : `All ${sheet.relationships} relationships are`} numbered and quoted, on ${plural(sheet.pages, 'page')}.`;
  return missingGlyphs.length > 0
    ? `${listed} The PDF's fonts cannot draw ${missingGlyphs.slice(0, 5).join(' ')}; the SVG sheet shows them.`
    : listed;
}
