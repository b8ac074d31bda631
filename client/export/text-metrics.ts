// Text width and line wrapping for the briefing sheet. The sheet names Helvetica first: the PDF
// draws it with the PDF's own Helvetica and browsers with a metric-compatible face (Arial,
// Liberation Sans), so the Adobe font metrics below measure the same text the reader sees.
// Widths are in thousandths of the font size.

/** Helvetica, ASCII 32 (space) to 126 (~). */
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278,
  278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722,
  667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556,
  556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/** Helvetica-Bold, ASCII 32 to 126. */
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333,
  333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722,
  667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611,
  611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];

/** Punctuation the corpus prints (curly quotes, dashes), the same in both weights. */
const EXTRA: Record<string, [number, number]> = {
  '‘': [222, 278],
  '’': [222, 278],
  '“': [333, 500],
  '”': [333, 500],
  '–': [556, 556],
  '—': [1000, 1000],
  '…': [1000, 1000],
  '·': [278, 278],
  '•': [350, 350],
  '×': [584, 584],
  '−': [584, 584],
  '\u00A0': [278, 278],
};

/** Letters outside ASCII (accented and other scripts) measure as a wide lowercase letter. */
const OTHER = 600;

export interface FontSpec {
  /** In points (or user units). */
  size: number;
  bold?: boolean;
}

export function charWidth(char: string, bold = false): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 32 && code <= 126) return (bold ? BOLD : REGULAR)[code - 32]!;
  const extra = EXTRA[char];
  if (extra) return extra[bold ? 1 : 0];
  return OTHER;
}

export function textWidth(text: string, { size, bold = false }: FontSpec): number {
  let units = 0;
  for (const char of text) units += charWidth(char, bold);
  return (units * size) / 1000;
}

export interface WrapOptions extends FontSpec {
  /** The longest a line may be. */
  width: number;
  /** At most this many lines; the last ends with "…" when text was cut. Default: no limit. */
  maxLines?: number;
}

const ELLIPSIS = '…';

/**
 * Greedy word wrap. Runs of whitespace become one space; a word wider than a line is broken
 * between characters. With maxLines, the text that does not fit is cut at a word where possible
 * and marked with an ellipsis.
 */
export function wrapText(text: string, options: WrapOptions): string[] {
  const { width, maxLines = Infinity } = options;
  const words = text.split(/\s+/).filter(Boolean);
  const fits = (line: string) => textWidth(line, options) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    // A single word wider than the line: break it between characters.
    while (!fits(line)) {
      let cut = line.length - 1;
      while (cut > 1 && !fits(line.slice(0, cut))) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1]!, options);
  return kept;
}

/** The line shortened (at a word when it can) until it fits with an ellipsis after it. */
export function withEllipsis(line: string, options: FontSpec & { width: number }): string {
  let text = line;
  while (text.length > 0 && textWidth(`${text}${ELLIPSIS}`, options) > options.width) {
    const space = text.lastIndexOf(' ');
    text = space > text.length * 0.6 ? text.slice(0, space) : text.slice(0, -1);
  }
  return `${text.trimEnd()}${ELLIPSIS}`;
}

/** One line: the text as is if it fits, else cut with an ellipsis. */
export function fitLine(text: string, options: FontSpec & { width: number }): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return textWidth(flat, options) <= options.width ? flat : withEllipsis(flat, options);
}
