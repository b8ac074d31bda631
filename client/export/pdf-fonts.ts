// The PDF draws text with its standard Helvetica, which covers Windows-1252 (Latin-1 plus curly
// quotes, dashes, €, …). Characters outside it cannot be drawn there; the SVG sheet has them all.

/** The Windows-1252 characters above U+00FF. */
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** The distinct characters of `text` the PDF's fonts cannot draw, in order of appearance. */
export function outsidePdfFonts(text: string): string[] {
  return [...new Set([...text].filter((char) => char.codePointAt(0)! > 0xff && !CP1252_EXTRA.has(char)))];
}
