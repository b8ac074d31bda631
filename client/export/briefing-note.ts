// The note under the briefing dialog's title fields: how many relationships the sheet numbers and
// quotes, and which characters the PDF's fonts cannot draw (the SVG sheet shows them).

export function briefingNote(sheet: { numbered: readonly string[]; notListed: number }, missingGlyphs: readonly string[]): string {
  const total = sheet.numbered.length + sheet.notListed;
  const listed =
    total === 0
      ? 'No relationship in this view.'
      : sheet.notListed > 0
        ? `The ${sheet.numbered.length} best-evidenced of ${total} relationships are numbered and quoted; ${sheet.notListed} more are counted.`
        : `All ${total} relationships are numbered and quoted.`;
  return missingGlyphs.length > 0
    ? `${listed} The PDF's fonts cannot draw ${missingGlyphs.slice(0, 5).join(' ')}; the SVG sheet shows them.`
    : listed;
}
